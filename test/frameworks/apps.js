// The apps in demo/ that install the packed tarball with `npm ci` from their
// own lockfile, and what the lockfile script and the framework tests share:
// installing an app, and checking it in Chromium.
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, openPage, packTarball, removeTemps, run, serve, tempDir } from '../package/helpers.js';

// The frameworks' command-line tools would otherwise ask the closed network about telemetry.
process.env.NG_CLI_ANALYTICS = 'false';
process.env.NEXT_TELEMETRY_DISABLED = '1';

export const DEMO = fileURLToPath(new URL('../../demo/', import.meta.url));

/** Every app with its own package.json and package-lock.json. */
export const APPS = ['vite', 'react', 'vue', 'svelte', 'angular', 'next'];

export const seed = JSON.parse(readFileSync(join(DEMO, 'stories/open-source-ai.json'), 'utf8'));

/** The lockfile text without the tarball entry's `integrity` (see scripts/lock-apps.js). */
export function withoutTarballIntegrity(text) {
  const lock = JSON.parse(text);
  delete lock.packages['node_modules/viewpoint-cards'].integrity;
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/**
 * Copies demo/`name` to a temporary folder with the tarball beside its
 * package.json and the demo stories in `public/stories/` (and in `../stories/`,
 * where the React app's Vite config looks), then installs it with `npm ci`,
 * as CI installs a project: exactly the versions of its lockfile. Resolves
 * with the app's folder; logs how long the install took.
 */
export async function installApp(name, tarball) {
  const started = Date.now();
  const parent = tempDir(name);
  const dir = join(parent, name);
  const skip = /[/\\](node_modules|dist|\.next|\.angular|public[/\\]stories)$/;
  cpSync(join(DEMO, name), dir, { recursive: true, filter: (path) => !skip.test(path) });
  cpSync(tarball, join(dir, 'viewpoint-cards.tgz'));
  cpSync(join(DEMO, 'stories'), join(dir, 'public/stories'), { recursive: true });
  cpSync(join(DEMO, 'stories'), join(parent, 'stories'), { recursive: true });
  await run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  console.log(`${name}: npm ci in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

/** Runs `npm run <script>` in an app; logs how long it took; resolves with its output. */
export async function npmRun(dir, script, name = script) {
  const started = Date.now();
  const result = await run('npm', ['run', script], dir);
  console.log(`${name}: ${script} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return `${result.stdout}\n${result.stderr}`;
}

/** Waits until `tag`'s shadow root shows its story (`ready` is a selector inside it); resolves with its text. */
async function storyText(page, tag, ready) {
  const shown = await page.waitForFunction(
    (tag, ready) => {
      const base = document.querySelector(tag)?.shadowRoot?.querySelector('.base:not([part~="loading"])');
      return base?.querySelector(ready) ? base.innerText : undefined;
    },
    { timeout: 30_000, polling: 100 },
    tag,
    ready,
  );
  return shown.jsonValue();
}

/**
 * What every framework app shows and hears: a `<story-summary>` with the
 * seed story's title, a `<source-list>` (or `tag`) with its outlets, the
 * title that a `story-load` handler wrote into #loaded, and the kind that
 * the broken list's `story-error` handler wrote into #failed.
 */
export async function assertStoryShownAndHeard(page, problems, tag = 'source-list') {
  const summary = await storyText(page, 'story-summary', '[part~="heading"]');
  assert.ok(summary.includes(seed.title), `<story-summary> shows the title:\n${summary}`);
  const sources = await storyText(page, tag, '[part~="item"]');
  for (const source of seed.sources) assert.ok(sources.includes(source.outlet), `<${tag}> shows ${source.outlet}`);
  await page.waitForFunction(
    () => document.querySelector('#loaded')?.textContent && document.querySelector('#failed')?.textContent,
    { timeout: 30_000, polling: 100 },
  );
  const heard = await page.evaluate(() => ({
    loaded: document.querySelector('#loaded')?.textContent,
    failed: document.querySelector('#failed')?.textContent,
  }));
  assert.deepEqual(heard, { loaded: seed.title, failed: 'http' });
  // The only complaints are the missing story's: its 404 and the widget's own report of it.
  assert.deepEqual(
    problems.filter((problem) => !/404|missing\.json|\bhttp\b/.test(problem)),
    [],
  );
}

/**
 * The test of an app that builds to static files: install it from the
 * tarball, run its `scripts` (a type check, the build) with no warning,
 * serve `out` on 127.0.0.1 and check the page in Chromium. `more(app)`
 * declares further tests, given a function that returns the app's folder.
 * @param {string} name
 * @param {{ title: string, scripts?: string[], out?: string, tag?: string, more?: (app: () => string) => void }} options
 */
export function describeStaticApp(name, { title, scripts = ['build'], out = 'dist', tag, more }) {
  describe(title, () => {
    let app;
    let browser;
    const outputs = {};
    before(async () => {
      app = await installApp(name, await packTarball());
      for (const script of scripts) outputs[script] = await npmRun(app, script, name);
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      removeTemps();
    });

    for (const script of scripts) {
      it(`npm run ${script} passes with no warning`, () => {
        // svelte-check's summary line names errors and warnings even when there are none.
        const output = outputs[script]
          .replace(/--fail-on-warnings/g, '')
          .replace(/svelte-check found 0 errors and 0 warnings/, '');
        assert.doesNotMatch(output, /warn|\(!\)|error/i);
      });
    }

    it('shows the story in Chromium, and its handlers hear story-load and story-error', async () => {
      const server = await serve({ '/': join(app, out) });
      try {
        const { page, problems } = await openPage(browser, server.url);
        await assertStoryShownAndHeard(page, problems, tag);
        await page.close();
      } finally {
        await server.close();
      }
    });

    more?.(() => app);
  });
}
