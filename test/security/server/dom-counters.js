// A test-runner command that asks Chromium itself (DevTools protocol) how many
// DOM nodes, documents and JS event listeners the page holds after a full
// garbage collection: detached nodes and forgotten listeners show up here
// even when no script can see them.
import { pageCommand } from '../../server/page-command.js';

export const domCountersPlugin = () =>
  pageCommand('dom-counters', async (page) => {
    const cdp = await page.createCDPSession();
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { documents, nodes, jsEventListeners };
    } finally {
      await cdp.detach();
    }
  });
