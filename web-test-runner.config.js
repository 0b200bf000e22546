// Browser tests in Debian's Chromium (npm test). The dev server that serves
// the tests is a real HTTP server on 127.0.0.1; test/server/faults.js adds
// routes that misbehave on purpose (errors, slow, truncated, oversized).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { a11yTreePlugin } from './test/server/a11y-tree.js';
import { timezonePlugin } from './test/server/timezone.js';
import { faults } from './test/server/faults.js';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';

export default {
  // test/security/ has its own config (web-test-runner.security.config.js).
  files: ['test/**/*.test.ts', '!test/security/**'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // What a screen reader gets: tests read the browser's accessibility tree.
    a11ySnapshotPlugin(),
    a11yTreePlugin(),
    timezonePlugin(),
  ],
  middleware: [faults],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
