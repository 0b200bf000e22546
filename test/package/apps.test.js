// The packed tarball in the two ways an app takes it, checked in Chromium:
// - demo/react/: a React 19 + Vite app that installs the tarball and imports
//   `{ SourceList, StorySummary } from 'viewpoint-cards/react'`;
// - demo/import-map/: a plain page that loads the npm build from node_modules
//   through an import map, with no bundler.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ROOT,
  installProject,
  launchChromium,
  openPage,
  packTarball,
  removeTemps,
  renderedText,
  run,
  serve,
} from './helpers.js';

const seed = JSON.parse(readFileSync(join(ROOT, 'demo/stories/open-source-ai.json'), 'utf8'));
let app;
let browser;

before(async () => {
  const started = Date.now();
  const tarball = await packTarball();
  console.log(`packed in ${Date.now() - started} ms`);
  app = await installProject(join(ROOT, 'demo/react'), tarball, {
    name: 'react',
    extra: { stories: join(ROOT, 'demo/stories') },
  });
  console.log(`installed in ${Date.now() - started} ms`);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  removeTemps();
});

describe('the React app (demo/react) built against the packed tarball', () => {
  let build;
  before(async () => {
    build = await run('npm', ['run', 'build'], app);
  });

  it('type-checks and builds without a warning', () => {
    assert.doesNotMatch(`${build.stdout}\n${build.stderr}`, /warn|\(!\)|error/i);
  });

  it('keeps only the elements it imports (the wrappers register their own element only)', () => {
    const assets = readFileSync(join(app, 'dist/index.html'), 'utf8').match(/assets\/[\w-]+\.js/g) ?? [];
    const code = assets.map((asset) => readFileSync(join(app, 'dist', asset), 'utf8')).join('\n');
    assert.match(code, /["'`]source-list["'`]/);
    assert.match(code, /["'`]story-summary["'`]/);
    for (const tag of ['viewpoint-card', 'coverage-gaps', 'story-provider'])
      assert.doesNotMatch(code, new RegExp(`["'\`]${tag}["'\`]`), tag);
  });

  it('renders the seed story, and reacts to story-load and story-error through its props', async () => {
    const server = await serve({ '/': join(app, 'dist') });
    try {
      const { page, problems } = await openPage(browser, server.url);
      assert.match(
        await renderedText(page, 'story-summary'),
        new RegExp(seed.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
      assert.match(await renderedText(page, 'source-list'), new RegExp(seed.sources[0].outlet));
      // onStoryLoad put the title in the app's own heading; onStoryError its message.
      await page.waitForFunction(
        (title) => document.querySelector('h1')?.textContent === title,
        { timeout: 20_000, polling: 100 },
        seed.title,
      );
      await page.waitForSelector('p[role="status"]', { timeout: 20_000 });
      assert.equal(
        await page.$eval('p[role="status"]', (p) => p.textContent),
        'The second list could not load its story (http).',
      );
      assert.equal(await page.$eval('source-list', (el) => el.getAttribute('theme')), 'dark');
      // The only complaints are the missing story's: the 404 and the element's own report of it.
      const unexpected = problems.filter((p) => !/404|missing-story\.json/.test(p));
      assert.deepEqual(unexpected, []);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

describe('a plain page with an import map of the npm build (demo/import-map)', () => {
  it('registers and renders every element it uses, with no error', async () => {
    const server = await serve({
      '/node_modules/': join(app, 'node_modules'),
      '/open-source-ai.json': join(ROOT, 'demo/stories/open-source-ai.json'),
      '/': join(ROOT, 'demo/import-map'),
    });
    try {
      const { page, problems } = await openPage(browser, server.url);
      assert.match(await renderedText(page, 'source-list'), new RegExp(seed.sources[0].outlet));
      assert.match(await renderedText(page, 'story-summary'), /\S/);
      const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
      assert.equal(await page.$eval('html', (html) => html.dataset.viewpointCards), version);
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
