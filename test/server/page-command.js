// The shell of a web-test-runner command that works on the test's Chromium
// page through puppeteer: `sendCommand`/`executeServerCommand(name, payload)`
// in a test calls `run(page, payload)` here, in Node.
export function pageCommand(name, run) {
  return {
    name: `${name}-command`,
    async executeCommand({ command, payload, session }) {
      if (command !== name) return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`${name} needs a puppeteer browser, not ${session.browser.type}`);
      return run(session.browser.getPage(session.id), payload);
    },
  };
}
