// loading="lazy" with the script-tag bundle in Chromium: a widget (or a
// provider) below the fold asks the server for nothing until the reader
// scrolls near it, keeps its space meanwhile, and then loads as usual. The
// test server counts the requests it gets for each story address. (A page
// of its own, in front: a background tab would never run the observer.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { seedPath } from './cli-helpers.js';
import { openBrowser } from './browser-helpers.js';
import { LAZY_MARGIN } from '../../dist/controllers/story-input-controller.js';

const bundle = readFileSync(new URL('../../dist/viewpoint-cards.js', import.meta.url));
const story = readFileSync(seedPath);
const requests = new Map();
const MARGIN = parseInt(LAZY_MARGIN, 10);
const WINDOW = 800;

/** A page with `markup` placed 3 margins below the fold, and a long tail so it can scroll past. */
const page = (markup) => `<!doctype html><html lang="en"><head><title>Lazy</title>
<script type="module" src="/viewpoint-cards.js"></script></head><body style="margin:0">
<div style="height:${WINDOW + MARGIN * 3}px"></div>${markup}<div style="height:${WINDOW * 4}px"></div></body></html>`;

let server;
let chromium;
before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/viewpoint-cards.js')
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    if (url.pathname === '/story.json') {
      requests.set(url.search, (requests.get(url.search) ?? 0) + 1);
      return response.writeHead(200, { 'content-type': 'application/json' }).end(story);
    }
    response.writeHead(200, { 'content-type': 'text/html' }).end(page(url.searchParams.get('markup')));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  chromium = await openBrowser();
});
after(async () => {
  await chromium?.close();
  server?.close();
});

let keys = 0;
async function open(markup) {
  const key = `?key=${++keys}`;
  const tab = await chromium.newPage({ height: WINDOW });
  await tab.setViewport({ width: 1000, height: WINDOW });
  await tab.evaluateOnNewDocument(() => {
    globalThis.loads = 0;
    document.addEventListener('story-load', () => globalThis.loads++);
  });
  const url = `http://127.0.0.1:${server.address().port}/?markup=${encodeURIComponent(markup.replace('SRC', `/story.json${key}`))}`;
  await tab.goto(url);
  await tab.waitForFunction(() => customElements.get('source-list'));
  return { tab, count: () => requests.get(key) ?? 0 };
}

const settle = (tab) =>
  tab.evaluate(
    () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 300)),
  );

describe('loading="lazy"', () => {
  test('a widget below the fold makes no request until the reader scrolls near it', async () => {
    const { tab, count } = await open('<source-list src="SRC" loading="lazy"></source-list>');
    await settle(tab);
    assert.equal(count(), 0, 'no request on load');
    // The loading state keeps the widget's space, so nothing jumps when it loads.
    const waiting = await tab.$eval('source-list', (el) => ({
      loading: !!el.shadowRoot.querySelector('[part~="loading"]'),
      height: el.getBoundingClientRect().height,
    }));
    assert.equal(waiting.loading, true);
    assert.ok(waiting.height > 100, `keeps ${waiting.height}px`);

    await tab.evaluate((y) => scrollTo(0, y), MARGIN); // still two margins short
    await settle(tab);
    assert.equal(count(), 0, 'no request while still far');

    await tab.evaluate((y) => scrollTo(0, y), MARGIN * 2 + MARGIN / 2); // within the margin, not yet in view
    await tab.waitForFunction(() => globalThis.loads === 1);
    assert.equal(count(), 1);
    assert.ok(
      await tab.$eval('source-list', (el) => el.getBoundingClientRect().top > innerHeight),
      'loaded before in view',
    );
    assert.equal(await tab.$eval('source-list', (el) => !!el.shadowRoot.querySelector('[part~="loading"]')), false);
    await tab.close();
  });

  test('the default stays eager: a widget below the fold loads at once', async () => {
    const { tab, count } = await open('<source-list src="SRC"></source-list>');
    await tab.waitForFunction(() => globalThis.loads === 1);
    assert.equal(count(), 1);
    await tab.close();
  });

  test('a lazy provider waits until one of its widgets nears the viewport', async () => {
    const { tab, count } = await open(
      '<story-provider src="SRC" loading="lazy"><story-summary></story-summary><source-list></source-list></story-provider>',
    );
    await settle(tab);
    assert.equal(count(), 0);
    await tab.$eval('story-summary', (el) => el.scrollIntoView());
    await tab.waitForFunction(() => globalThis.loads === 1);
    assert.equal(count(), 1);
    await tab.close();
  });

  test('switching a waiting widget to eager loads it at once', async () => {
    const { tab, count } = await open('<source-list src="SRC" loading="lazy"></source-list>');
    await settle(tab);
    assert.equal(count(), 0);
    await tab.$eval('source-list', (el) => el.setAttribute('loading', 'eager'));
    await tab.waitForFunction(() => globalThis.loads === 1);
    assert.equal(count(), 1);
    await tab.close();
  });
});
