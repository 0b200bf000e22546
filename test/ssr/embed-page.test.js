// Embed pages in Chromium, as a CMS shows them: a host page on one origin
// (localhost) frames embed pages served by `viewpoint-cards serve` on
// another (127.0.0.1), in a sandboxed iframe (allow-scripts only), so the
// embed page has an opaque origin. Checks the prerendered widgets with
// scripts off and on, axe, the strict CSP, oEmbed discovery, and the
// heights the frame reports (our message, WordPress's, and embed.js).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { seed } from './cli-helpers.js';
import { WIDGETS, axeViolations, openBrowser, widgetTexts } from './browser-helpers.js';
import { serve, storiesFolder } from './site-helpers.js';

const story = seed();
// The same story marked as Arabic: its embed page speaks Arabic, right to left.
const arabic = { ...story, id: 'arabic-story', lang: 'ar' };
let chromium;
let site;
let host;

/** Host pages on the other origin: a frame, a message log, and the parts each test asks for. */
function hostPage(query) {
  const frame = query.get('frame') ?? '';
  const script = query.get('embed-js') ? `<script src="${query.get('embed-js')}"></script>` : '';
  return `<!doctype html><html lang="en"><head><title>Host</title><script>
  globalThis.messages = [];
  addEventListener('message', (e) => messages.push({ data: e.data, origin: e.origin, fromFrame: e.source === document.querySelector('iframe')?.contentWindow }));
  </script></head><body><main><h1>Host page</h1>${frame}</main>${script}</body></html>`;
}

before(async () => {
  chromium = await openBrowser();
  site = await serve(storiesFolder({ 'story.json': story, 'arabic.json': arabic }));
  host = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(query));
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  await chromium?.close();
  site?.stop();
  host?.close();
});

const pageUrl = (element) => `${site.url}embed/${story.id}/${element ? `${element}/` : ''}`;
const hostUrl = (params) => `http://localhost:${host.address().port}/?${new URLSearchParams(params)}`;
const frameTag = (src, extra = '') => `<iframe src="${src}" title="Story" width="640" height="200" ${extra}></iframe>`;

/** Records CSP violations in every frame of the page. */
async function watchCsp(page) {
  await page.evaluateOnNewDocument(() => {
    globalThis.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      globalThis.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

const contentHeight = (frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const upgraded = (target) =>
  target.waitForFunction(
    (tags) => tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.hasUpdated)),
    {},
    WIDGETS,
  );

describe('each embed page with scripts off', () => {
  for (const element of [undefined, ...WIDGETS]) {
    test(`${element ?? 'all widgets'}: shows the story, and has no axe violations`, async () => {
      const page = await chromium.newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(pageUrl(element));
      const texts = await widgetTexts(page);
      for (const tag of element ? [element] : WIDGETS) assert.ok(texts[tag].length > 50, `${tag} shows its content`);
      if (!element || element === 'source-list') assert.ok(texts['source-list'].includes(story.sources[0].outlet));
      if (!element || element === 'story-summary') assert.ok(texts['story-summary'].includes(story.title));
      assert.equal(await page.evaluate(() => customElements.get('story-summary') ?? null), null);
      await page.setJavaScriptEnabled(true); // for axe alone; the page's scripts never ran
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }
});

describe('each embed page with scripts on, under its strict CSP', () => {
  for (const element of [undefined, ...WIDGETS]) {
    test(`${element ?? 'all widgets'}: upgrades every widget with no CSP violation, and has no axe violations`, async () => {
      const page = await chromium.newPage();
      await watchCsp(page);
      await page.goto(pageUrl(element));
      await upgraded(page);
      assert.deepEqual(await page.evaluate(() => globalThis.violations), []);
      assert.deepEqual(await axeViolations(page), []);
      // The policy is in force: a style the page does not list is refused.
      await page.evaluate(() =>
        document.head.append(Object.assign(document.createElement('style'), { textContent: 'p{}' })),
      );
      await page.waitForFunction(() => globalThis.violations.length === 1);
      await page.close();
    });
  }

  test('the discovery link leads to its oEmbed answer, whose iframe loads the page', async () => {
    const page = await chromium.newPage();
    await page.goto(pageUrl());
    const href = await page.$eval('link[rel="alternate"][type="application/json+oembed"]', (link) => link.href);
    assert.equal(href, `${site.url}oembed/${story.id}.json`);
    const answer = await (await fetch(href)).json();
    assert.equal(answer.type, 'rich');
    await page.goto(hostUrl({ frame: answer.html }));
    await page.waitForFunction(
      (url) => [...document.querySelectorAll('iframe')].some((f) => f.src === url),
      {},
      pageUrl(),
    );
    const frame = await page.waitForFrame((f) => f.url() === pageUrl());
    await upgraded(frame);
    assert.ok((await frame.$eval('story-summary', (el) => el.shadowRoot.textContent)).includes(story.title));
    await page.close();
  });
});

describe('the embed page in a sandboxed cross-origin iframe', () => {
  let page;
  let frame;
  before(async () => {
    page = await chromium.newPage();
    await watchCsp(page);
    await page.goto(hostUrl({ frame: frameTag(pageUrl(), 'sandbox="allow-scripts"') }));
    frame = await page.waitForFrame((f) => f.url().startsWith(site.url));
    await upgraded(frame);
  });
  after(() => page?.close());

  const lastHeight = () =>
    page.evaluate(() => globalThis.messages.filter((m) => m.data?.type === 'viewpoint-cards:height').at(-1));

  test('runs with an opaque origin and no CSP violation', async () => {
    assert.equal(await frame.evaluate(() => origin), 'null');
    assert.deepEqual(await frame.evaluate(() => globalThis.violations), []);
  });

  test('sends its parent a height that matches its content', async () => {
    await page.waitForFunction(() => globalThis.messages.some((m) => m.data?.type === 'viewpoint-cards:height'));
    const height = await contentHeight(frame);
    await page.waitForFunction(
      (h) => globalThis.messages.filter((m) => m.data?.type === 'viewpoint-cards:height').at(-1).data.height === h,
      {},
      height,
    );
    const message = await lastHeight();
    assert.equal(message.origin, 'null');
    assert.equal(message.fromFrame, true);
    assert.ok(height > 1000, `all four widgets are tall: ${height}`);
  });

  test('sends a new height when a viewpoint opens', async () => {
    const before_ = (await lastHeight()).data.height;
    await (await frame.$('viewpoint-card >>> summary'))?.click();
    await page.waitForFunction((h) => globalThis.messages.at(-1).data.height > h, {}, before_);
    const opened = await contentHeight(frame);
    assert.ok(opened > before_);
    await page.waitForFunction((h) => globalThis.messages.at(-1).data.height === h, {}, opened);
  });
});

describe('host pages that resize the frame', () => {
  test('WordPress: answers "ready" with a height message that carries the secret', async () => {
    const page = await chromium.newPage();
    const secret = 'Zx81Secret';
    const frameHtml = frameTag(
      `${pageUrl('source-list')}#?secret=${secret}`,
      `sandbox="allow-scripts" data-secret="${secret}"`,
    );
    await page.goto(hostUrl({ frame: frameHtml }));
    const frame = await page.waitForFrame((f) => f.url().startsWith(site.url));
    await upgraded(frame);
    await page.evaluate((s) => {
      globalThis.messages.length = 0;
      document.querySelector('iframe')?.contentWindow?.postMessage({ message: 'ready', secret: s }, '*');
    }, secret);
    await page.waitForFunction(() => globalThis.messages.some((m) => m.data?.message === 'height'));
    const message = await page.evaluate(() => globalThis.messages.find((m) => m.data?.message === 'height'));
    assert.deepEqual(message.data, { message: 'height', value: await contentHeight(frame), secret });
    assert.equal(message.fromFrame, true);
    await page.close();
  });

  test('embed.js: sizes the oEmbed iframe to its content once, hides the fallback, and follows a viewpoint opening', async () => {
    const page = await chromium.newPage();
    const answer = await (await fetch(`${site.url}oembed?url=${encodeURIComponent(pageUrl())}`)).json();
    await page.evaluateOnNewDocument(() => {
      globalThis.sizes = [];
      new MutationObserver(() => {
        const frame = document.querySelector('iframe');
        if (frame && frame.height !== globalThis.sizes.at(-1)) globalThis.sizes.push(frame.height);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['height'] });
    });
    const html = answer.html.replace(/sandbox="[^"]*"/, 'sandbox="allow-scripts"').replace(' loading="lazy"', '');
    await page.goto(hostUrl({ frame: html, 'embed-js': `${site.url}embed.js` }));
    const frame = await page.waitForFrame((f) => f.url().startsWith(site.url));
    await upgraded(frame);
    const height = await contentHeight(frame);
    await page.waitForFunction((h) => document.querySelector('iframe')?.height === String(h), {}, height);
    assert.equal(await page.$eval('iframe', (f) => Math.round(f.getBoundingClientRect().height)), height);
    assert.deepEqual(await page.evaluate(() => globalThis.sizes), [String(height)], 'one size after the first');
    assert.equal(await page.$eval('blockquote', (b) => getComputedStyle(b).display), 'none');

    // A message from anything but that frame is ignored.
    await page.evaluate(() => postMessage({ type: 'viewpoint-cards:height', height: 5 }, '*'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await page.$eval('iframe', (f) => f.height), String(height));

    await (await frame.$('viewpoint-card >>> summary'))?.click();
    await page.waitForFunction((h) => Number(document.querySelector('iframe')?.height) > h, {}, height);
    const opened = await contentHeight(frame);
    await page.waitForFunction((h) => document.querySelector('iframe')?.height === String(h), {}, opened);
    await page.close();
  });
});

describe("an Arabic story's embed page in a sandboxed cross-origin iframe", () => {
  test('loads the Arabic pack under its CSP and keeps the prerendered words, right to left', async () => {
    const url = `${site.url}embed/${arabic.id}/source-list/`;
    const page = await chromium.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(url);
    const prerendered = (await widgetTexts(page))['source-list'];
    await page.close();

    const host = await chromium.newPage();
    await watchCsp(host);
    await host.goto(hostUrl({ frame: frameTag(url, 'sandbox="allow-scripts"') }));
    const frame = await host.waitForFrame((f) => f.url() === url);
    await upgraded(frame);
    assert.deepEqual(await frame.evaluate(() => globalThis.violations), []);
    const packs = await frame.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.includes('/locales/')),
    );
    assert.deepEqual(packs, ['/locales/ar.js']);
    const texts = await widgetTexts(frame);
    assert.ok(texts['source-list'].includes('المصادر') && !texts['source-list'].includes('Sources'));
    assert.equal(texts['source-list'], prerendered, 'the same words before and after the script');
    const dir = await frame.$eval('source-list', (el) => el.shadowRoot.querySelector('[part~="base"]').dir);
    assert.equal(dir, 'rtl');
    await host.close();
  });
});

describe('the index page', () => {
  test('links every embed page and has no axe violations', async () => {
    const page = await chromium.newPage();
    await page.goto(site.url);
    const links = await page.$$eval('a', (anchors) => anchors.map((a) => a.href));
    assert.ok(links.includes(pageUrl()));
    for (const element of WIDGETS) assert.ok(links.includes(pageUrl(element)), element);
    const codes = await page.$$eval('textarea', (areas) => areas.map((t) => t.value));
    assert.ok(codes.some((code) => code.includes(`src="${pageUrl()}"`)));
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
});
