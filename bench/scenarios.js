// The six scenarios, each measured next to its baselines in the same run.
// Used by `npm run bench` (bench/run.js, full sample counts) and by
// `npm run test:budgets` (bench/budgets.js, fewer samples).
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { TAGS } from '../scripts/registry.js';
import { WIDGETS, manyStories, plainMarkup, seed, storyWithSources, widgetMarkup } from './fixtures.js';
import { startServer } from './server.js';
import { pairedRatio, summarize } from './stats.js';

// BENCH_BUNDLE: another build of the bundle to measure (e.g. one built elsewhere while comparing a change).
const BUNDLE = process.env.BENCH_BUNDLE
  ? new URL(`file://${process.env.BENCH_BUNDLE}`)
  : new URL('../dist/viewpoint-cards.js', import.meta.url);
const VARIANTS = ['widgets', 'static', 'plain'];

/** Sample counts: `full` for the published table, `quick` for the budget checks in `npm test`. */
export const PROFILES = {
  full: { warmup: 5, seed: 40, page: 12, sources: 15, update: 25, script: 30, shift: 6, memory: 5 },
  quick: { warmup: 3, seed: 25, page: 5, sources: 6, update: 8, script: 8, shift: 2, memory: 3 },
};

/** Reads the bundle once, building it first when dist/ is missing. */
function readBundle() {
  if (!existsSync(BUNDLE))
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
  return readFileSync(BUNDLE);
}

/**
 * Runs `rounds` (+ warmup) rounds of `sample(variant)` over `variants`,
 * rotating the order each round, and returns the kept samples per variant.
 */
async function rounds(profile, count, variants, sample, log) {
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  for (let round = -profile.warmup; round < count; round++) {
    const order = variants.map((_, i) => variants[(i + round + profile.warmup) % variants.length]);
    for (const variant of order) {
      const value = await sample(variant);
      if (round >= 0) samples[variant].push(value);
    }
    log?.(round);
  }
  return samples;
}

/** Rows of one scenario: each variant's summary and its paired ratios to the baselines. */
function rows(samples, baselines, extra = {}) {
  return Object.entries(samples).map(([variant, values]) => ({
    variant,
    ...summarize(values),
    ratios: Object.fromEntries(
      baselines.filter((b) => b !== variant && samples[b]).map((b) => [b, pairedRatio(values, samples[b])]),
    ),
    ...(extra[variant] ?? {}),
  }));
}

/**
 * Runs every scenario and returns the results (as written to bench/results.json).
 * @param {{ profile?: 'full' | 'quick', only?: number[], progress?: (text: string) => void }} options
 */
export async function runScenarios({ profile: name = 'full', only = [1, 2, 3, 4, 5, 6], progress = () => {} } = {}) {
  const profile = PROFILES[name];
  const want = (id) => only.includes(id);
  const bundle = readBundle();
  const server = await startServer({ bundle });
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    protocolTimeout: 600_000,
    // gc() between samples; exact heap figures for the memory scenario.
    args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const results = {
    date: new Date().toISOString(),
    profile: name,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: await browser.version() },
    bundleBytes: bundle.length,
    scenarios: [],
  };
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.on('pageerror', (error) => progress(`page error: ${error.message}`));
    await page.goto(`${server.origin}/bench/harness.html`);
    await page.waitForFunction(() => window.bench);
    await page.evaluate((widgets) => window.bench.ready(widgets), WIDGETS);

    const prepare = (key, stories, tags = WIDGETS) =>
      page.evaluate((k, data) => window.bench.prepare(k, data), key, {
        widgets: widgetMarkup(stories, tags),
        plain: plainMarkup(stories, tags),
        stories,
        tags,
      });
    const render = (key) => (variant) => page.evaluate((k, v) => window.bench.render(k, v), key, variant);
    const renderScenario = async (id, title, key, count, perRound) => {
      progress(`${id}. ${title}`);
      const counts = {};
      for (const v of VARIANTS) counts[v] = { nodes: await page.evaluate((k, x) => window.bench.nodes(k, x), key, v) };
      const samples = await rounds(profile, count, VARIANTS, render(key));
      results.scenarios.push({ id, title, unit: 'ms', perRound, rows: rows(samples, ['static', 'plain'], counts) });
    };

    // 1. The seed story in all four widgets, from inline JSON.
    if (want(1)) {
      await prepare('seed', [seed]);
      await renderScenario(1, 'seed story, 4 widgets: first render', 'seed', profile.seed, '1 story × 4 widgets');
    }

    // 2. A page of 100 stories × 4 widgets.
    const hundred = manyStories(100);
    if (want(2) || want(6)) await prepare('page', hundred);
    if (want(2)) await renderScenario(2, '100 stories × 4 widgets: first render', 'page', profile.page, '400 widgets');

    // 3. One <source-list> with 1,000 sources: first render, then one property changed.
    if (want(3)) {
      await prepare('sources', [storyWithSources(1000)], ['source-list']);
      await renderScenario(3, '<source-list> with 1,000 sources: first render', 'sources', profile.sources, '1 widget');
      await page.evaluate(() => window.bench.prepareUpdates('sources'));
    }
    for (const kind of want(3) ? ['heading', 'story'] : []) {
      const title = kind === 'heading' ? 'heading-level 2 ↔ 3' : 'new story object, one headline changed';
      progress(`3. <source-list> with 1,000 sources: update (${title})`);
      const samples = await rounds(profile, profile.update, ['widgets', 'plain'], (v) =>
        page.evaluate((x, w) => window.bench.update(x, w), v, kind),
      );
      results.scenarios.push({
        id: 3,
        title: `<source-list> with 1,000 sources: update, ${title}`,
        unit: 'ms',
        rows: rows(samples, ['plain']),
      });
    }

    // 6. Memory (before 4 and 5, which navigate away): JS heap and nodes per rendered widget.
    if (want(6)) {
      progress('6. memory per widget (100 stories × 4 widgets)');
      const memory = await rounds({ ...profile, warmup: 1 }, profile.memory, VARIANTS, (v) =>
        page.evaluate((k, x) => window.bench.memory(k, x), 'page', v),
      );
      const perWidget = (list, field) => list.map((m) => m[field] / (hundred.length * WIDGETS.length));
      results.scenarios.push({
        id: 6,
        title: 'memory per widget: JS heap after GC',
        unit: 'bytes',
        rows: rows(
          Object.fromEntries(VARIANTS.map((v) => [v, perWidget(memory[v], 'bytes')])),
          ['plain'],
          Object.fromEntries(VARIANTS.map((v) => [v, { nodes: perWidget(memory[v], 'nodes')[0] }])),
        ),
      });
    }

    // 4. Script cost: fetch + parse + evaluate until the elements are defined, one fresh page per sample.
    if (want(4)) {
      progress('4. script cost');
      let fresh = 0;
      const scripts = {
        widgets: ['/viewpoint-cards.js', TAGS],
        plain: ['/bench/plain-dom.js', []],
        empty: ['/bench/empty.js', []],
      };
      const script = await rounds(profile, profile.script, Object.keys(scripts), async (v) => {
        const [src, tags] = scripts[v];
        await page.goto(
          `${server.origin}/bench/script-cost.html?src=${src}&tags=${tags.join(',')}&fresh=${Date.now()}-${fresh++}`,
        );
        return page.evaluate(() => window.result);
      });
      const bytes = {
        widgets: bundle.length,
        plain: readFileSync(new URL('./plain-dom.js', import.meta.url)).length,
        empty: readFileSync(new URL('./empty.js', import.meta.url)).length,
      };
      results.scenarios.push({
        id: 4,
        title: 'script cost: fetch + parse + evaluate until defined',
        unit: 'ms',
        rows: rows(
          script,
          ['empty', 'plain'],
          Object.fromEntries(Object.entries(bytes).map(([v, b]) => [v, { bytes: b }])),
        ),
      });
    }

    // 5. Layout shift of the demo page, widgets loading from src.
    if (want(5)) results.scenarios.push(...(await layoutShift(browser, server.origin, profile, progress)));
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  laptop: { width: 1024, height: 768 },
  phone: { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true },
};

/**
 * Loads the demo page (bundle at /viewpoint-cards.js, stories from src) and
 * sums its layout-shift entries until every widget shows its story. With
 * `delay`, the page's own files (CSS, stories) arrive that many ms late, as
 * over a real network; the bundle does not.
 */
async function layoutShift(browser, origin, profile, progress) {
  const scenarios = [];
  for (const delay of [0, 300]) {
    const samples = {};
    const worst = {};
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      progress(`5. layout shift of the demo page, ${name}, story ${delay} ms late`);
      samples[name] = [];
      for (let i = 0; i < profile.shift; i++) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport(viewport);
        await page.evaluateOnNewDocument(() => {
          window.shifts = [];
          const describe = (node) =>
            node
              ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}`
              : '?';
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              if (entry.hadRecentInput) continue;
              window.shifts.push({
                value: entry.value,
                at: Math.round(entry.startTime),
                sources: entry.sources.map((s) => describe(s.node)),
              });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${origin}${delay ? `/delay/${delay}` : ''}/demo/index.html`);
        await page.waitForFunction(
          (tags) => {
            const all = [...document.querySelectorAll(tags)];
            return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector('section.base'));
          },
          { timeout: 20_000 },
          WIDGETS.join(','),
        );
        // Two frames and a pause: any late shift (a font, a resize) is in.
        await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
            ),
        );
        const shifts = await page.evaluate(() => window.shifts);
        const score = shifts.reduce((sum, s) => sum + s.value, 0);
        samples[name].push(score);
        if (!worst[name] || score > worst[name].score) worst[name] = { score, shifts };
        await context.close();
      }
    }
    scenarios.push({
      id: 5,
      title: `demo page layout shift (CLS), story ${delay ? `${delay} ms late` : 'immediate'}`,
      unit: 'score',
      rows: Object.entries(samples).map(([variant, values]) => ({
        variant,
        ...summarize(values),
        max: Math.max(...values),
        ratios: {},
        worst: worst[variant].shifts,
      })),
    });
  }
  return scenarios;
}
