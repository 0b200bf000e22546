// The SSR demo page in Chromium: with JavaScript off it reads in full and
// passes axe; with JavaScript on, the script upgrades the prerendered
// widgets where they stand (nothing moves, nothing repaints differently) and
// their interactive parts work.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_LABELS } from '../../dist/shared/labels.js';
import { leanKey } from '../../dist/shared/labels.js';
import { seed } from './cli-helpers.js';
import {
  WIDGETS,
  axeViolations,
  layout,
  openBrowser,
  painted,
  pixelDifference,
  widgetTexts,
} from './browser-helpers.js';

const story = seed();
let chromium;
before(async () => (chromium = await openBrowser()));
after(() => chromium?.close());

describe('the prerendered page with JavaScript off', () => {
  let page;
  before(async () => {
    page = await chromium.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(chromium.url);
  });

  test('runs no script: the widgets are not even defined', async () => {
    assert.deepEqual(await page.evaluate((tags) => tags.map((tag) => customElements.get(tag) ?? null), WIDGETS), [
      null,
      null,
      null,
      null,
    ]);
  });

  test('makes every citation a link to the source list on the page', async () => {
    const links = await page.evaluate(() =>
      [...(document.querySelector('story-summary')?.shadowRoot?.querySelectorAll('.citation') ?? [])].map((a) =>
        a.getAttribute('href'),
      ),
    );
    assert.ok(links.length > 0);
    assert.deepEqual(new Set(links), new Set(['#sources']));
    assert.equal(await page.evaluate(() => document.querySelector('source-list')?.id), 'sources');
  });

  test('shows the full content of every widget', async () => {
    const text = await widgetTexts(page);
    const summary = text['story-summary'];
    for (const part of [story.title, story.summary, story.whyItMatters, ...story.perspectives.map((p) => p.label)]) {
      assert.ok(summary.includes(part), `story-summary shows "${part.slice(0, 40)}"`);
    }
    // Body paragraphs read as text, each citation as its visible [n] marker.
    assert.ok(summary.includes(story.body[0].slice(0, 120)), 'story-summary shows the body');
    for (const viewpoint of story.viewpoints) {
      assert.ok(text['viewpoint-card'].includes(viewpoint.name), viewpoint.name);
      assert.ok(text['viewpoint-card'].includes(viewpoint.stance), `stance of ${viewpoint.name}`);
    }
    for (const source of story.sources) {
      for (const part of [source.outlet, source.headline, DEFAULT_LABELS[leanKey(source.lean)]]) {
        assert.ok(text['source-list'].includes(part), `source-list shows "${part}"`);
      }
    }
    for (const gap of story.notRepresented) assert.ok(text['coverage-gaps'].includes(gap), gap);
  });

  test('opens a viewpoint detail natively, without script', async () => {
    const detail = story.viewpoints[0].detail;
    assert.ok(!(await widgetTexts(page))['viewpoint-card'].includes(detail), 'closed at first');
    await (await page.$('viewpoint-card >>> summary')).click();
    assert.ok((await widgetTexts(page))['viewpoint-card'].includes(detail), 'open after a click');
  });

  test('has no axe violations', async () => {
    // axe needs timers, so script runs again for axe alone; the page's own
    // script ran at no point, and the DOM is still the server's.
    await page.setJavaScriptEnabled(true);
    assert.equal(await page.evaluate(() => customElements.get('source-list') ?? null), null);
    assert.deepEqual(await axeViolations(page), []);
  });
});

/**
 * A screenshot once the page has stopped changing (two in a row alike, at most ten tries): on a loaded machine the
 * last frame of the upgrade may be painted after updateComplete. What stays different still fails the comparison.
 */
async function settledScreenshot(page) {
  let shot = await page.screenshot();
  for (let tries = 0; tries < 10; tries++) {
    await painted(page);
    const next = await page.screenshot();
    if (next.equals(shot)) break;
    shot = next;
  }
  return shot;
}

describe('the prerendered page upgraded by the script', () => {
  let page;
  let before_;
  let after_;
  let released;
  before(async () => {
    // A window taller than the page: nothing scrolls, every shift is in view,
    // and screenshots need no full-page resizing (which would itself move things).
    page = await chromium.newPage({ height: 4000 });
    await page.evaluateOnNewDocument(() => {
      globalThis.layoutShifts = [];
      new PerformanceObserver((list) => globalThis.layoutShifts.push(...list.getEntries())).observe({
        type: 'layout-shift',
        buffered: true,
      });
      globalThis.storyLoads = 0;
      document.addEventListener('story-load', () => globalThis.storyLoads++);
    });
    // Hold the script back until the prerendered page has been measured.
    await page.setRequestInterception(true);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    page.on('request', (request) =>
      request.url().endsWith('/viewpoint-cards.js') ? release(request) : request.continue(),
    );
    const navigation = page.goto(chromium.url);
    const script = await held;
    // Parsed in full ("interactive"); the held module script is what keeps it from "complete".
    await page.waitForFunction(() => document.readyState === 'interactive');
    // A reader who is quicker than the script: opens a viewpoint's detail and
    // tabs to a citation (a link to the source list until the script arrives).
    await (await page.$('viewpoint-card >>> summary')).click();
    await (await page.$('story-summary >>> .citation')).focus();
    // Chromium does not count shifts within 500 ms of an input; wait so that it would.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await painted(page);
    before_ = {
      layout: await layout(page),
      screenshot: await page.screenshot(),
      defined: await page.evaluate(() => !!customElements.get('source-list')),
    };
    // Shifts from here on are the upgrade's. (Before, a parser that pauses
    // mid-page on a busy machine may paint a widget before its shadow root
    // template is complete; that is loading, not upgrading.)
    released = await page.evaluate(() => performance.now());
    await script.continue();
    await navigation;
    await page.waitForFunction(() => globalThis.storyLoads === 4);
    await page.evaluate((tags) => Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete)), WIDGETS);
    await painted(page);
    after_ = { layout: await layout(page), screenshot: await settledScreenshot(page) };
  });

  test('the widgets were prerendered before the script and upgraded after it', async () => {
    assert.equal(before_.defined, false);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight),
      'the whole page is in the window',
    );
    const upgraded = await page.evaluate(
      (tags) =>
        tags.map((tag) => {
          const el = document.querySelector(tag);
          // Lit adopts its styles: the server's <style> elements are gone once the widget re-rendered.
          return el.hasUpdated === true && el.shadowRoot.querySelector('style') === null;
        }),
      WIDGETS,
    );
    assert.deepEqual(upgraded, [true, true, true, true]);
  });

  test('keeps what the reader did before: the open detail and the focus', async () => {
    const state = await page.evaluate(() => ({
      open: document.querySelector('viewpoint-card')?.shadowRoot?.querySelector('details')?.open,
      focus: document.activeElement?.localName,
      focusInside: document.querySelector('story-summary')?.shadowRoot?.activeElement?.className,
    }));
    assert.deepEqual(state, { open: true, focus: 'story-summary', focusInside: 'citation' });
  });

  test('the upgrade scores 0 for layout shift', async () => {
    const shifts = await page.evaluate(
      (since) =>
        globalThis.layoutShifts
          .filter((entry) => entry.startTime >= since)
          .map((entry) => ({ value: entry.value, moved: entry.sources.map((source) => source.node?.nodeName) })),
      released,
    );
    assert.deepEqual(shifts, []);
  });

  test('nothing moves: every box inside every widget is where it was', () => {
    assert.ok(before_.layout.length > 100, `compares ${before_.layout.length} boxes`);
    assert.deepEqual(after_.layout, before_.layout);
  });

  test('nothing changes on screen: the page looks the same pixel for pixel', async () => {
    // Within one step of anti-aliasing (see pixelDifference): a fresh-clone run once saw 17 pixels of rounded
    // corners one step apart, with every box in place.
    const difference = await pixelDifference(page, before_.screenshot, after_.screenshot);
    if (difference.pixels > 0) {
      // Kept for whoever reads the failure: what the reader saw before and after.
      const folder = mkdtempSync(join(tmpdir(), 'upgrade-pixels-'));
      writeFileSync(join(folder, 'before.png'), before_.screenshot);
      writeFileSync(join(folder, 'after.png'), after_.screenshot);
      assert.fail(
        `${difference.pixels} pixels differ by more than 2/255 (at most ${difference.largest}) before and after the upgrade: ${folder}/before.png, after.png`,
      );
    }
  });

  test('a citation reveals its source, and Escape closes it', async () => {
    const citation = await page.$('story-summary >>> button.citation');
    await citation.click();
    const card = await citation.evaluate((button) => {
      const card = button.getRootNode().getElementById(button.getAttribute('aria-controls'));
      return { expanded: button.getAttribute('aria-expanded'), text: card?.innerText ?? '' };
    });
    const cited = story.sources.find((source) => source.id === Number(/\[(\d+)\]/.exec(story.body[0])?.[1]));
    assert.equal(card.expanded, 'true');
    assert.ok(card.text.includes(cited.outlet) && card.text.includes(cited.headline), card.text);
    await page.keyboard.press('Escape');
    assert.equal(await citation.evaluate((button) => button.getAttribute('aria-expanded')), 'false');
  });

  test('a viewpoint disclosure closes and opens', async () => {
    const toggle = await page.$('viewpoint-card >>> summary');
    const open = () => toggle.evaluate((summary) => summary.parentElement.open);
    await toggle.click();
    assert.equal(await open(), false);
    await toggle.click();
    assert.equal(await open(), true);
  });

  test('has no axe violations after the upgrade', async () => {
    assert.deepEqual(await axeViolations(page), []);
  });
});
