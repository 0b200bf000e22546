import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../../src/index.js';
import { $, $$, loaded, seed, seedCopy, settled } from '../helpers.js';
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

  it('shows all five leans of the scale in order, the empty ones with 0, percentages adding up to 100', async () => {
    const { el } = await loaded(html`<source-list .story=${seed}></source-list>`);
    const legend = $(el, 'ul[part~="legend"]')!;
    expect(legend.getAttribute('aria-label')).to.equal('Political lean of the sources');
    const rows = [...legend.querySelectorAll('button[part~="filter"]')];
    expect(
      rows.map((row) => shown(row.querySelector('.visually-hidden'))),
      'one sentence per lean',
    ).to.deep.equal(['Left: 0 (0%)', 'Lean Left: 1 (17%)', 'Center: 3 (50%)', 'Lean Right: 2 (33%)', 'Right: 0 (0%)']);
    const percents = rows.map((row) => parseInt(shown(row.querySelectorAll('.count')[1]!), 10));
    expect(percents.reduce((a, b) => a + b)).to.equal(100);
    expect(shown($(el, '.ends')), 'the ends of the scale are labelled').to.equal('Left Right');
    const bar = $(el, 'svg[part~="bar"]')!;
    expect(bar.getAttribute('aria-hidden'), 'the bar repeats the legend for the eye only').to.equal('true');
    expect(bar.querySelectorAll('rect.track'), 'five slots, empty ones too').to.have.length(5);
  });

  it('an 8-source story adds up to exactly 100%, not 101', async () => {
    const story = seedCopy();
    const leans = ['left', 'left', 'left', 'center', 'center', 'center', 'right', 'right'] as const;
    story.sources = leans.map((lean, i) => ({ id: i + 1, outlet: `O${i}`, headline: 'h', lean }));
    const { el } = await loaded(html`<source-list .story=${story}></source-list>`);
    const percents = $$(el, '[part~="filter"]').map((row) => parseInt(shown(row.querySelectorAll('.count')[1]!), 10));
    expect(percents).to.deep.equal([38, 0, 37, 0, 25]);
  });

  it('counts sources without a lean as "Not rated", apart from the scale', async () => {
    const story = seedCopy();
    story.sources = [
      { id: 1, outlet: 'A', headline: 'a' },
      { id: 2, outlet: 'B', headline: 'b', lean: 'left' },
      { id: 3, outlet: 'C', headline: 'c', lean: 'unrated' },
    ];
    const { el } = await loaded(html`<source-list .story=${story}></source-list>`);
    const sentences = $$(el, '[part~="filter"] .visually-hidden').map(shown);
    expect(sentences[0], 'the scale is of the rated sources').to.equal('Left: 1 (100%)');
    expect(sentences.slice(1, 5).every((text) => text.endsWith(': 0 (0%)'))).to.equal(true);
    expect(sentences[5]).to.equal('Not rated: 2, not on the scale');
    expect($(el, '[part~="legend"] li:last-child')!.className, 'its own row, set apart').to.equal('apart');
    const drawn = $$(el, 'svg[part~="bar"] rect:not(.track)').map((rect) => rect.getAttribute('class'));
    expect(drawn, 'not a segment of the bar').not.to.include('lean-unrated');
    expect(shown($(el, 'ol li [part~="lean"]'))).to.equal('Not rated');
  });

  it('flags one-sided coverage on the scale it describes', async () => {
    const story = seedCopy();
    story.sources!.forEach((source) => (source.lean = source.id < 5 ? 'left' : 'center'));
    const { el } = await loaded(html`<source-list .story=${story}></source-list>`);
    const flag = $(el, '[part~="distribution"] [part~="flag"]')!;
    expect(shown(flag)).to.equal('One-sided coverage: 4 of 6 rated sources lean left.');
    const seedList = await loaded(html`<source-list .story=${seed}></source-list>`);
    expect($(seedList.el, '[part~="flag"]'), 'the seed is not one-sided').to.equal(null);
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
    expect($$(el, '[part~="legend"] .visually-hidden').map(shown)).to.include('Mitte-rechts: 33 % (2)');
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

/** What a reader sees of the list: the outlets of the items shown. */
const outlets = (el: HTMLElement) => $$(el, 'ol[part~="list"] > li [part~="outlet"]').map(shown);
const filterButton = (el: HTMLElement, lean: string) =>
  $$(el, 'button[part~="filter"]').find((button) => shown(button.querySelector('.lean')) === lean)!;

describe('<source-list> filters by lean', () => {
  it('"Lean Right" leaves exactly the lean-right sources, says how many, and "Show all" restores them', async () => {
    const { el } = await loaded<HTMLElement>(html`<source-list .story=${seed}></source-list>`);
    const leanRight = filterButton(el, 'Lean Right');
    expect(leanRight.getAttribute('aria-pressed')).to.equal('false');
    leanRight.click();
    await settled(el);
    expect(outlets(el)).to.deep.equal(['Reason', 'R Street Institute']);
    expect(filterButton(el, 'Lean Right').getAttribute('aria-pressed')).to.equal('true');
    expect(el.getAttribute('filter'), 'reflected for the page').to.equal('lean-right');
    const status = $(el, '[part~="status"]')!;
    expect(status.getAttribute('role'), 'announced politely').to.equal('status');
    expect(shown(status)).to.equal('Showing 2 of 6 sources');
    $(el, 'button[part~="show-all"]')!.click();
    await settled(el);
    expect(outlets(el)).to.have.length(6);
    expect(el.hasAttribute('filter')).to.equal(false);
    expect(shown(status), 'the count is said again').to.equal('Showing 6 of 6 sources');
  });

  it('several leans can be on at once, and a second press turns one off', async () => {
    const { el } = await loaded<HTMLElement>(html`<source-list .story=${seed}></source-list>`);
    filterButton(el, 'Lean Left').click();
    filterButton(el, 'Lean Right').click();
    await settled(el);
    expect(outlets(el)).to.deep.equal(['Reason', 'Time', 'R Street Institute']);
    expect(el.getAttribute('filter')).to.equal('lean-left lean-right');
    filterButton(el, 'Lean Left').click();
    await settled(el);
    expect(outlets(el)).to.deep.equal(['Reason', 'R Street Institute']);
  });

  it('works from the keyboard: the filters are buttons in the tab order', async () => {
    const { el } = await loaded<HTMLElement>(html`<source-list .story=${seed}></source-list>`);
    const center = filterButton(el, 'Center');
    expect(center.tagName).to.equal('BUTTON');
    expect(center.tabIndex).to.equal(0);
    center.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(outlets(el)).to.deep.equal(['Nextgov/FCW', 'TechPolicy.Press', 'ProMarket']);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(outlets(el)).to.have.length(6);
  });

  it('filter="left center" set by the page shows the left and center sources', async () => {
    const { el } = await loaded<HTMLElement>(html`<source-list filter="left center" .story=${seed}></source-list>`);
    expect(outlets(el)).to.deep.equal(['Nextgov/FCW', 'TechPolicy.Press', 'ProMarket']);
    expect(filterButton(el, 'Left').getAttribute('aria-pressed')).to.equal('true');
    expect(filterButton(el, 'Center').getAttribute('aria-pressed')).to.equal('true');
    expect(shown($(el, '[part~="status"]'))).to.equal('Showing 3 of 6 sources');
    el.setAttribute('filter', 'right nonsense');
    await settled(el);
    expect(outlets(el), 'unknown words are ignored; no right sources: none shown').to.deep.equal([]);
    el.removeAttribute('filter');
    await settled(el);
    expect(outlets(el)).to.have.length(6);
  });
});

/** Sources of every kind, on two sides only, one unrated. */
function sidedStory() {
  const story = seedCopy();
  story.sources = [
    { id: 1, outlet: 'Left Daily', lean: 'left', headline: 'Left one', type: 'opinion', paywalled: true },
    { id: 2, outlet: 'Lean Left Times', lean: 'lean-left', headline: 'Lean left one', publishedAt: '2026-03-02' },
    {
      id: 3,
      outlet: 'Center Post',
      lean: 'center',
      headline: 'Center one',
      type: 'factcheck',
      url: 'https://c.example/3',
    },
    { id: 4, outlet: 'Nobody Knows', headline: 'Unrated one', type: 'press-release' },
  ];
  return story;
}

describe('<source-list layout="sides">', () => {
  it('groups every source under its side, in Left, Center, Right order, unrated after them', async () => {
    const { el } = await loaded<HTMLElement>(html`<source-list layout="sides" .story=${sidedStory()}></source-list>`);
    const sides = $$(el, '[part~="side"]');
    expect(sides.map((side) => shown(side.querySelector('h3')))).to.deep.equal([
      'Left',
      'Center',
      'Right',
      'Not rated',
    ]);
    const outletsIn = (side: HTMLElement) => [...side.querySelectorAll('[part~="outlet"]')].map(shown);
    expect(outletsIn(sides[0]!)).to.deep.equal(['Left Daily', 'Lean Left Times']);
    expect(outletsIn(sides[1]!)).to.deep.equal(['Center Post']);
    expect(outletsIn(sides[3]!)).to.deep.equal(['Nobody Knows']);
    expect(shown(sides[0]!.querySelector('li')), 'headline, outlet and [n]').to.match(/^Left one Left Daily \[1\]/);
    expect(shown(sides[2]!.querySelector('[part~="side-empty"]'))).to.equal(
      'No coverage from the right in this story.',
    );
    expect($(el, 'ol[part~="list"]'), 'no list as well').to.equal(null);
  });

  it('stacks the sides on a narrow screen and puts Left at the start of the reading direction', async () => {
    const wide = await loaded<HTMLElement>(
      html`<div style="width: 900px"><source-list layout="sides" .story=${sidedStory()}></source-list></div>`,
    );
    const [left, center] = $$(wide.el.firstElementChild as HTMLElement, '[part~="side"]');
    expect(left!.getBoundingClientRect().top, 'side by side').to.equal(center!.getBoundingClientRect().top);
    expect(left!.getBoundingClientRect().left).to.be.below(center!.getBoundingClientRect().left);
    const narrow = await loaded<HTMLElement>(
      html`<div style="width: 320px"><source-list layout="sides" .story=${sidedStory()}></source-list></div>`,
    );
    const [nLeft, nCenter] = $$(narrow.el.firstElementChild as HTMLElement, '[part~="side"]');
    expect(nLeft!.getBoundingClientRect().bottom, 'stacked').to.be.at.most(nCenter!.getBoundingClientRect().top);
    const rtl = await loaded<HTMLElement>(
      html`<div style="width: 900px"><source-list layout="sides" .story=${{ ...sidedStory(), lang: 'ar' }}></source-list></div>`,
    );
    const [rLeft, rCenter] = $$(rtl.el.firstElementChild as HTMLElement, '[part~="side"]');
    expect(rLeft!.getBoundingClientRect().left, 'Left on the right in Arabic').to.be.above(
      rCenter!.getBoundingClientRect().left,
    );
  });
});

describe('<source-list> kinds of source', () => {
  it('shows type, subscription and publication date as text, in the list and the sides view', async () => {
    for (const layout of ['list', 'sides']) {
      const { el } = await loaded<HTMLElement>(
        html`<source-list layout=${layout} .story=${sidedStory()}></source-list>`,
      );
      const metas = $$(el, '[part~="meta"]').map(shown);
      expect(metas, layout).to.deep.equal([
        'Opinion Subscription',
        'Published March 2, 2026',
        'Fact check',
        'Press release',
      ]);
      expect($(el, '[part~="meta"] time')!.getAttribute('datetime')).to.equal('2026-03-02');
    }
  });

  it('sorts by lean or by date when asked, by id otherwise', async () => {
    const story = sidedStory();
    story.sources!.reverse();
    story.sources![0]!.publishedAt = '2026-01-01';
    const ids = async (sort?: string) => {
      const { el } = await loaded<HTMLElement>(
        html`<source-list sort=${sort ?? nothing} .story=${story}></source-list>`,
      );
      return $$(el, 'ol > li').map((li) => Number(li.dataset.n));
    };
    expect(await ids()).to.deep.equal([1, 2, 3, 4]);
    expect(await ids('lean')).to.deep.equal([1, 2, 3, 4]);
    expect(await ids('date'), 'newest first, undated last').to.deep.equal([2, 4, 1, 3]);
  });
});

describe('<source-list> new states: no axe violations', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: filters on, one-sided flag, sides view with empty sides, kinds and paywalls`, async () => {
      const story = sidedStory();
      story.sources!.push({ id: 5, outlet: 'More Left', lean: 'left', headline: 'More' });
      const { el } = await loaded<HTMLElement>(
        html`<div>
          <source-list theme=${theme} filter="left" .story=${story}></source-list>
          <source-list theme=${theme} layout="sides" .story=${story}></source-list>
        </div>`,
      );
      await settled(el);
      for (const list of el.querySelectorAll('source-list')) {
        expect($(list, '[part~="flag"]'), 'one-sided').not.to.equal(null);
        await expect(list).to.be.accessible();
      }
    });
  }
});
