import { assert, expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { ViewpointCard } from '../../src/index.js';
import { $, $$, failed, loaded, nextError, seed, seedCopy } from '../helpers.js';
import { shown } from '../reader.js';

// Mounted through the story-load helper, not fixture(): fixture waits for an animation frame, which a
// background tab (two test files at once) may not get.
const mount = async (template: TemplateResult) => (await loaded<HTMLElement>(template)).el;

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
      // Three disclosures, each named after its viewpoint for a screen reader's list of controls.
      expect(shown(details.querySelector('summary'))).to.equal(`More on this viewpoint: ${viewpoint.name}`);
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

  it('lists the sources a viewpoint cites as [n], outlet and lean, linking rather than repeating the entry', async () => {
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
    expect(shown(cited[1]!)).to.equal('[1] Reason Lean Right');
    // With no <source-list> on the page, the link goes to the source itself.
    expect(cited[1]!.querySelector('a')!.getAttribute('href')).to.equal('https://reason.com/a');
    expect(shown(cited[0]!)).to.equal('[3] Nextgov/FCW Center');
    expect(cited[0]!.querySelector('a'), 'no url, no list: nothing to link to').to.equal(null);
  });

  it("a cited source leads to its full entry in the page's <source-list>", async () => {
    const story = seedCopy();
    story.viewpoints![0]!.sourceIds = [3];
    const page = await mount(html`<div>
      <viewpoint-card viewpoint="open-source-advocates" .story=${story}></viewpoint-card>
      <source-list id="sources" .story=${story}></source-list>
    </div>`);
    const [card, list] = [...page.children] as (HTMLElement & {
      updateComplete: Promise<unknown>;
      requestUpdate(): void;
    })[];
    await list!.updateComplete;
    card!.requestUpdate();
    await card!.updateComplete;
    const link = $(card!, 'ul[part~="cited"] a')!;
    expect(link.getAttribute('href')).to.equal('#sources');
    link.click();
    const n = story.viewpoints![0]!.sourceIds![0];
    expect(list!.shadowRoot!.activeElement).to.equal($(list!, `li[data-n="${n}"]`));
  });

  it('an unknown viewpoint id is an error state with a "not-found" story-error, not a blank', async () => {
    const { el, detail } = await failed(html`<viewpoint-card viewpoint="nobody" .story=${seed}></viewpoint-card>`);
    expect(detail.kind).to.equal('not-found');
    expect(detail.message).to.contain('nobody');
    expect(shown($(el, '[part~="error"]'))).to.equal('Coverage details are unavailable.');
  });

  it('recovers when `viewpoint` changes to an id the story has, and reports a new unknown id again', async () => {
    const { el } = await failed<ViewpointCard>(
      html`<viewpoint-card viewpoint="nobody" .story=${seed}></viewpoint-card>`,
    );
    el.viewpoint = 'regulatory-bodies';
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(shown($(el, '[part~="name"]'))).to.equal('Regulatory Bodies');
    const again = nextError(el);
    el.viewpoint = 'someone-else';
    const error = await again;
    expect(error.kind).to.equal('not-found');
    expect(error.message).to.contain('someone-else');
    assert.exists($(el, '[part~="error"]'));
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
    expect(shown($(el, 'summary'))).to.equal(`Mehr dazu: ${story.viewpoints![0]!.name}`);
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
