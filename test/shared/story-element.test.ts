import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { $, $$, failed, loaded, seed, seedCopy, shownText, unique } from '../helpers.js';
import { shown, WIDGETS } from '../reader.js';

const widget = (tag: string, props: Record<string, unknown>) =>
  html`${Object.assign(document.createElement(tag), props)}`;

/** The story the widgets show in these tests: the seed with a cited source on the first viewpoint, so every widget has sub-headings or lists. */
const story = () => {
  const copy = seedCopy();
  copy.viewpoints![0]!.sourceIds = [1];
  return copy;
};

describe('what every widget shares', () => {
  for (const tag of WIDGETS) {
    describe(`<${tag}>`, () => {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        it(`heading-level ${level}: its heading is an h${level}, and nothing is above it`, async () => {
          const { el } = await loaded(widget(tag, { story: story(), headingLevel: level }));
          const headings = $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.localName[1]));
          expect(headings[0]).to.equal(level);
          expect(Math.min(...headings)).to.equal(level);
          expect(Math.max(...headings)).to.be.at.most(Math.min(level + 1, 6));
        });
      }

      for (const bad of [0, 7, Number.NaN, -3]) {
        it(`heading-level ${bad} falls back to h2`, async () => {
          const { el } = await loaded(widget(tag, { story: story(), headingLevel: bad }));
          expect($$(el, 'h1, h2, h3, h4, h5, h6')[0]!.localName).to.equal('h2');
        });
      }

      it('takes lang and direction from the story (Urdu: right to left)', async () => {
        const { el } = await loaded(widget(tag, { story: { ...story(), lang: 'ur' } }));
        const base = $(el, '[part~="base"]')!;
        expect([base.lang, base.dir]).to.deep.equal(['ur', 'rtl']);
      });

      it('reflects theme, and shows a translated error message', async () => {
        const labels = { unavailable: 'Keine Angaben verfügbar.' };
        const { el } = await failed(
          widget(tag, { theme: 'dark', labels, src: `/faults/status/410?key=${unique(tag)}` }),
        );
        expect(el.getAttribute('theme')).to.equal('dark');
        expect(shownText(el)).to.equal('Keine Angaben verfügbar.');
      });

      it('shows a translated loading message', async () => {
        const el = Object.assign(document.createElement(tag), { labels: { loading: 'Wird geladen …' } });
        el.setAttribute('src', `/faults/hang?key=${unique('loading')}`);
        document.body.append(el);
        try {
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(shown($(el, '[role="status"]'))).to.equal('Wird geladen …');
        } finally {
          el.remove();
        }
      });
    });
  }

  it('ignores label overrides that are not text', async () => {
    const { el } = await loaded(widget('source-list', { story: seed, labels: { sources: 42, readOn: null } }));
    expect(shown($(el, 'h2'))).to.equal('Sources');
  });
});
