import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { failed, loaded, seed, seedCopy, SEED_URL, settled, shownText, unique } from '../helpers.js';
import { build, expectNothingThrownIntoThePage, mountFailed, mountLoaded, SEED_MARK, WIDGETS } from '../reader.js';

/** Counts the page's fetch calls while `run` runs. */
async function fetchesDuring<T>(run: () => Promise<T>): Promise<{ result: T; fetches: number }> {
  const original = window.fetch;
  let fetches = 0;
  window.fetch = (...args) => (fetches++, original(...args));
  try {
    return { result: await run(), fetches };
  } finally {
    window.fetch = original;
  }
}

describe('giving a widget its story', () => {
  expectNothingThrownIntoThePage();

  for (const tag of WIDGETS) {
    describe(`<${tag}>`, () => {
      it('takes the `story` property', async () => {
        const el = build(tag);
        (el as HTMLElement & { story: unknown }).story = seed;
        const { detail } = await mountLoaded(el);
        expect(detail.story.id).to.equal(seed.id);
        expect(shownText(el)).to.contain(SEED_MARK[tag]);
      });

      it('takes a `src` URL relative to the page', async () => {
        const { el, detail } = await mountLoaded(build(tag, { src: `.${SEED_URL}?${unique(tag)}` }));
        expect(detail.story.title).to.equal(seed.title);
        expect(shownText(el)).to.contain(SEED_MARK[tag]);
      });

      it('takes an inline <script type="application/json"> child, without any request', async () => {
        const { result, fetches } = await fetchesDuring(() => mountLoaded(build(tag, {}, JSON.stringify(seed))));
        expect(fetches).to.equal(0);
        expect(shownText(result.el)).to.contain(SEED_MARK[tag]);
        expect(shownText(result.el), 'the JSON itself is not shown').not.to.contain('"id"');
      });

      it('takes the story of a <story-provider> around it, however deep', async () => {
        const { el } = await loaded(html`<story-provider src=${`${SEED_URL}?${unique(tag)}`}
          ><div><section><div>${build(tag)}</div></section></div></story-provider
        >`);
        const widget = el.querySelector(tag)!;
        expect(shownText(widget)).to.contain(SEED_MARK[tag]);
      });

      it('reads an inline child added after the element is on the page, and reads it again when it changes', async () => {
        const container = document.createElement('div');
        document.body.append(container);
        try {
          const el = build(tag);
          container.append(el);
          await settled(el);
          const script = build('script', { type: 'application/json' });
          const first = oneEvent(el, 'story-load');
          el.append(script);
          script.append(JSON.stringify(seed)); // the text arrives after the element, as from a parser
          await first;
          await settled(el);
          expect(shownText(el)).to.contain(SEED_MARK[tag]);
          const second = oneEvent(el, 'story-error');
          script.firstChild!.textContent = '{ broken';
          expect(((await second) as CustomEvent).detail.kind).to.equal('parse');
        } finally {
          container.remove();
        }
      });

      it('prefers the `story` property to `src`, and `src` to an inline child', async () => {
        const inline = JSON.stringify({ ...seed, id: 'inline', notRepresented: ['inline'], title: 'inline' });
        const el = build(tag, { src: `/faults/story?key=${unique(tag)}&id=from-src` }, inline);
        const fromSrc = await mountLoaded(el);
        expect(fromSrc.detail.story.id).to.equal('from-src');
        const { detail } = await mountLoaded(
          Object.assign(build(tag, { src: SEED_URL }, inline), { story: { ...seed, id: 'from-property' } }),
        );
        expect(detail.story.id).to.equal('from-property');
      });

      it('shows a new story when the `story` property changes', async () => {
        const { el } = await loaded<HTMLElement & { story: unknown; updateComplete: Promise<unknown> }>(
          html`${Object.assign(build(tag), { story: seed })}`,
        );
        const next = seedCopy();
        Object.assign(next, { title: 'Second story' });
        next.viewpoints![1]!.name = 'Second viewpoint';
        next.sources![4]!.outlet = 'Second outlet';
        next.notRepresented![1] = 'Second gap';
        el.story = next;
        await el.updateComplete;
        expect(shownText(el)).not.to.contain(SEED_MARK[tag]);
      });

      it('says the inline JSON is not valid JSON ("parse")', async () => {
        const { el, detail } = await mountFailed(build(tag, {}, '{ "id": "x", "title": '));
        expect(detail.kind).to.equal('parse');
        expect(shownText(el)).to.equal('Coverage details are unavailable.');
      });

      it('says an inline story in the wrong shape is not in the expected format ("schema"), with paths', async () => {
        const { detail } = await mountFailed(build(tag, {}, JSON.stringify({ ...seed, sources: [{ id: 'one' }] })));
        expect(detail.kind).to.equal('schema');
        expect(detail.issues.map((issue) => issue.path.join('.'))).to.include.members([
          'sources.0.id',
          'sources.0.outlet',
          'sources.0.headline',
        ]);
      });
    });
  }

  it('resolves relative links of a src story against the story file, not the page', async () => {
    const { el } = await loaded(html`<source-list src="/test/fixtures/stories/relative-links.json"></source-list>`);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
    expect(links).to.deep.equal([
      `${location.origin}/test/fixtures/articles/one.html`,
      `${location.origin}/articles/two.html`,
    ]);
  });

  it('shows the right story on each of several widgets given different stories', async () => {
    const { el } = await loaded(html`<div>
      <story-summary .story=${{ ...seed, title: 'First' }}></story-summary>
      <story-summary .story=${{ ...seed, title: 'Second' }}></story-summary>
    </div>`);
    const [first, second] = el.querySelectorAll('story-summary');
    expect(shownText(first!)).to.contain('First');
    expect(shownText(second!)).to.contain('Second');
  });

  it('rejects a story property that is not an object', async () => {
    const { detail } = await failed(html`<source-list .story=${'{"id":"x","title":"y"}'}></source-list>`);
    expect(detail.kind).to.equal('schema');
  });
});
