// The `a11y-tree` test command: the browser's full accessibility tree under a
// selector. The runner's own `a11ySnapshot` keeps only "interesting" nodes,
// which drops unnamed lists and list items; a screen reader announces both
// ("list, 6 items"), so the tests need them.
export function a11yTreePlugin() {
  return {
    name: 'a11y-tree-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`a11y-tree needs a puppeteer browser, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : null;
      return page.accessibility.snapshot({ root, interestingOnly: false });
    },
  };
}
