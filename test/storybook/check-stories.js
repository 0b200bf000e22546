// npm run test:storybook: every story of the built Storybook rendered in Chromium with the Theme switch on light and on dark, then checked
// with axe-core: zero violations, and no console error but the ones the story
// declares in `parameters.expectedErrors` (each of which must appear). The
// widgets' Loaded stories and the source list's comparison stories also render with the Language
// switch on German, Arabic and Japanese: the widgets take that language (and
// its direction), with the same checks. Every docs page must render too. Stories and docs come from index.json, so a new
// story is checked without touching this file.
//
// With --build (as in npm test) it first builds Storybook into a directory of
// its own, so that another run rebuilding storybook-static/ meanwhile cannot
// pull files from under it; without, it checks storybook-static/ as it is.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { PRERENDERED } from '../../scripts/registry.js';
import { languages, renderedDocs, renderedStory, runAxe, settle } from './in-page.js';
import { serveStatic } from './serve-static.js';
import { themeCoverageProblems } from './theme-coverage.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const THEMES = ['light', 'dark'];
// English is the Theme runs' language; these cover a Latin, a right-to-left and a CJK pack.
const LANGUAGES = ['de', 'ar', 'ja'];
const IN_EVERY_LANGUAGE = /--(loaded|filtered-by-lean|sides-view|kinds-and-paywalls|one-sided-flag)$/;
// Two cores, shared with other work: a few pages at once is the sweet spot.
const PAGES = Number(process.env.STORYBOOK_CHECK_PAGES ?? 3);
const TIMEOUT = 30_000;
const DEFAULT_VIEWPORT = { width: 1024, height: 768 };
// Several pages share one browser: none may be throttled as a background tab.
const ARGS = [
  ...chromiumArgs,
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** Unloads the page, so that its last console messages reach the listeners of the story that caused them. */
const leave = (page) => page.goto('about:blank').catch(() => {});

/** Renders one story in one theme (and language); resolves with what went wrong (nothing when all is well). */
async function check(page, baseUrl, id, theme, lang) {
  const consoleErrors = [];
  const onConsole = (message) => message.type() === 'error' && consoleErrors.push(message.text());
  const onPageError = (error) => consoleErrors.push(`uncaught: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  const problems = [];
  let widgets = 0;
  try {
    await page.setViewport(DEFAULT_VIEWPORT);
    // The addon's own axe run after each render is switched off (a11y.manual): this check runs axe once, after the widgets settle.
    const globals = `theme:${theme};a11y.manual:!true${lang ? `;lang:${lang}` : ''}`;
    await page.goto(`${baseUrl}iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${globals}`, {
      waitUntil: 'load',
      timeout: TIMEOUT,
    });
    const story = await page.evaluate(renderedStory, TIMEOUT);
    if (story.phase !== 'finished') problems.push(`Storybook render ${story.phase}`);
    if (story.viewport) await page.setViewport(story.viewport);
    const shown = await page.evaluate(settle, story.staysLoading, TIMEOUT, PRERENDERED);
    widgets = shown.count;
    const wanted = story.lockedTheme ?? theme;
    if (shown.toolbarThemes.some((t) => t !== wanted))
      problems.push(`widgets do not follow the Theme switch (${wanted}): ${shown.toolbarThemes}`);
    if (lang) {
      const seen = await page.evaluate(languages, PRERENDERED);
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      if (seen.langs.join() !== lang)
        problems.push(`widgets do not follow the Language switch (${lang}): ${seen.langs}`);
      if (seen.dirs.join() !== dir) problems.push(`widgets in ${lang} run ${seen.dirs}, not ${dir}`);
      if (seen.english) problems.push(`a widget in ${lang} is headed "Sources"`);
    }
    await page.addScriptTag({ path: AXE });
    for (const v of await page.evaluate(runAxe, story.a11y)) {
      problems.push(`axe ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.join('\n      ')}`);
    }
    await leave(page);
    const expected = story.expectedErrors;
    for (const text of consoleErrors.filter((e) => !expected.some((x) => e.includes(x))))
      problems.push(`console error: ${text}`);
    for (const x of expected.filter((x) => !consoleErrors.some((e) => e.includes(x))))
      problems.push(`expected console error missing: ${x}`);
  } catch (error) {
    problems.push(`failed: ${error.message}`, ...consoleErrors.map((e) => `console error: ${e}`));
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return { widgets, problems };
}

async function buildStorybook(dir) {
  const bin = join(ROOT, 'node_modules/.bin/storybook');
  await promisify(execFile)(bin, ['build', '--output-dir', dir, '--quiet'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Opens one docs page (an element's page or the Introduction): it must render
 * without an uncaught error. Its console is not checked: docs pages show the
 * error stories too.
 */
async function checkDocs(page, baseUrl, id) {
  const uncaught = [];
  const onPageError = (error) => uncaught.push(`uncaught: ${error.message}`);
  page.on('pageerror', onPageError);
  try {
    await page.goto(`${baseUrl}iframe.html?id=${encodeURIComponent(id)}&viewMode=docs&globals=a11y.manual:!true`, {
      waitUntil: 'load',
      timeout: TIMEOUT,
    });
    await page.evaluate(renderedDocs, TIMEOUT);
    return uncaught;
  } catch (error) {
    return [`failed: ${error.message}`, ...uncaught];
  } finally {
    await leave(page);
    page.off('pageerror', onPageError);
  }
}

/** Checks every story in the built Storybook at `dir`; returns the number of problems. */
async function checkAll(dir) {
  const started = performance.now();
  const failures = [];
  for (const problem of await themeCoverageProblems(ROOT)) failures.push(`introduction/themes: ${problem}`);

  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
  // STORYBOOK_CHECK_ONLY=<part of a story id> narrows the run while working on one story.
  const only = process.env.STORYBOOK_CHECK_ONLY ?? '';
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(only));
  const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.id.includes(only));
  /** @type {{ story: { id: string }, theme?: string, lang?: string }[]} */
  const jobs = [
    ...docs.map((story) => ({ story })),
    ...stories.flatMap((story) => THEMES.map((theme) => ({ story, theme }))),
    ...stories
      .filter((story) => IN_EVERY_LANGUAGE.test(story.id))
      .flatMap((story) => LANGUAGES.map((lang) => ({ story, theme: 'light', lang }))),
  ];
  const renders = jobs.filter((job) => job.theme).length;
  const server = await serveStatic(dir);
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ARGS,
    protocolTimeout: 4 * TIMEOUT,
  });
  let widgets = 0;
  let axeViolations = 0;
  try {
    const worker = async () => {
      const page = await browser.newPage();
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        if (!job.theme) {
          for (const problem of await checkDocs(page, server.url, job.story.id))
            failures.push(`${job.story.id}: ${problem}`);
          continue;
        }
        const result = await check(page, server.url, job.story.id, job.theme, job.lang);
        widgets += result.widgets;
        axeViolations += result.problems.filter((p) => p.startsWith('axe ')).length;
        const where = [job.theme, job.lang].filter(Boolean).join(', ');
        for (const problem of result.problems) failures.push(`${job.story.id} [${where}]: ${problem}`);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: PAGES }, worker));
  } finally {
    await browser.close();
    await server.close();
  }

  for (const failure of failures) console.error(`✗ ${failure}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Storybook check: ${docs.length} docs pages, ${stories.length} stories × ${THEMES.length} themes and ` +
      `${renders - stories.length * THEMES.length} in ${LANGUAGES.join(', ')} = ${renders} renders, ` +
      `${widgets} widgets, ${axeViolations} axe violations, ${failures.length} problems, ${seconds} s`,
  );
  return failures.length;
}

if (process.argv.includes('--build')) {
  const dir = await mkdtemp(join(tmpdir(), 'viewpoint-cards-storybook-'));
  try {
    await buildStorybook(dir);
    if (await checkAll(dir)) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
} else if (await checkAll(join(ROOT, 'storybook-static'))) {
  process.exitCode = 1;
}
