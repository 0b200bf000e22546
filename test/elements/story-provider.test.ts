import { assert, expect, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import { StoryProvider } from '../../src/index.js';
import { failed, loaded, seed, serverLog, settled, shownText, unique } from '../helpers.js';
import { build, expectNothingThrownIntoThePage, mountLoaded, SEED_MARK, WIDGETS } from '../reader.js';

/** The four widgets, nested at different depths in plain elements. */
const widgetsDeep = () => html`
  <story-summary></story-summary>
  <div><viewpoint-card></viewpoint-card></div>
  <div><section><aside><source-list></source-list></aside></section></div>
  <article><div><div><div><coverage-gaps></coverage-gaps></div></div></div></article>
`;

/** Counts `type` events reaching `target` until the returned function is called. */
function countEvents(target: EventTarget, type: string): () => { total: number; from: string[] } {
  const from: string[] = [];
  const listener = (event: Event) => from.push((event.composedPath()[0] as Element).localName);
  target.addEventListener(type, listener);
  return () => (target.removeEventListener(type, listener), { total: from.length, from });
}

/** Each widget shows its part of the seed story (the test server's copies have their own title). */
function expectEveryWidgetShowsTheSeed(root: Element, title = seed.title) {
  const marks = { ...SEED_MARK, 'story-summary': title };
  for (const tag of WIDGETS)
    expect(shownText(root.querySelector(tag)!).includes(marks[tag]), `${tag} shows ${marks[tag]}`).to.equal(true);
}

describe('<story-provider>', () => {
  expectNothingThrownIntoThePage();

  it('loads `src` once and hands the story to every widget inside, at any depth', async () => {
    const key = unique('provider');
    const stop = countEvents(document, 'story-load');
    const { el } = await loaded(
      html`<story-provider src=${`/faults/story?key=${key}&id=${key}`}>${widgetsDeep()}</story-provider>`,
    );
    expectEveryWidgetShowsTheSeed(el, `Story ${key}`);
    expect((await serverLog(key)).requests).to.equal(1);
    expect(stop().from, 'the provider reports the load, once').to.deep.equal(['story-provider']);
  });

  it('takes a `story` property', async () => {
    const { el } = await loaded(html`<story-provider .story=${seed}>${widgetsDeep()}</story-provider>`);
    expectEveryWidgetShowsTheSeed(el);
  });

  it('takes an inline JSON child', async () => {
    const provider = build('story-provider', {}, JSON.stringify(seed));
    render(widgetsDeep(), provider);
    const { el } = await mountLoaded(provider);
    expectEveryWidgetShowsTheSeed(el);
  });

  it('adds no box of its own', async () => {
    const { el } = await loaded(html`<story-provider .story=${seed}><source-list></source-list></story-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
  });

  it('shows its error in every widget and reports it once', async () => {
    const stop = countEvents(document, 'story-error');
    const { el, detail } = await failed(
      html`<story-provider src="/faults/status/404?key=${unique('p404')}">${widgetsDeep()}</story-provider>`,
    );
    expect(detail.kind).to.equal('http');
    for (const tag of WIDGETS) {
      expect(shownText(el.querySelector(tag)!), tag).to.equal('Coverage details are unavailable.');
    }
    expect(stop().from).to.deep.equal(['story-provider']);
  });

  it('shows the loading state in every widget while it loads', async () => {
    const key = unique('provider-slow');
    const container = document.createElement('div');
    document.body.append(container);
    try {
      render(
        html`<story-provider src="/faults/story?key=${key}&amp;delay=400&amp;id=${key}">${widgetsDeep()}</story-provider>`,
        container,
      );
      const provider = container.firstElementChild!;
      const done = oneEvent(provider, 'story-load');
      await settled(provider);
      for (const tag of WIDGETS) {
        const loading = provider.querySelector(tag)!.shadowRoot!.querySelector('[part~="loading"]');
        assert.exists(loading?.querySelector('[role="status"]'), tag);
      }
      await done;
      await settled(provider);
      expectEveryWidgetShowsTheSeed(provider, `Story ${key}`);
    } finally {
      container.remove();
    }
  });

  it('reaches widgets that upgraded before the provider was defined', async () => {
    const tag = `late-provider-${unique('x').replace(/\W/g, '')}`;
    const container = document.createElement('div');
    document.body.append(container);
    try {
      // The widgets are defined and connected first; the provider is still an unknown element.
      render(html`<div>${widgetsDeep()}</div>`, container);
      const provider = document.createElement(tag);
      provider.setAttribute('src', `/demo/stories/open-source-ai.json?${unique('late')}`);
      provider.append(...container.firstElementChild!.childNodes);
      container.firstElementChild!.append(provider);
      await settled(container);
      const loading = provider.querySelector('source-list')!.shadowRoot!.querySelector('[part~="loading"]');
      assert.exists(loading, 'waiting for a provider');
      const done = oneEvent(provider, 'story-load');
      customElements.define(tag, class extends StoryProvider {});
      await done;
      await settled(provider);
      expectEveryWidgetShowsTheSeed(provider);
    } finally {
      container.remove();
    }
  });

  it('reaches widgets slotted into it from a shadow root drawn after they asked (lit#4618)', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      // The widgets connect as children of a plain host: nobody answers them yet.
      render(widgetsDeep(), container);
      await settled(container);
      assert.exists(container.querySelector('source-list')!.shadowRoot!.querySelector('[part~="loading"]'));
      // Then the host draws its shadow root: a provider whose slot takes them in.
      const provider = document.createElement('story-provider');
      provider.story = seed;
      provider.append(document.createElement('slot'));
      container.attachShadow({ mode: 'open' }).append(provider);
      await settled(provider);
      await settled(container);
      expectEveryWidgetShowsTheSeed(container);
    } finally {
      container.remove();
    }
  });

  it('reaches widgets created before it and moved inside it', async () => {
    const { el: holder } = await loaded(html`<div><story-provider .story=${seed}></story-provider></div>`);
    const widgets = WIDGETS.map((tag) => document.createElement(tag));
    const outside = document.createElement('div');
    outside.append(...widgets);
    holder.append(outside);
    await settled(outside);
    const provider = holder.querySelector('story-provider')!;
    const nested = document.createElement('div');
    nested.append(outside);
    provider.append(nested);
    await settled(provider);
    expectEveryWidgetShowsTheSeed(provider);
  });

  it('lets a widget with a story of its own show that one', async () => {
    const { el } = await loaded(html`<story-provider .story=${seed}>
      <story-summary></story-summary>
      <story-summary .story=${{ ...seed, title: 'My own story' }}></story-summary>
    </story-provider>`);
    const [shared, own] = el.querySelectorAll('story-summary');
    expect(shownText(shared!)).to.contain(seed.title);
    expect(shownText(own!)).to.contain('My own story');
  });

  it("shows the provider's story again when a widget loses its own src", async () => {
    const { el } = await loaded(html`<story-provider .story=${seed}>
      <story-summary src="/faults/story?key=${unique('own')}&amp;id=own"></story-summary>
    </story-provider>`);
    const widget = el.querySelector('story-summary')!;
    await oneEvent(widget, 'story-load');
    await settled(el);
    expect(shownText(widget)).to.contain('Story own');
    widget.removeAttribute('src');
    await settled(el);
    expect(shownText(widget)).to.contain(seed.title);
  });

  it('lets the nearest provider win', async () => {
    const { el } = await loaded(html`<story-provider .story=${seed}>
      <story-provider .story=${{ ...seed, title: 'Inner story' }}><story-summary></story-summary></story-provider>
      <story-summary></story-summary>
    </story-provider>`);
    const [inner, outer] = el.querySelectorAll('story-summary');
    expect(shownText(inner!)).to.contain('Inner story');
    expect(shownText(outer!)).to.contain(seed.title);
  });

  it('hands the newest story to every widget when its src changes', async () => {
    const { el } = await loaded<StoryProvider>(
      html`<story-provider src="/faults/story?key=${unique('a')}&amp;id=first">${widgetsDeep()}</story-provider>`,
    );
    expect(shownText(el.querySelector('story-summary')!)).to.contain('Story first');
    const next = oneEvent(el, 'story-load');
    el.src = `/faults/story?key=${unique('b')}&id=second`;
    await next;
    await settled(el);
    expect(shownText(el.querySelector('story-summary')!)).to.contain('Story second');
  });

  it('lets a viewpoint-card inside report its own unknown viewpoint', async () => {
    const { el } = await loaded(html`<story-provider .story=${seed}><div></div></story-provider>`);
    const card = document.createElement('viewpoint-card');
    card.setAttribute('viewpoint', 'nobody');
    const error = oneEvent(card, 'story-error');
    el.firstElementChild!.append(card);
    expect(((await error) as CustomEvent).detail.kind).to.equal('not-found');
  });
});
