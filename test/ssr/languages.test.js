// A German story prerendered by the server and upgraded by the script-tag
// bundle: German labels before the script, the same words after it (the
// bundle fetches the German pack from beside itself), and nothing moves.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_LABELS } from '../../dist/shared/labels.js';
import { renderStory } from '../../dist/server/index.js';
import { seed } from './cli-helpers.js';
import { WIDGETS, layout, openBrowser, painted, widgetTexts } from './browser-helpers.js';

const story = seed();

/** Words of the English labels that the story's own text never contains: any of them on the page is a label left in English. */
const ENGLISH = Object.values(DEFAULT_LABELS)
  .flatMap((label) => label.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '\n').split('\n'))
  .map((fragment) => fragment.replace(/[().:…]/g, '').trim())
  .filter((fragment) => fragment.length > 3 && !JSON.stringify(story).includes(fragment));

describe('renderStory in the story language', () => {
  // Links too, which the seed's sources do not have.
  const linked = {
    ...story,
    sources: story.sources.map((source) => ({ ...source, url: `https://press.example/${source.id}` })),
  };

  test('renders a German story with the German labels', async () => {
    const html = await renderStory(
      { ...linked, lang: 'de' },
      { element: 'source-list', baseUrl: 'https://news.example/' },
    );
    assert.match(html, /<h2 part="heading">(<!--[^>]*-->)*Quellen</);
    assert.ok(html.includes('Weiterlesen bei'), 'the links are German');
    const text = html.replace(/<style>[^]*?<\/style>|<[^>]*>/g, ' ');
    for (const fragment of ENGLISH) assert.ok(!text.includes(fragment), `no "${fragment}"`);
  });

  test('takes the page language for a story without one, and labels, as attributes the browser reads too', async () => {
    const { lang: _, ...unmarked } = linked;
    const html = await renderStory(unmarked, {
      element: 'source-list',
      baseUrl: 'https://news.example/',
      lang: 'fr',
      labels: { sources: 'Nos  sources' },
    });
    assert.match(html, /^<source-list lang="fr" labels="\{&quot;sources&quot;:&quot;Nos {2}sources&quot;\}">/);
    assert.match(html, /<h2 part="heading">(<!--[^>]*-->)*Nos {2}sources</);
    assert.ok(html.includes('Lire sur'), 'the rest in French');
  });
});

describe('a German story prerendered, then upgraded by the bundle', () => {
  let chromium;
  let page;
  let before_;
  let after_;
  const packs = [];
  before(async () => {
    chromium = await openBrowser();
    page = await chromium.newPage({ height: 4000 });
    await page.evaluateOnNewDocument(() => {
      globalThis.storyLoads = 0;
      document.addEventListener('story-load', () => globalThis.storyLoads++);
    });
    await page.setRequestInterception(true);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    page.on('request', (request) => {
      if (request.url().includes('/locales/')) packs.push(new URL(request.url()).pathname);
      return request.url().endsWith('/viewpoint-cards.js') ? release(request) : request.continue();
    });
    const navigation = page.goto(`${chromium.url}?lang=de`);
    const script = await held;
    await page.waitForFunction(() => document.readyState === 'interactive');
    await painted(page);
    before_ = { text: await widgetTexts(page), layout: await layout(page) };
    await script.continue();
    await navigation;
    await page.waitForFunction(() => globalThis.storyLoads === 4);
    await page.evaluate((tags) => Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete)), WIDGETS);
    await painted(page);
    after_ = { text: await widgetTexts(page), layout: await layout(page) };
  });
  after(() => chromium?.close());

  test('reads in German before the script runs', () => {
    assert.ok(before_.text['story-summary'].includes('Die wichtigsten Sichtweisen'), before_.text['story-summary']);
    assert.ok(before_.text['source-list'].includes('Quellen'));
    assert.ok(before_.text['coverage-gaps'].includes('Was fehlt'));
    for (const [tag, text] of Object.entries(before_.text)) {
      for (const fragment of ENGLISH) assert.ok(!text.includes(fragment), `${tag} shows no "${fragment}"`);
    }
  });

  test('the upgraded widgets show exactly the same text, and every box stays where it was', () => {
    assert.deepEqual(after_.text, before_.text);
    assert.ok(before_.layout.length > 100, `compares ${before_.layout.length} boxes`);
    assert.deepEqual(after_.layout, before_.layout);
  });

  test('the bundle fetched the German pack from beside itself, once', () => {
    assert.deepEqual(packs, ['/locales/de.js']);
  });
});
