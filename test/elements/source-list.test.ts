import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { $, $$, loaded, seed, seedCopy } from '../helpers.js';
import { shown } from '../reader.js';

const LEAN_TEXT = {
  left: 'Left',
  'lean-left': 'Lean Left',
  center: 'Center',
  'lean-right': 'Lean Right',
  right: 'Right',
  unrated: 'Not rated',
};

describe('<source-list>', () => {
  it('lists the six sources by number, each with outlet, lean as text and headline', async () => {
    const { el } = await loaded(html`<source-list .story=${seed}></source-list>`);
    expect(shown($(el, 'h2[part~="heading"]'))).to.equal('Sources');
    const items = $$(el, 'ol[part~="list"] > li');
    expect(items).to.have.length(6);
    seed.sources!.forEach((source, i) => {
      const item = items[i] as HTMLLIElement;
      expect(item.value, 'numbered by source id').to.equal(source.id);
      expect(shown(item.querySelector('[part~="outlet"]'))).to.equal(source.outlet);
      expect(shown(item.querySelector('[part~="lean"]'))).to.equal(LEAN_TEXT[source.lean!]);
      expect(shown(item.querySelector('[part~="headline"]'))).to.equal(source.headline);
      expect(item.querySelector('a'), 'the seed has no urls: no invented links').to.equal(null);
    });
  });

  it('numbers sources by their own ids, even with gaps', async () => {
    const story = seedCopy();
    story.sources = [
      { id: 4, outlet: 'A', headline: 'a' },
      { id: 10, outlet: 'B', headline: 'b' },
    ];
    const { el } = await loaded(html`<source-list .story=${story}></source-list>`);
    expect($$(el, 'ol > li').map((li) => (li as HTMLLIElement).value)).to.deep.equal([4, 10]);
  });

  it('writes out the lean distribution as counts and percentages', async () => {
    const { el } = await loaded(html`<source-list .story=${seed}></source-list>`);
    const legend = $(el, 'ul[part~="legend"]')!;
    expect(legend.getAttribute('aria-label')).to.equal('Political lean of the sources');
    expect([...legend.querySelectorAll('li')].map(shown)).to.deep.equal([
      'Lean Left: 1 (17%)',
      'Center: 3 (50%)',
      'Lean Right: 2 (33%)',
    ]);
    expect(
      $(el, 'svg[part~="bar"]')!.getAttribute('aria-hidden'),
      'the bar repeats the legend for the eye only',
    ).to.equal('true');
    expect($$(el, 'svg[part~="bar"] rect')).to.have.length(3);
  });

  it('counts sources without a lean as "Not rated"', async () => {
    const story = seedCopy();
    story.sources = [
      { id: 1, outlet: 'A', headline: 'a' },
      { id: 2, outlet: 'B', headline: 'b', lean: 'left' },
    ];
    const { el } = await loaded(html`<source-list .story=${story}></source-list>`);
    expect($$(el, '[part~="legend"] li').map(shown)).to.deep.equal(['Left: 1 (50%)', 'Not rated: 1 (50%)']);
    expect(shown($(el, 'ol li [part~="lean"]'))).to.equal('Not rated');
  });

  it('links "Read on {outlet}" to an http(s) url, opening safely in a new tab, and says so', async () => {
    const story = seedCopy();
    story.sources![1]!.url = 'https://time.com/sb-1047';
    story.sources![2]!.url = 'javascript:alert(document.cookie)';
    const warn = console.warn;
    console.warn = () => {};
    try {
      const { el } = await loaded(html`<source-list .story=${story}></source-list>`);
      const links = $$(el, 'ol a');
      expect(links).to.have.length(1);
      const link = links[0] as HTMLAnchorElement;
      expect(link.href).to.equal('https://time.com/sb-1047');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(shown(link)).to.equal('Read on Time (opens in a new tab) →');
    } finally {
      console.warn = warn;
    }
  });

  it('names the lean rating provider, linked when it has a url', async () => {
    const story = {
      ...seedCopy(),
      leanRatings: { provider: 'AllSides', url: 'https://www.allsides.com/media-bias/ratings' },
    };
    const { el } = await loaded(html`<source-list .story=${story}></source-list>`);
    const ratedBy = $(el, '[part~="rated-by"]')!;
    expect(shown(ratedBy)).to.equal('Lean ratings by AllSides');
    expect(ratedBy.querySelector('a')!.getAttribute('href')).to.equal('https://www.allsides.com/media-bias/ratings');
    const plain = await loaded(
      html`<source-list .story=${{ ...seedCopy(), leanRatings: { provider: 'Ad Fontes' } }}></source-list>`,
    );
    expect(shown($(plain.el, '[part~="rated-by"]'))).to.equal('Lean ratings by Ad Fontes');
    expect($(plain.el, '[part~="rated-by"] a')).to.equal(null);
  });

  it('shows translated labels, including lean names and the link text', async () => {
    const story = seedCopy();
    story.sources![0]!.url = 'https://reason.com/a';
    const labels = {
      sources: 'Quellen',
      readOn: 'Weiterlesen bei {outlet}',
      'lean.lean-right': 'Mitte-rechts',
      leanShare: '{lean}: {percent} % ({count})',
    };
    const { el } = await loaded(html`<source-list .labels=${labels} .story=${story}></source-list>`);
    expect(shown($(el, 'h2'))).to.equal('Quellen');
    expect(shown($(el, 'ol a'))).to.contain('Weiterlesen bei Reason');
    expect(shown($(el, 'ol li [part~="lean"]'))).to.equal('Mitte-rechts');
    expect($$(el, '[part~="legend"] li').map(shown)).to.include('Mitte-rechts: 33 % (2)');
  });

  it('heading-level 1 gives an h1', async () => {
    const { el } = await loaded(html`<source-list heading-level="1" .story=${seed}></source-list>`);
    expect(shown($(el, 'h1'))).to.equal('Sources');
  });

  it('shows an empty list without a distribution for a story without sources', async () => {
    const { el } = await loaded(html`<source-list .story=${{ id: 'x', title: 'No sources' }}></source-list>`);
    expect($(el, '[part~="distribution"]')).to.equal(null);
    expect($$(el, 'ol > li')).to.have.length(0);
  });
});
