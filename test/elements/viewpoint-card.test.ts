import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ViewpointCard } from '../../src/index.js';
import { $, $$, failed, loaded, nextError, seed, seedCopy } from '../helpers.js';
import { shown } from '../reader.js';

describe('<viewpoint-card>', () => {
  it('without `viewpoint`, lists every viewpoint as a card: name, stance, detail in a disclosure', async () => {
    const { el } = await loaded(html`<viewpoint-card .story=${seed}></viewpoint-card>`);
    expect(shown($(el, 'h2[part~="heading"]'))).to.equal('Viewpoints in depth');
    const cards = $$(el, 'ul[part~="list"] > li[part~="card"]');
    expect(cards).to.have.length(3);
    seed.viewpoints!.forEach((viewpoint, i) => {
      const card = cards[i]!;
      expect(shown(card.querySelector('h3[part~="name"]'))).to.equal(viewpoint.name);
      expect(shown(card.querySelector('[part~="stance"]'))).to.equal(viewpoint.stance);
      const details = card.querySelector('details')!;
      expect(details.open, 'the detail starts closed').to.equal(false);
      expect(shown(details.querySelector('summary'))).to.equal('More on this viewpoint');
      expect(shown(details.querySelector('p'))).to.equal(viewpoint.detail);
    });
  });

  it('opens the detail when its summary is clicked', async () => {
    const { el } = await loaded(html`<viewpoint-card .story=${seed}></viewpoint-card>`);
    const details = $(el, 'details') as HTMLDetailsElement;
    const detail = details.querySelector('p')!;
    expect(detail.checkVisibility(), 'hidden while closed').to.equal(false);
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(detail.checkVisibility(), 'visible once open').to.equal(true);
  });

  it('viewpoint="<id>" shows that one viewpoint, its name as the heading', async () => {
    const { el } = await loaded(
      html`<viewpoint-card viewpoint="ai-safety-researchers" .story=${seed}></viewpoint-card>`,
    );
    expect($$(el, '[part~="card"]')).to.have.length(1);
    expect($(el, 'ul[part~="list"]')).to.equal(null);
    expect(shown($(el, 'h2[part~="name"]'))).to.equal('AI Safety Researchers');
    expect(shown($(el, '[part~="stance"]'))).to.equal(seed.viewpoints![1]!.stance);
  });

  it('lists the sources a viewpoint cites, with outlet, lean as text and headline', async () => {
    const story = seedCopy();
    story.viewpoints![0]!.sourceIds = [3, 1, 99];
    story.sources![0]!.url = 'https://reason.com/a';
    const { el } = await loaded(
      html`<viewpoint-card viewpoint="open-source-advocates" .story=${story}></viewpoint-card>`,
    );
    const cited = $$(el, 'ul[part~="cited"] > li');
    expect(cited.map((li) => shown(li.querySelector('[part~="outlet"]')))).to.deep.equal(
      ['Nextgov/FCW', 'Reason'],
      'unknown id 99 is skipped',
    );
    expect(shown(cited[1]!.querySelector('[part~="lean"]'))).to.equal('Lean Right');
    expect(shown(cited[1]!.querySelector('[part~="headline"]'))).to.equal(story.sources![0]!.headline);
    expect(cited[1]!.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('an unknown viewpoint id is an error state with a "not-found" story-error, not a blank', async () => {
    const { el, detail } = await failed(html`<viewpoint-card viewpoint="nobody" .story=${seed}></viewpoint-card>`);
    expect(detail.kind).to.equal('not-found');
    expect(detail.message).to.contain('nobody');
    expect(shown($(el, '[role="alert"]'))).to.equal(
      'This story could not be shown. There is no viewpoint "nobody" in this story.',
    );
  });

  it('recovers when `viewpoint` changes to an id the story has, and reports a new unknown id again', async () => {
    const { el } = await failed<ViewpointCard>(
      html`<viewpoint-card viewpoint="nobody" .story=${seed}></viewpoint-card>`,
    );
    el.viewpoint = 'regulatory-bodies';
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(shown($(el, '[part~="name"]'))).to.equal('Regulatory Bodies');
    const again = nextError(el);
    el.viewpoint = 'someone-else';
    expect((await again).kind).to.equal('not-found');
    expect(shown($(el, '[role="alert"]'))).to.contain('someone-else');
  });

  it('heading-level sets the list heading and the card names one level below', async () => {
    const { el } = await loaded(html`<viewpoint-card heading-level="4" .story=${seed}></viewpoint-card>`);
    expect(shown($(el, 'h4'))).to.equal('Viewpoints in depth');
    expect($$(el, 'h5[part~="name"]')).to.have.length(3);
    const single = await loaded(
      html`<viewpoint-card heading-level="5" viewpoint="regulatory-bodies" .story=${seed}></viewpoint-card>`,
    );
    expect(shown($(single.el, 'h5'))).to.equal('Regulatory Bodies');
  });

  it('shows translated labels', async () => {
    const labels = { viewpoints: 'Standpunkte', showDetail: 'Mehr dazu', citedSources: 'Zitierte Quellen' };
    const story = seedCopy();
    story.viewpoints![0]!.sourceIds = [1];
    const { el } = await loaded(html`<viewpoint-card .labels=${labels} .story=${story}></viewpoint-card>`);
    expect(shown($(el, 'h2'))).to.equal('Standpunkte');
    expect(shown($(el, 'summary'))).to.equal('Mehr dazu');
    expect(shown($(el, '.cited-title'))).to.equal('Zitierte Quellen');
  });

  it('is written right to left for an Arabic story', async () => {
    const { el } = await loaded(html`<viewpoint-card .story=${{ ...seedCopy(), lang: 'ar' }}></viewpoint-card>`);
    expect($(el, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it("a viewpoint's cited sources say their kind, subscription and date as text", async () => {
    const story = seedCopy();
    story.viewpoints![0]!.sourceIds = [2];
    Object.assign(story.sources![1]!, { type: 'analysis', publishedAt: '2026-01-15T10:00:00Z' });
    const { el } = await loaded(
      html`<viewpoint-card viewpoint="open-source-advocates" .story=${story}></viewpoint-card>`,
    );
    expect(shown($(el, '[part~="cited"] [part~="meta"]'))).to.equal('Analysis Published January 15, 2026');
  });
});
