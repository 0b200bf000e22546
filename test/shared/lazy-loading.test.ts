// loading="lazy": a widget (or provider) below the fold asks the server for
// nothing until the reader scrolls near it, keeps its space meanwhile, and
// then loads as usual. Requests are counted by the test server itself
// (test/server/faults.js), not by watching fetch.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { $, serverLog, sleep, unique } from '../helpers.js';
import { build } from '../reader.js';
import { LAZY_MARGIN } from '../../src/controllers/story-input-controller.js';

const MARGIN = parseInt(LAZY_MARGIN, 10);
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A page far taller than the window, with `el` placed `below` px under the fold. */
function belowTheFold(el: HTMLElement, below: number): () => void {
  const spacer = document.createElement('div');
  spacer.style.height = `${innerHeight + below}px`;
  document.body.append(spacer, el);
  const after = document.createElement('div');
  after.style.height = `${innerHeight * 3}px`;
  document.body.append(after);
  scrollTo(0, 0);
  return () => [spacer, el, after].forEach((node) => node.remove());
}

describe('loading="lazy"', () => {
  it('a widget below the fold makes no request until the reader scrolls near it', async () => {
    const key = unique('lazy');
    const el = build('source-list', { src: `/faults/story?key=${key}&id=lazy`, loading: 'lazy' });
    const cleanup = belowTheFold(el, MARGIN * 3);
    try {
      await sleep(400);
      await frames();
      expect((await serverLog(key)).requests, 'requests before scrolling').to.equal(0);
      // The loading state keeps the widget's space, so nothing jumps when it loads.
      expect($(el, '[part~="loading"]')).to.exist;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);

      // Still out of reach: scrolled, but the widget is more than the margin below the window.
      scrollTo(0, MARGIN);
      await sleep(300);
      expect((await serverLog(key)).requests, 'requests while still far').to.equal(0);

      const load = oneEvent(el, 'story-load');
      // Within the margin, though not yet in view.
      scrollTo(0, MARGIN * 2 + MARGIN / 2);
      await load;
      expect(el.getBoundingClientRect().top).to.be.greaterThan(innerHeight, 'loaded before it came into view');
      expect((await serverLog(key)).requests).to.equal(1);
      expect($(el, '[part~="loading"]')).to.equal(null);
    } finally {
      cleanup();
    }
  });

  it('the default stays eager: a widget below the fold loads at once', async () => {
    const key = unique('eager');
    const el = build('coverage-gaps', { src: `/faults/story?key=${key}&id=eager` });
    const load = oneEvent(el, 'story-load');
    const cleanup = belowTheFold(el, MARGIN * 3);
    try {
      await load;
      expect((await serverLog(key)).requests).to.equal(1);
    } finally {
      cleanup();
    }
  });

  it('a lazy provider waits until one of its widgets nears the viewport', async () => {
    const key = unique('lazy-provider');
    const provider = build('story-provider', { src: `/faults/story?key=${key}&id=shared`, loading: 'lazy' });
    provider.append(build('story-summary'), build('viewpoint-card'));
    const cleanup = belowTheFold(provider, MARGIN * 3);
    try {
      await sleep(400);
      expect((await serverLog(key)).requests).to.equal(0);
      const load = oneEvent(provider, 'story-load');
      provider.firstElementChild!.scrollIntoView();
      await load;
      expect((await serverLog(key)).requests).to.equal(1);
    } finally {
      cleanup();
    }
  });

  it('switching a waiting widget to eager loads it at once', async () => {
    const key = unique('lazy-then-eager');
    const el = build('viewpoint-card', { src: `/faults/story?key=${key}&id=switch`, loading: 'lazy' });
    const cleanup = belowTheFold(el, MARGIN * 3);
    try {
      await sleep(200);
      expect((await serverLog(key)).requests).to.equal(0);
      const load = oneEvent(el, 'story-load');
      el.setAttribute('loading', 'eager');
      await load;
      expect((await serverLog(key)).requests).to.equal(1);
    } finally {
      cleanup();
    }
  });
});
