// The seed story's shape in six languages on a page that loads nothing of
// ours but the script-tag bundle: each story's labels come from the one pack
// the bundle fetches from beside itself (dist/locales/<lang>.js).
import { expect, oneEvent } from '@open-wc/testing';
// Data only: the registry registers nothing, so the page still runs nothing of ours but the bundle.
import { PRERENDERED } from '../../src/registry.js';

const BUNDLE = '/dist/viewpoint-cards.js';
const TAGS = PRERENDERED;
type Widget = HTMLElement & { story?: unknown; updateComplete: Promise<unknown> };

let seed: Record<string, unknown> & { sources: { outlet: string }[] };
let english: string[];
before(async () => {
  await import(/* @vite-ignore */ BUNDLE);
  seed = await (await fetch('/demo/stories/open-source-ai.json')).json();
  // The English labels, read as text (importing the pack would register it), cut into their words between placeholders.
  const en = await (await fetch('/dist/locales/en.js?as-text')).text();
  english = [...en.matchAll(/:`([^`]*)`/g)]
    .flatMap(([, label]) => label!.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '\n').split('\n'))
    .map((fragment) => fragment.replace(/[().:…]/g, '').trim())
    .filter((fragment) => fragment.length > 3);
});

/** Story text in each language (a word of it, numbered), so that any English on screen can only be a label. */
const SAMPLE: Record<string, string> = {
  de: 'Beispieltext',
  fr: 'Texte d’exemple',
  es: 'Texto de ejemplo',
  ar: 'نص تجريبي',
  he: 'טקסט לדוגמה',
  ja: '例文',
};

/** The seed story's shape in `lang`: its structure and outlets, its text in the language, dates, links and counts. */
function storyIn(lang: string) {
  let n = 0;
  const text = (value: unknown): unknown =>
    typeof value === 'string'
      ? `${SAMPLE[lang] ?? 'Sample'} ${++n}`
      : Array.isArray(value)
        ? value.map(text)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value).map(([k, v]) => [k, ['id', 'lean', 'outlet'].includes(k) ? v : text(v)]),
            )
          : value;
  const story = text(seed) as typeof seed & { related: { sourceCount: number }[] };
  story.sources.forEach((source, i) => Object.assign(source, { url: `https://press.example/${i}` }));
  story.related[0]!.sourceCount = 1;
  story.related[1]!.sourceCount = 2;
  story.related[2]!.sourceCount = 1200;
  return {
    ...story,
    version: 1,
    id: `seed-${lang}`,
    lang,
    updatedAt: '2026-03-14',
    leanRatings: { provider: 'Medienmonitor' },
  };
}

const containers: HTMLElement[] = [];
const removeAll = () => containers.splice(0).forEach((container) => container.remove());

/** The four widgets inside a provider given `story`, settled. */
async function showAll(story: unknown, around?: string): Promise<Widget[]> {
  const container = document.createElement('div');
  if (around) container.lang = around;
  containers.push(container);
  const provider = Object.assign(document.createElement('story-provider'), { story });
  provider.append(...TAGS.map((tag) => document.createElement(tag)));
  container.append(provider);
  const loaded = oneEvent(provider, 'story-load');
  document.body.append(container);
  await loaded;
  const widgets = [...provider.children] as Widget[];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return widgets;
}

// Spaces of any width as one (Intl writes "17 %" with a narrow no-break space in French).
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
const shown = (el: Element) => spaced(el.shadowRoot?.textContent ?? '');
/** The packs the bundle fetched (the test's own reads carry a query). */
const packsFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith('/dist/locales/') && !url.search)
    .map((url) => url.pathname);

/** The English label words in a widget, outlet names (proper names, in any language) aside. */
function englishIn(widget: Element, pack: string): string[] {
  let text = shown(widget);
  for (const { outlet } of seed.sources) text = text.replaceAll(outlet, ' ');
  // A word the language's pack uses too is that language's (French "Sources").
  return english.filter((fragment) => text.includes(fragment) && !pack.includes(fragment));
}

/** Where a piece of text inside `node` is drawn. */
function rectOf(node: Node, piece?: string): DOMRect {
  const range = document.createRange();
  if (piece === undefined) range.selectNodeContents(node);
  else {
    const at = node.textContent!.indexOf(piece);
    range.setStart(node, at);
    range.setEnd(node, at + piece.length);
  }
  return range.getBoundingClientRect();
}

/**
 * What `read` gives every 5 ms from `start()` until `widget` reports its story, then its text once rendered: the
 * frames a reader could see while the story and its pack load (empty ones left out).
 */
async function framesUntilLoaded(widget: Widget, start: () => void, read: () => string): Promise<string[]> {
  let done = false;
  oneEvent(widget, 'story-load').then(() => (done = true));
  start();
  const frames: string[] = [];
  while (!done) {
    frames.push(read());
    // A timer, not an animation frame: a background tab (two test files at once) gets no frames.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await widget.updateComplete;
  return [...frames, shown(widget)].filter(Boolean);
}

describe('the script-tag bundle in the story language', () => {
  for (const lang of ['de', 'fr', 'es', 'ar', 'he', 'ja']) {
    describe(lang, () => {
      let widgets: Widget[];
      let pack: string;
      after(removeAll);
      before(async () => {
        widgets = await showAll(storyIn(lang));
        pack = await (await fetch(`/dist/locales/${lang}.js?as-text`)).text();
      });
      const widget = (tag: string) => widgets.find((w) => w.localName === tag)!;
      const $ = (tag: string, selector: string) => widget(tag).shadowRoot!.querySelector(selector)!;

      it('fetched its pack from beside the bundle, once', () => {
        expect(packsFetched().filter((path) => path === `/dist/locales/${lang}.js`)).to.have.length(1);
      });

      it('shows no English label in any widget', () => {
        for (const w of widgets) expect(englishIn(w, pack), w.localName).to.deep.equal([]);
        expect(english.length).to.be.greaterThan(30); // the check has words to look for
      });

      it('writes the date, counts and percentages as the language does', () => {
        const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date('2026-03-14'),
        );
        expect(shown(widget('story-summary'))).to.contain(spaced(date));
        expect(shown(widget('story-summary'))).to.contain(spaced(new Intl.NumberFormat(lang).format(1200)));
        const legend = spaced($('source-list', '[part~="legend"]').textContent!);
        const percent = new Intl.NumberFormat(lang, { style: 'percent' });
        for (const share of [0.17, 0.5, 0.33]) expect(legend).to.contain(spaced(percent.format(share)));
        expect(legend).to.contain(new Intl.NumberFormat(lang).format(3));
      });

      const rtl = lang === 'ar' || lang === 'he';
      it(rtl ? 'runs right to left, arrows pointing left' : 'runs left to right, arrows pointing right', () => {
        for (const w of widgets)
          expect(w.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir'), w.localName).to.equal(
            rtl ? 'rtl' : 'ltr',
          );
        const arrow = getComputedStyle($('source-list', '.arrow')).transform;
        expect(arrow).to.equal(rtl ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
      });

      it('keeps outlet names, numbers and words in reading order', () => {
        const link = $('source-list', 'a[part~="link"]');
        const outlet = link.querySelector('bdi')!;
        expect(outlet.textContent).to.equal(seed.sources[0]!.outlet);
        const words = [...link.childNodes].find(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
        )!;
        // The label's own words come first in reading order: to the right of the outlet in RTL, else to its left
        // (or around it, in languages that put the name first, such as Japanese).
        const [first, second] =
          link.textContent!.indexOf(outlet.textContent!) < link.textContent!.indexOf(words.textContent!.trim())
            ? [rectOf(outlet), rectOf(words)]
            : [rectOf(words), rectOf(outlet)];
        if (rtl) expect(first.left).to.be.greaterThan(second.left);
        else expect(first.left).to.be.lessThan(second.left);
        // The legend's "Center | 3 | 50 %" columns: the lean name, then its count, in the language's direction.
        const name = $('source-list', '[part~="legend"] .lean-center');
        const count = name.nextElementSibling!;
        expect(count.textContent).to.equal(new Intl.NumberFormat(lang).format(3));
        const [nameBox, countBox] = [rectOf(name), rectOf(count)];
        if (rtl) expect(nameBox.left).to.be.greaterThan(countBox.left);
        else expect(nameBox.left).to.be.lessThan(countBox.left);
      });

      it('is accessible', async () => {
        for (const w of widgets) await expect(w).to.be.accessible();
      });
    });
  }
});

describe('the script-tag bundle choosing a language', () => {
  afterEach(removeAll);

  it('gives a pt-BR story the Portuguese pack', async () => {
    const [summary, , sources] = await showAll(storyIn('pt-BR'));
    expect(shown(sources!)).to.contain('Fontes').and.contain('Centro-direita');
    expect(shown(summary!)).to.contain('Atualizado em');
    expect(packsFetched()).to.include('/dist/locales/pt.js').and.not.include('/dist/locales/pt-BR.js');
  });

  it('takes the nearest lang around a widget when the story has none', async () => {
    const { lang: _, ...unmarked } = storyIn('de');
    const [, , sources] = await showAll(unmarked, 'fr-CA');
    expect(shown(sources!)).to.contain('Lire sur').and.contain('Centre droit');
  });

  it('shows an unknown language in English, with one warning and no error', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const widgets = [...(await showAll(storyIn('xx'))), ...(await showAll(storyIn('xx-YY')))];
      for (const w of widgets) expect(w.shadowRoot!.querySelector('[role="alert"]'), w.localName).to.equal(null);
      expect(shown(widgets[2]!)).to.contain('Sources').and.contain('Read on');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('"xx"');
    expect(packsFetched().filter((path) => path.includes('xx'))).to.deep.equal([]);
  });

  it('shows no English while a pack loads: the first frame with words is in the language', async () => {
    const container = document.createElement('div');
    containers.push(container);
    const summary = Object.assign(document.createElement('source-list'), { story: storyIn('nl') }) as Widget;
    container.append(summary);
    const worded = await framesUntilLoaded(
      summary,
      () => document.body.append(container),
      () => shown(summary),
    );
    expect(worded.length).to.be.greaterThan(0);
    for (const frame of worded) expect(frame).to.contain('Bronnen').and.not.contain('Sources');
  });

  it('gives a lazy widget its pack before its first render, once it nears the viewport', async () => {
    const container = document.createElement('div');
    container.style.marginBlockStart = '300vh';
    containers.push(container);
    const list = Object.assign(document.createElement('source-list'), {
      src: '/faults/story?key=lazy-it&lang=it',
      loading: 'lazy',
    }) as Widget;
    container.append(list);
    document.body.append(container);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const log = async () => (await (await fetch('/faults/log?key=lazy-it')).json()).requests;
    expect(await log()).to.equal(0); // still lazy: nothing fetched while it is far from the viewport
    // The story's own frame (the loading state before it speaks the page's language, as it should).
    const storyFrame = () => spaced(list.shadowRoot!.querySelector('section[part~="base"]')?.textContent ?? '');
    const worded = await framesUntilLoaded(list, () => list.scrollIntoView(), storyFrame);
    expect(worded.length).to.be.greaterThan(0);
    for (const frame of worded) expect(frame).to.contain('Fonti').and.not.contain('Sources');
    expect(packsFetched()).to.include('/dist/locales/it.js');
  });
});
