// The `a11y-tree` test command: the browser's full accessibility tree under a
// selector. The runner's own `a11ySnapshot` keeps only "interesting" nodes,
// which drops unnamed lists and list items; a screen reader announces both
// ("list, 6 items"), so the tests need them.
import { pageCommand } from './page-command.js';

export const a11yTreePlugin = () =>
  pageCommand('a11y-tree', async (page, payload) => {
    const root = payload?.selector ? await page.$(payload.selector) : null;
    return page.accessibility.snapshot({ root, interestingOnly: false });
  });
