// The `emulate-timezone` test command: runs the page in another time zone
// (an IANA name, or null to reset), so date display is tested for readers
// west and east of UTC and not only in the machine's own zone.
export function timezonePlugin() {
  return {
    name: 'emulate-timezone-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-timezone needs a puppeteer browser, not ${session.browser.type}`);
      await session.browser.getPage(session.id).emulateTimezone(payload?.timezoneId ?? undefined);
      return true;
    },
  };
}
