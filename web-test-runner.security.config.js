// Security and reliability tests (npm run test:security): fuzzing, races,
// network faults, strict-CSP and coexistence host pages, memory. Same browser
// and server as the main config, plus routes that serve generated story
// bodies and host pages, a GC the tests can force, and a DOM-counter command.
import baseConfig from './web-test-runner.config.js';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import { chromeLauncher } from '@web/test-runner-chrome';
import { faults } from './test/server/faults.js';
import { bodiesRoute } from './test/security/server/bodies.js';
import { hostPages } from './test/security/server/host-pages.js';
import { domCountersPlugin } from './test/security/server/dom-counters.js';

export default {
  ...baseConfig,
  files: ['test/security/**/*.test.ts'],
  // One page at a time: heap figures and timing-sensitive faults must not share a renderer.
  concurrency: 1,
  testFramework: { config: { timeout: 600000 } },
  testsFinishTimeout: 1800000,
  plugins: [...baseConfig.plugins, domCountersPlugin()],
  middleware: [faults, bodiesRoute, hostPages],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  ],
};
