// A publisher's page that loads nothing of ours but the script-tag bundle
// (dist/viewpoint-cards.js, built by `npm run build` before the tests run).
// Nothing here imports src/: the test tools are the only other code.
import { assert, expect, oneEvent } from '@open-wc/testing';
// Types only (erased): the page loads nothing of ours but the bundle.
import type { PrerenderedTag } from '../../src/registry.js';

const BUNDLE = '/dist/viewpoint-cards.js';
type Widget = HTMLElement & { story?: unknown; theme?: string; updateComplete: Promise<unknown> };

before(async () => {
  await import(/* @vite-ignore */ BUNDLE);
});

/** A story nobody here has seen: other ids, other counts, several scripts, right to left when asked. */
function unseenStory(lang = 'de-CH') {
  const outlets = [
    'Zürcher Blatt',
    'Le Matin Ω',
    '東京新聞',
    'Ελληνική Ώρα',
    'Diário 🌍',
    'Río Abajo',
    'Nordlys',
    'Ōsaka Review',
    'Quiet Wire',
  ];
  const leans = [
    'left',
    'left',
    'lean-left',
    'center',
    'lean-right',
    'right',
    'unrated',
    'center',
    'lean-left',
  ] as const;
  const sources = outlets.map((outlet, i) => ({
    id: 10 + i * 7,
    outlet,
    lean: leans[i],
    headline: `Schlagzeile Nº ${i + 1}: „Wasserrechte“ — ${outlet}`,
    ...(i % 2 ? {} : { url: `https://press.example/${encodeURIComponent(outlet)}/${i}` }),
  }));
  return {
    version: 1,
    id: `wasser-${lang}`,
    title: 'Wer besitzt das Wasser der Alpen? 💧',
    lang,
    topic: 'Umwelt',
    summary: 'Gletscher schmelzen, Kantone streiten — und Stauseebetreiber verdienen.',
    updatedAt: '2026-03-14T09:26:53+01:00',
    perspectives: [
      { label: 'Bergkantone', summary: 'Das Wasser gehört denen, die am Berg leben.' },
      { label: 'Stromwirtschaft', summary: 'Speicher sichern den Winterstrom.' },
    ],
    notRepresented: ['Fischerei am Unterlauf', 'Nachbarländer flussabwärts', 'Kommende Generationen'],
    whyItMatters: 'Ohne Gletscher fehlt im Sommer das Schmelzwasser.',
    body: [
      `Die Pegel sinken [${sources[0]!.id}] und die Preise steigen [${sources[3]!.id}].`,
      'Ein Verweis ohne Quelle [999] bleibt Text.',
    ],
    viewpoints: [
      {
        id: 'berg',
        name: 'Bergbevölkerung',
        stance: 'Mehr Mitsprache.',
        detail: 'Wasserzins als Einnahme.',
        sourceIds: [sources[0]!.id],
      },
      {
        id: 'strom',
        name: 'Energieversorger',
        stance: 'Planungssicherheit.',
        sourceIds: [sources[4]!.id, sources[5]!.id],
      },
      { id: 'natur', name: 'Naturschutz', stance: 'Restwasser schützen.' },
      { id: 'bund', name: 'Bundesamt', stance: 'Koordinieren.', detail: 'Neue Strategie bis 2030.' },
    ],
    sources,
    related: [{ title: 'Gletscherinitiative angenommen', topic: 'Umwelt', sourceCount: 1 }],
    leanRatings: { provider: 'Medienmonitor' },
    someFutureField: { ignored: true },
  };
}

/** Swiss German percentages, as the browser writes them. */
const pct = (share: number) => new Intl.NumberFormat('de-CH', { style: 'percent' }).format(share);

/** What each widget must show of the unseen story (in Swiss German, from the German pack; the type makes it name every widget in src/registry.ts). */
const MUST_SHOW: Record<PrerenderedTag, string[]> = {
  'story-summary': [
    'Wer besitzt das Wasser der Alpen? 💧',
    'Stromwirtschaft',
    'Ein Verweis ohne Quelle [999] bleibt Text.',
    '1 Quelle',
  ],
  'viewpoint-card': ['Bergbevölkerung', 'Energieversorger', 'Naturschutz', 'Bundesamt', 'Diário 🌍', 'Río Abajo'],
  'source-list': [
    '東京新聞',
    'Ελληνική Ώρα',
    `Mitte-links: 2 (${pct(0.25)})`,
    `Mitte-rechts: 1 (${pct(0.13)})`,
    `Rechts: 1 (${pct(0.12)})`,
    'Nicht eingeordnet: 1, nicht auf der Skala',
    'Einordnung der Ausrichtung: Medienmonitor',
  ],
  'coverage-gaps': ['Fischerei am Unterlauf', 'Nachbarländer flussabwärts', 'Kommende Generationen'],
};
const TAGS = Object.keys(MUST_SHOW) as PrerenderedTag[];

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((container) => container.remove()));

/** Appends `nodes` to the page in a fresh container and waits for `type` from inside it. */
async function show(type: 'story-load' | 'story-error', ...nodes: Node[]) {
  const container = document.createElement('div');
  containers.push(container);
  const event = oneEvent(container, type) as Promise<CustomEvent>;
  container.append(...nodes);
  document.body.append(container);
  const { detail } = await event;
  await Promise.all([...container.querySelectorAll('*')].map((el) => (el as Widget).updateComplete));
  return { container, detail };
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

function element(tag: string, attributes: Record<string, string> = {}, inlineJson?: string): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (inlineJson !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = inlineJson;
    el.append(script);
  }
  return el;
}

/** The unseen story served over HTTP-like fetch from a Blob URL, so `src` reads it as a stream with a JSON type. */
function storyUrl(story: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(story)], { type: 'application/json' }));
}

const INPUT_PATHS: Record<string, (tag: string, theme: string) => Node[]> = {
  'the story property': (tag, theme) => [Object.assign(element(tag, { theme }), { story: unseenStory() })],
  'the src attribute': (tag, theme) => [element(tag, { theme, src: storyUrl(unseenStory()) })],
  'an inline JSON child': (tag, theme) => [element(tag, { theme }, JSON.stringify(unseenStory()))],
  'a story-provider': (tag, theme) => {
    const provider = element('story-provider', { src: storyUrl(unseenStory()) });
    const wrapper = document.createElement('div');
    wrapper.append(element(tag, { theme }));
    provider.append(wrapper);
    return [provider];
  },
};

describe('the script-tag bundle alone', () => {
  it('registers all five elements', () => {
    for (const tag of [...TAGS, 'story-provider']) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('is the only code of ours on the page (with the one label pack its stories need)', async () => {
    await show('story-load', Object.assign(element('source-list'), { story: unseenStory() }));
    const ours = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => /^\/(src|dist)\//.test(path));
    expect(ours).to.deep.equal([BUNDLE, '/dist/locales/de.js']);
  });

  for (const [path, build] of Object.entries(INPUT_PATHS)) {
    for (const theme of ['light', 'dark']) {
      for (const tag of TAGS) {
        it(`<${tag}> shows an unseen story through ${path}, accessible in the ${theme} theme`, async () => {
          const { container } = await show('story-load', ...build(tag, theme));
          const widget = container.querySelector(tag)!;
          for (const fact of MUST_SHOW[tag])
            expect(text(widget).includes(fact), `${tag} shows "${fact}"`).to.equal(true);
          await expect(widget).to.be.accessible();
        });
      }
    }
  }

  it('writes an Arabic story right to left', async () => {
    const { container } = await show(
      'story-load',
      Object.assign(element('story-summary'), { story: unseenStory('ar-EG') }),
    );
    const base = container.querySelector('story-summary')!.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
  });

  it('turns citations into buttons that reveal their source', async () => {
    const { container } = await show('story-load', Object.assign(element('story-summary'), { story: unseenStory() }));
    const widget = container.querySelector('story-summary') as Widget;
    const buttons = widget.shadowRoot!.querySelectorAll('button');
    expect(buttons).to.have.length(2);
    buttons[0]!.click();
    await widget.updateComplete;
    expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(text(widget)).to.contain('Zürcher Blatt').and.contain('Weiterlesen bei Zürcher Blatt');
  });

  describe('shows an error, with a story-error event, for each kind of bad input', () => {
    const bad: [string, () => Widget, string][] = [
      [
        'a story object in the wrong shape',
        () => Object.assign(element('source-list'), { story: { ...unseenStory(), sources: [{ id: 'x' }] } }),
        'schema',
      ],
      ['inline JSON that is not JSON', () => element('coverage-gaps', {}, '{ "id": '), 'parse'],
      ['inline JSON in the wrong shape', () => element('story-summary', {}, '{"id": "", "title": 3}'), 'schema'],
      ['an HTTP error', () => element('story-summary', { src: '/faults/status/404?key=bundle-404' }), 'http'],
      ['an HTML page', () => element('viewpoint-card', { src: '/faults/html?key=bundle-html' }), 'content-type'],
      ['truncated JSON', () => element('source-list', { src: '/faults/truncated?key=bundle-cut' }), 'parse'],
      [
        'a file that is too large',
        () => element('coverage-gaps', { src: '/faults/huge?key=bundle-huge&bytes=2000000', 'max-bytes': '50000' }),
        'too-large',
      ],
      [
        'a server that never answers',
        () => element('story-summary', { src: '/faults/hang?key=bundle-hang', timeout: '250' }),
        'timeout',
      ],
      ['a server that is not there', () => element('source-list', { src: 'http://127.0.0.1:9/x.json' }), 'network'],
      [
        'an unknown viewpoint',
        () => Object.assign(element('viewpoint-card', { viewpoint: 'nobody' }), { story: unseenStory() }),
        'not-found',
      ],
    ];
    for (const [what, make, kind] of bad) {
      it(`${what}: "${kind}"`, async () => {
        const { container, detail } = await show('story-error', make());
        expect(detail.kind).to.equal(kind);
        const widget = container.firstElementChild!;
        assert.exists(widget.shadowRoot!.querySelector('[part~="error"]'));
        expect(widget.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        expect(text(widget)).to.equal('Coverage details are unavailable.');
        await expect(widget).to.be.accessible();
      });
    }
  });

  it('can be loaded a second time without throwing, and keeps working', async () => {
    const first = customElements.get('story-summary');
    await import(/* @vite-ignore */ `${BUNDLE}?again`);
    expect(customElements.get('story-summary')).to.equal(first);
    const { container } = await show('story-load', Object.assign(element('story-summary'), { story: unseenStory() }));
    expect(text(container.firstElementChild!)).to.contain('Wer besitzt das Wasser der Alpen?');
  });
});
