// The `emulate-timezone` test command: runs the page in another time zone
// (an IANA name, or null to reset), so date display is tested for readers
// west and east of UTC and not only in the machine's own zone.
import { pageCommand } from './page-command.js';

export const timezonePlugin = () =>
  pageCommand('emulate-timezone', async (page, payload) => {
    await page.emulateTimezone(payload?.timezoneId ?? undefined);
    return true;
  });
