import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Story } from '../../src/index.js';
import { $, $$, loaded, seedCopy, settled } from '../helpers.js';

/** The seed with a link on every source and two sources cited by the first viewpoint. */
function linkedStory(): Story {
  const story = seedCopy();
  story.sources!.forEach((source) => (source.url = `https://news.example/${source.id}`));
  story.viewpoints![0]!.sourceIds = [2, 5];
  return story;
}

/**
 * Every story-* event that reaches the document while `act` runs, other than
 * load and error. Listening on the document proves the events bubble out of
 * the shadow root (composed).
 */
async function eventsDuring(act: () => void | Promise<void>): Promise<CustomEvent[]> {
  const seen: CustomEvent[] = [];
  const types = ['story-source-open', 'story-citation-toggle', 'story-viewpoint-toggle', 'story-filter-change'];
  const record = (event: Event) => seen.push(event as CustomEvent);
  types.forEach((type) => document.addEventListener(type, record));
  // Links open in a new tab: keep the test page where it is.
  const stay = (event: Event) => {
    if (event.composedPath()[0] instanceof HTMLAnchorElement) event.preventDefault();
  };
  document.addEventListener('click', stay);
  try {
    await act();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    types.forEach((type) => document.removeEventListener(type, record));
    document.removeEventListener('click', stay);
  }
  return seen;
}

const summary = (events: CustomEvent[]) => events.map((event) => ({ type: event.type, detail: event.detail }));

describe('events for the newsroom', () => {
  it('story-source-open once, from the list, when a reader follows "Read on"', async () => {
    const { el } = await loaded(html`<source-list .story=${linkedStory()}></source-list>`);
    const events = await eventsDuring(() => $$(el, 'ol a[part~="link"]')[1]!.click());
    expect(summary(events)).to.deep.equal([
      {
        type: 'story-source-open',
        detail: { sourceId: 2, outlet: 'Time', lean: 'lean-left', url: 'https://news.example/2', from: 'list' },
      },
    ]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('story-source-open from the sides view, and for a middle click (a new tab)', async () => {
    const { el } = await loaded(html`<source-list layout="sides" .story=${linkedStory()}></source-list>`);
    const link = $(el, '[part~="side"] a[href="https://news.example/1"]')!;
    const events = await eventsDuring(() => {
      link.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true }));
    });
    expect(summary(events)).to.deep.equal([
      {
        type: 'story-source-open',
        detail: { sourceId: 1, outlet: 'Reason', lean: 'lean-right', url: 'https://news.example/1', from: 'sides' },
      },
    ]);
  });

  it('story-citation-toggle when a reader opens and closes a citation, then story-source-open from it', async () => {
    const { el } = await loaded(html`<story-summary .story=${linkedStory()}></story-summary>`);
    const citation = $(el, 'button[part~="citation"]')!;
    const opened = await eventsDuring(async () => {
      citation.click();
      await settled(el);
    });
    expect(summary(opened)).to.deep.equal([{ type: 'story-citation-toggle', detail: { sourceId: 1, open: true } }]);
    const followed = await eventsDuring(() => $(el, '[part~="citation-card"] a')!.click());
    expect(followed.map((event) => [event.type, event.detail.from, event.detail.sourceId])).to.deep.equal([
      ['story-source-open', 'citation', 1],
    ]);
    const closed = await eventsDuring(async () => {
      citation.click();
      await settled(el);
    });
    expect(summary(closed)).to.deep.equal([{ type: 'story-citation-toggle', detail: { sourceId: 1, open: false } }]);
  });

  it('story-viewpoint-toggle when a reader opens and closes a viewpoint, story-source-open from its sources', async () => {
    const { el } = await loaded(html`<viewpoint-card .story=${linkedStory()}></viewpoint-card>`);
    const toggle = $(el, 'summary[part~="detail-toggle"]')!;
    const opened = await eventsDuring(() => toggle.click());
    expect(summary(opened)).to.deep.equal([
      { type: 'story-viewpoint-toggle', detail: { viewpointId: 'open-source-advocates', open: true } },
    ]);
    const closed = await eventsDuring(() => toggle.click());
    expect(summary(closed)).to.deep.equal([
      { type: 'story-viewpoint-toggle', detail: { viewpointId: 'open-source-advocates', open: false } },
    ]);
    const followed = await eventsDuring(() => $(el, '[part~="cited"] a')!.click());
    expect(followed.map((event) => [event.type, event.detail.from, event.detail.sourceId])).to.deep.equal([
      ['story-source-open', 'viewpoint', 2],
    ]);
  });

  it('story-filter-change with the leans on when a reader filters; not when the page sets the filter', async () => {
    const { el } = await loaded<HTMLElement>(html`<source-list .story=${linkedStory()}></source-list>`);
    const press = (lean: string) =>
      $$(el, 'button[part~="filter"]')
        .find((button) => button.querySelector('.lean')!.textContent === lean)!
        .click();
    const events = await eventsDuring(async () => {
      press('Right');
      await settled(el);
      press('Center');
      await settled(el);
      $(el, 'button[part~="show-all"]')!.click();
      await settled(el);
    });
    expect(summary(events)).to.deep.equal([
      { type: 'story-filter-change', detail: { leans: ['right'] } },
      { type: 'story-filter-change', detail: { leans: ['center', 'right'] } },
      { type: 'story-filter-change', detail: { leans: [] } },
    ]);
    const bySetting = await eventsDuring(async () => {
      el.setAttribute('filter', 'left');
      await settled(el);
    });
    expect(bySetting).to.deep.equal([]);
  });

  it('nothing is fired for clicks that follow no source link', async () => {
    const { el } = await loaded(html`<source-list .story=${linkedStory()}></source-list>`);
    const events = await eventsDuring(() => {
      $(el, 'h2')!.click();
      $(el, '[part~="headline"]')!.click();
    });
    expect(events).to.deep.equal([]);
  });
});
