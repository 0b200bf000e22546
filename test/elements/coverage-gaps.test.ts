import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Lean, Story } from '../../src/index.js';
import { $, $$, loaded, seed, seedCopy } from '../helpers.js';
import { shown } from '../reader.js';

const withLeans = (...leans: Lean[]): Story => ({
  ...seedCopy(),
  sources: leans.map((lean, i) => ({ id: i + 1, outlet: `Outlet ${i + 1}`, headline: 'h', lean })),
});

describe('<coverage-gaps>', () => {
  it('lists what is not represented in the seed, under its heading', async () => {
    const { el } = await loaded(html`<coverage-gaps .story=${seed}></coverage-gaps>`);
    expect(shown($(el, 'h2[part~="heading"]'))).to.equal("What's not represented");
    expect($$(el, 'ul[part~="list"] > li').map(shown)).to.deep.equal(seed.notRepresented);
  });

  it('adds no one-sided notice for the seed (2 of 6 rated sources on one side)', async () => {
    const { el } = await loaded(html`<coverage-gaps .story=${seed}></coverage-gaps>`);
    expect($(el, '[part~="notice"]')).to.equal(null);
  });

  it('says so when two thirds or more of at least 3 rated sources lean left', async () => {
    const { el } = await loaded(
      html`<coverage-gaps .story=${withLeans('left', 'lean-left', 'center', 'unrated')}></coverage-gaps>`,
    );
    expect(shown($(el, '[part~="notice"]'))).to.equal('One-sided coverage: 2 of 3 rated sources lean left.');
  });

  it('says so when they lean right', async () => {
    const { el } = await loaded(
      html`<coverage-gaps .story=${withLeans('right', 'right', 'lean-right', 'lean-right', 'left')}></coverage-gaps>`,
    );
    expect(shown($(el, '[part~="notice"]'))).to.equal('One-sided coverage: 4 of 5 rated sources lean right.');
  });

  it('stays quiet below the rule: fewer than 3 rated, or under two thirds', async () => {
    for (const story of [withLeans('left', 'left', 'unrated'), withLeans('left', 'lean-left', 'center', 'right')]) {
      const { el } = await loaded(html`<coverage-gaps .story=${story}></coverage-gaps>`);
      expect($(el, '[part~="notice"]')).to.equal(null);
    }
  });

  it('says when no gap is listed', async () => {
    const { el } = await loaded(html`<coverage-gaps .story=${{ id: 'x', title: 'Complete' }}></coverage-gaps>`);
    expect(shown($(el, '[part~="empty"]'))).to.equal('No gaps in coverage were noted.');
  });

  it('shows translated labels', async () => {
    const labels = {
      notRepresented: 'Was fehlt',
      oneSidedLeft: 'Einseitig: {count} von {rated} Quellen stehen links.',
    };
    const { el } = await loaded(
      html`<coverage-gaps .labels=${labels} .story=${withLeans('left', 'left', 'left')}></coverage-gaps>`,
    );
    expect(shown($(el, 'h2'))).to.equal('Was fehlt');
    expect(shown($(el, '[part~="notice"]'))).to.equal('Einseitig: 3 von 3 Quellen stehen links.');
  });

  it('heading-level 3 gives an h3', async () => {
    const { el } = await loaded(html`<coverage-gaps heading-level="3" .story=${seed}></coverage-gaps>`);
    expect(shown($(el, 'h3'))).to.equal("What's not represented");
  });
});
