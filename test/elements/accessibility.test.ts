import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Story } from '../../src/index.js';
import { $, $$, failed, loaded, seedCopy, settled, unique } from '../helpers.js';
import { announced, findAll, screenReaderView, WIDGETS, type AXNode } from '../reader.js';

/** The seed with links, a rating provider and an unrated source: every control a widget can show. */
function richStory(): Story {
  const story = seedCopy();
  story.sources!.forEach((source) => (source.url = `https://news.example/${source.id}`));
  story.sources!.push({ id: 7, outlet: 'Unrated Weekly', headline: 'A seventh view', url: 'https://weekly.example/7' });
  story.viewpoints![0]!.sourceIds = [1, 3];
  story.related![0]!.url = 'https://news.example/related/0';
  story.updatedAt = '2026-11-29';
  story.leanRatings = { provider: 'AllSides', url: 'https://www.allsides.com/media-bias/ratings' };
  return story;
}

const THEMES = ['light', 'dark'] as const;
const names = (nodes: AXNode[]) => nodes.map((node) => node.name);

describe('accessibility (axe-core)', () => {
  for (const theme of THEMES) {
    describe(`${theme} theme`, () => {
      for (const tag of WIDGETS) {
        it(`<${tag}> with a full story has no violations`, async () => {
          const { el } = await loaded(
            html`<div>${Object.assign(document.createElement(tag), { story: richStory(), theme })}</div>`,
          );
          await expect(el.firstElementChild).to.be.accessible();
        });

        it(`<${tag}> in its error state has no violations`, async () => {
          const { el } = await failed(
            html`<div>${Object.assign(document.createElement(tag), { story: { id: 'x' }, theme })}</div>`,
          );
          await expect(el.firstElementChild).to.be.accessible();
        });

        it(`<${tag}> while loading has no violations`, async () => {
          const widget = Object.assign(document.createElement(tag), { theme });
          widget.setAttribute('src', `/faults/hang?key=${unique('a11y-loading')}`);
          document.body.append(widget);
          try {
            await settled(widget);
            await expect(widget).to.be.accessible();
          } finally {
            widget.remove();
          }
        });
      }

      it('<story-summary> with a citation open has no violations', async () => {
        const { el } = await loaded(html`<story-summary theme=${theme} .story=${richStory()}></story-summary>`);
        $(el, 'button[part~="citation"]')!.click();
        await settled(el);
        await expect(el).to.be.accessible();
      });

      it('<viewpoint-card> with its details open has no violations', async () => {
        const { el } = await loaded(html`<viewpoint-card theme=${theme} .story=${richStory()}></viewpoint-card>`);
        $$(el, 'details').forEach((details) => ((details as HTMLDetailsElement).open = true));
        await expect(el).to.be.accessible();
      });

      it('the four widgets inside a <story-provider> have no violations', async () => {
        const { el } = await loaded(html`<div>
          <story-provider .story=${richStory()}>
            <story-summary theme=${theme}></story-summary><viewpoint-card theme=${theme}></viewpoint-card>
            <source-list theme=${theme}></source-list><coverage-gaps theme=${theme}></coverage-gaps>
          </story-provider>
        </div>`);
        await expect(el).to.be.accessible();
      });
    });
  }

  describe("following the reader's colour scheme (no theme attribute)", () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    // Light by default: a widget on a light-only page must not turn dark with the OS; theme="auto" opts in.
    it('stays light with prefers-color-scheme: dark, and turns dark with theme="auto", with no violations', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const { el } = await loaded(html`<div>
        <source-list .story=${richStory()}></source-list><source-list theme="auto" .story=${richStory()}></source-list>
      </div>`);
      const [plain, auto] = [...el.querySelectorAll('source-list')].map(
        (list) => getComputedStyle($(list, '[part~="base"]')!).backgroundColor,
      );
      expect(plain).to.equal('rgb(255, 255, 255)');
      expect(auto).to.equal('rgb(23, 24, 28)');
      await expect(el).to.be.accessible();
    });
  });

  it('the same widgets twice on one page (as on the demo page) have no violations', async () => {
    const { el } = await loaded(html`<div>
      ${WIDGETS.map((tag) => html`${Object.assign(document.createElement(tag), { story: richStory() })}`)}
      <story-provider .story=${richStory()}>
        <story-summary></story-summary><viewpoint-card></viewpoint-card><source-list></source-list><coverage-gaps></coverage-gaps>
      </story-provider>
    </div>`);
    await expect(el).to.be.accessible();
  });

  it('the themes really differ (the dark check is not the light one twice)', async () => {
    const { el } = await loaded(html`<div>
      <source-list theme="light" .story=${richStory()}></source-list><source-list theme="dark" .story=${richStory()}></source-list>
    </div>`);
    const [light, dark] = [...el.querySelectorAll('source-list')].map(
      (list) => getComputedStyle($(list, '[part~="base"]')!).backgroundColor,
    );
    expect(light).to.not.equal(dark);
  });
});

describe('what a screen reader gets (accessibility tree)', () => {
  it('<story-summary>: headings at the requested level, lists as lists, citations named after their source', async () => {
    const { el } = await loaded(html`<story-summary heading-level="3" .story=${richStory()}></story-summary>`);
    const tree = await screenReaderView(el);
    const headings = findAll(tree, (node) => node.role === 'heading');
    expect(headings.map((h) => [h.level, h.name])).to.deep.equal([
      [3, richStory().title],
      [4, 'Main perspectives'],
      [4, 'Why this matters'],
      [4, 'More in ai'],
    ]);
    const lists = findAll(tree, (node) => node.role === 'list');
    expect(lists.map((list) => list.children!.filter((child) => child.role === 'listitem').length)).to.deep.equal([
      3, 4,
    ]);
    const stops = await announced(el);
    expect(findAll(stops, (node) => node.role === 'heading').map((h) => h.level)).to.deep.equal([3, 4, 4, 4]);
    const citations = findAll(stops, (node) => node.role === 'button');
    expect(citations.length).to.equal(
      richStory()
        .body!.join('')
        .match(/\[\d+\]/g)!.length,
    );
    expect(citations[0]!.name).to.equal('Source 1: Reason, Lean Right');
    expect(
      citations.every((button) =>
        /^Source \d: .+, (Left|Lean Left|Center|Lean Right|Right|Not rated)$/.test(button.name),
      ),
    ).to.equal(true);
    expect(citations.every((button) => button.expanded === false)).to.equal(true);
    expect(names(findAll(stops, (node) => node.role === 'link'))).to.deep.equal([richStory().related![0]!.title]);
  });

  it('<story-summary>: an open citation is announced as expanded and its link names the outlet', async () => {
    const { el } = await loaded(html`<story-summary .story=${richStory()}></story-summary>`);
    $(el, 'button[part~="citation"]')!.click();
    await settled(el);
    const tree = await announced(el);
    const open = findAll(tree, (node) => node.role === 'button' && node.expanded === true);
    expect(names(open)).to.deep.equal(['Source 1: Reason, Lean Right']);
    expect(names(findAll(tree, (node) => node.role === 'link'))).to.include('Read on Reason (opens in a new tab)');
  });

  it('<source-list>: an ordered list of sources, a named legend, and links that say where they lead', async () => {
    const { el } = await loaded(html`<source-list heading-level="4" .story=${richStory()}></source-list>`);
    const tree = await screenReaderView(el);
    expect(findAll(tree, (node) => node.role === 'heading').map((h) => [h.level, h.name])).to.deep.equal([
      [4, 'Sources'],
    ]);
    const lists = findAll(tree, (node) => node.role === 'list');
    expect(lists.map((list) => [list.name, list.children!.length])).to.deep.equal([
      ['Political lean of the sources', 6],
      ['', 7],
    ]);
    expect(
      findAll(lists[0]!, (node) => node.role === 'StaticText')
        .map((t) => t.name)
        .join(' '),
    ).to.contain('Center: 3 (50%)');
    expect(
      names(findAll(lists[0]!, (node) => node.role === 'button')),
      'each lean a toggle named by its sentence',
    ).to.deep.equal([
      'Left: 0 (0%)',
      'Lean Left: 1 (17%)',
      'Center: 3 (50%)',
      'Lean Right: 2 (33%)',
      'Right: 0 (0%)',
      'Not rated: 1, not on the scale',
    ]);
    const links = names(findAll(await announced(el), (node) => node.role === 'link'));
    expect(links).to.deep.equal([
      'Lean ratings by AllSides',
      ...richStory().sources!.map((source) => `Read on ${source.outlet} (opens in a new tab)`),
    ]);
    expect(new Set(links).size, 'no two links share a name').to.equal(links.length);
  });

  it('<viewpoint-card>: the list heading, one heading per viewpoint one level down, cards as a list', async () => {
    const { el } = await loaded(html`<viewpoint-card heading-level="2" .story=${richStory()}></viewpoint-card>`);
    const tree = await screenReaderView(el);
    expect(findAll(tree, (node) => node.role === 'heading').map((h) => [h.level, h.name])).to.deep.equal([
      [2, 'Viewpoints in depth'],
      [3, 'Open-Source Advocates'],
      [3, 'AI Safety Researchers'],
      [3, 'Regulatory Bodies'],
    ]);
    const cards = findAll(tree, (node) => node.role === 'list')[0]!;
    expect(cards.children!.filter((child) => child.role === 'listitem')).to.have.length(3);
    // Cited sources are short: number and outlet, leading to the full entry (here, the source itself).
    expect(names(findAll(await announced(el), (node) => node.role === 'link'))).to.deep.equal([
      '[1] Reason',
      '[3] Nextgov/FCW',
    ]);
  });

  it('<coverage-gaps>: its heading and the gaps as a list', async () => {
    const { el } = await loaded(html`<coverage-gaps heading-level="5" .story=${richStory()}></coverage-gaps>`);
    const tree = await screenReaderView(el);
    expect(findAll(tree, (node) => node.role === 'heading').map((h) => [h.level, h.name])).to.deep.equal([
      [5, "What's not represented"],
    ]);
    const list = findAll(tree, (node) => node.role === 'list')[0]!;
    expect(list.children!.filter((child) => child.role === 'listitem')).to.have.length(2);
  });

  it('an error is one calm line of text, not an alert, and without jargon', async () => {
    const { el } = await failed(html`<source-list src="/faults/status/404?key=${unique('sr-404')}"></source-list>`);
    const tree = await screenReaderView(el);
    expect(findAll(tree, (node) => node.role === 'alert')).to.deep.equal([]);
    const text = findAll(tree, (node) => node.role === 'StaticText')
      .map((t) => t.name)
      .join(' ');
    expect(text).to.equal('Coverage details are unavailable.');
  });
});
