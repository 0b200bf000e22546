import { assert, expect, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { StoryErrorKind, StoryErrorDetail } from '../../src/index.js';
import { $, failed, loaded, nextError, seed, serverLog, settled, shownText, sleep, unique } from '../helpers.js';
import { build, expectNothingThrownIntoThePage, logWhen, mountFailed, SEED_MARK, WIDGETS } from '../reader.js';

type Widget = HTMLElement & { src?: string; updateComplete: Promise<unknown> };

/** Puts `el` on the page without waiting for any event; the caller removes it. */
function place(el: HTMLElement): HTMLElement {
  document.body.append(el);
  return el;
}

// Each bad answer, the attributes that provoke it, and what the reader is told.
const BAD_INPUTS: { what: string; kind: StoryErrorKind; attrs: () => Record<string, string>; says: string }[] = [
  {
    what: 'an HTTP 404',
    kind: 'http',
    attrs: () => ({ src: `/faults/status/404?key=${unique('404')}` }),
    says: 'The story could not be loaded (HTTP 404).',
  },
  {
    what: 'an HTTP 500',
    kind: 'http',
    attrs: () => ({ src: `/faults/status/500?key=${unique('500')}` }),
    says: 'The story could not be loaded (HTTP 500).',
  },
  {
    what: 'an HTML page',
    kind: 'content-type',
    attrs: () => ({ src: `/faults/html?key=${unique('html')}` }),
    says: 'The story file is not JSON.',
  },
  {
    what: 'a wrong content type',
    kind: 'content-type',
    attrs: () => ({ src: `/faults/wrong-type?key=${unique('type')}` }),
    says: 'The story file is not JSON.',
  },
  {
    what: 'truncated JSON',
    kind: 'parse',
    attrs: () => ({ src: `/faults/truncated?key=${unique('cut')}` }),
    says: 'The story file is not valid JSON.',
  },
  {
    what: 'a body that is not JSON',
    kind: 'parse',
    attrs: () => ({ src: `/faults/not-json?key=${unique('nj')}` }),
    says: 'The story file is not valid JSON.',
  },
  {
    what: 'JSON that is not a story',
    kind: 'schema',
    attrs: () => ({ src: `/faults/status/200?key=${unique('200')}` }),
    says: 'The story file is not in the expected format.',
  },
  {
    what: 'a body over max-bytes',
    kind: 'too-large',
    attrs: () => ({ src: `/faults/huge?key=${unique('huge')}&bytes=3000000`, 'max-bytes': '100000' }),
    says: 'The story file is too large.',
  },
  {
    what: 'a server that never answers',
    kind: 'timeout',
    attrs: () => ({ src: `/faults/hang?key=${unique('hang')}`, timeout: '300' }),
    says: 'The story took too long to load.',
  },
  {
    what: 'a server that is not there',
    kind: 'network',
    attrs: () => ({ src: 'http://127.0.0.1:9/story.json' }),
    says: 'The story could not be reached.',
  },
];

describe('loading from src', () => {
  expectNothingThrownIntoThePage();

  for (const tag of WIDGETS) {
    describe(`<${tag}> shows an error in place of its content`, () => {
      for (const bad of BAD_INPUTS) {
        it(`for ${bad.what} ("${bad.kind}")`, async () => {
          const { el, detail } = await mountFailed(build(tag, bad.attrs()));
          expect(detail.kind).to.equal(bad.kind);
          expect(detail.message).to.be.a('string').and.not.equal('');
          expect(detail.issues).to.be.an('array');
          const alert = $(el, '[role="alert"]')!;
          expect(alert.matches('[part~="error"]')).to.equal(true);
          expect(shownText(el)).to.equal(`This story could not be shown. ${bad.says}`);
        });
      }
    });
  }

  it('too large: hangs up instead of reading the whole body', async () => {
    const key = unique('huge-log');
    // Large enough that reading it whole is far from what a hang-up lets through on a busy machine.
    const total = 10_000_000;
    await mountFailed(build('source-list', { src: `/faults/huge?key=${key}&bytes=${total}`, 'max-bytes': '100000' }));
    const log = await logWhen(key, (entry) => entry.closedEarly);
    expect(log.closedEarly).to.equal(true);
    expect(log.bytesSent).to.be.below(total / 2);
  });

  it('timeout: hangs up on a server that never answers', async () => {
    const key = unique('hang-log');
    const { detail } = await mountFailed(build('coverage-gaps', { src: `/faults/hang?key=${key}`, timeout: '200' }));
    expect(detail.kind).to.equal('timeout');
    expect((await logWhen(key, (entry) => entry.closedEarly)).closedEarly).to.equal(true);
  });

  it('reads a story that trickles in, and one behind a redirect', async () => {
    for (const src of [
      `/faults/trickle?key=${unique('trickle')}&ms=15`,
      `/faults/redirect?key=${unique('redirect')}`,
    ]) {
      const { el } = await loaded(html`<source-list src=${src}></source-list>`);
      expect(shownText(el)).to.contain(SEED_MARK['source-list']);
    }
  });

  it('keeps the default size cap when max-bytes is not a number', async () => {
    const { detail } = await mountFailed(
      build('source-list', { src: `/faults/huge?key=${unique('nan-cap')}&bytes=3000000`, 'max-bytes': 'lots' }),
    );
    expect(detail.kind).to.equal('too-large');
  });

  it('keeps the default timeout when timeout is not a number (and does not give up at once)', async () => {
    const { el } = await loaded(
      html`<source-list timeout="soon" src="/faults/story?key=${unique('nan-timeout')}&amp;delay=200&amp;id=patient"></source-list>`,
    );
    expect(shownText(el)).to.contain(SEED_MARK['source-list']);
  });

  describe('events', () => {
    it('story-load bubbles out of shadow roots with the story', async () => {
      const outer = place(document.createElement('div'));
      try {
        const shadow = outer.attachShadow({ mode: 'open' });
        const event = oneEvent(document, 'story-load') as Promise<CustomEvent>;
        shadow.append(build('story-summary', { src: `/demo/stories/open-source-ai.json?${unique('evt')}` }));
        const received = await event;
        expect(received.bubbles).to.equal(true);
        expect(received.composed).to.equal(true);
        expect(received.detail.story.title).to.equal(seed.title);
      } finally {
        outer.remove();
      }
    });

    it('story-error bubbles out of shadow roots with kind, message and issues', async () => {
      const outer = place(document.createElement('div'));
      try {
        const shadow = outer.attachShadow({ mode: 'open' });
        const event = oneEvent(document, 'story-error') as Promise<CustomEvent<StoryErrorDetail>>;
        shadow.append(
          Object.assign(build('source-list'), {
            story: { ...seed, sources: [{ id: 1, outlet: 'X', headline: 'h', lean: 'far' }] },
          }),
        );
        const received = await event;
        expect(received.bubbles).to.equal(true);
        expect(received.composed).to.equal(true);
        expect(Object.keys(received.detail).sort()).to.deep.equal(['issues', 'kind', 'message']);
        expect(received.detail.kind).to.equal('schema');
        expect(received.detail.issues).to.deep.equal([
          {
            path: ['sources', 0, 'lean'],
            message: 'must be one of left, lean-left, center, lean-right, right, unrated',
          },
        ]);
      } finally {
        outer.remove();
      }
    });

    it('logs the details of an error, with the paths, to the console', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        await failed(html`<coverage-gaps .story=${{ ...seed, title: 7 }}></coverage-gaps>`);
      } finally {
        console.error = original;
      }
      expect(logged).to.have.length(1);
      expect(String(logged[0]![0]))
        .to.contain('<coverage-gaps>')
        .and.contain('title: expected string, received number');
      expect(logged[0]![1]).to.deep.equal([{ path: ['title'], message: 'expected string, received number' }]);
    });

    it('reports one story-load per story, not per render', async () => {
      const el = build('story-summary', { src: `/demo/stories/open-source-ai.json?${unique('once')}` });
      let loads = 0;
      el.addEventListener('story-load', () => loads++);
      place(el);
      try {
        await oneEvent(el, 'story-load');
        (el as Widget & { headingLevel: number }).headingLevel = 3;
        await settled(el);
        await sleep(50);
        expect(loads).to.equal(1);
      } finally {
        el.remove();
      }
    });
  });

  describe('while loading', () => {
    it('keeps its space and tells assistive technology it is busy', async () => {
      for (const tag of WIDGETS) {
        const el = place(build(tag, { src: `/faults/hang?key=${unique('busy')}` })) as Widget;
        try {
          await el.updateComplete;
          const frame = $(el, '[part~="loading"]')!;
          expect(frame.getAttribute('aria-busy'), tag).to.equal('true');
          expect(shownText(el)).to.equal('Loading story…');
          assert.exists(frame.querySelector('[role="status"]'));
          const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
          expect(el.getBoundingClientRect().height, `${tag} keeps 12rem`).to.be.at.least(12 * rem);
          el.style.setProperty('--vc-loading-min-height', '25rem');
          expect(el.getBoundingClientRect().height, `${tag} keeps the space it is told to`).to.be.at.least(25 * rem);
        } finally {
          el.remove();
        }
      }
    });

    it('replaces the loading state with the story (no loading frame left behind)', async () => {
      const { el } = await loaded(
        html`<viewpoint-card src="/faults/story?key=${unique('swap')}&amp;delay=200&amp;id=swap"></viewpoint-card>`,
      );
      expect($(el, '[part~="loading"]')).to.equal(null);
      expect($(el, '[aria-busy]')).to.equal(null);
      expect(shownText(el)).to.contain(SEED_MARK['viewpoint-card']);
    });
  });

  describe('the latest src wins', () => {
    it('shows the second story even when the first answer arrives later', async () => {
      const el = place(
        build('story-summary', { src: `/faults/story?key=${unique('slow')}&delay=800&id=first` }),
      ) as Widget;
      try {
        const titles: string[] = [];
        el.addEventListener('story-load', (event) => titles.push(event.detail.story.title));
        await el.updateComplete;
        el.src = `/faults/story?key=${unique('fast')}&delay=0&id=second`;
        await oneEvent(el, 'story-load');
        await settled(el);
        expect(shownText(el)).to.contain('Story second');
        // Wait past the moment the first answer would have come, then look again.
        await sleep(1200);
        await settled(el);
        expect(shownText(el)).to.contain('Story second');
        expect(titles).to.deep.equal(['Story second']);
      } finally {
        el.remove();
      }
    });

    it('aborts the superseded request', async () => {
      const key = unique('superseded');
      const el = place(build('source-list', { src: `/faults/hang?key=${key}` })) as Widget;
      try {
        await logWhen(key, (entry) => entry.requests === 1);
        el.src = `/demo/stories/open-source-ai.json?${unique('next')}`;
        await oneEvent(el, 'story-load');
        expect((await logWhen(key, (entry) => entry.closedEarly)).closedEarly).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('recovers from an error when src changes to a good story, and shows a new error after that', async () => {
      const { el } = await failed<Widget>(
        html`<coverage-gaps src="/faults/status/404?key=${unique('bad')}"></coverage-gaps>`,
      );
      const loadedAgain = oneEvent(el, 'story-load');
      el.src = `/demo/stories/open-source-ai.json?${unique('good')}`;
      await loadedAgain;
      await settled(el);
      expect(shownText(el)).to.contain(SEED_MARK['coverage-gaps']);
      const error = nextError(el);
      el.src = `/faults/html?key=${unique('html')}`;
      expect((await error).kind).to.equal('content-type');
    });
  });

  describe('removing the element', () => {
    it('aborts its request and reports nothing', async () => {
      const key = unique('removed');
      const el = place(build('story-summary', { src: `/faults/hang?key=${key}` }));
      let events = 0;
      el.addEventListener('story-error', () => events++);
      el.addEventListener('story-load', () => events++);
      await logWhen(key, (entry) => entry.requests === 1);
      el.remove();
      expect((await logWhen(key, (entry) => entry.closedEarly)).closedEarly).to.equal(true);
      expect(events).to.equal(0);
    });

    it('loads again when put back on the page', async () => {
      const el = place(
        build('source-list', { src: `/faults/story?key=${unique('back')}&delay=300&id=back` }),
      ) as Widget;
      try {
        await el.updateComplete;
        el.remove();
        const event = oneEvent(el, 'story-load');
        document.body.append(el);
        await event;
        await settled(el);
        expect(shownText(el)).to.contain(SEED_MARK['source-list']);
      } finally {
        el.remove();
      }
    });
  });

  it('fetches a src shared by several widgets once', async () => {
    const key = unique('shared');
    const src = `/faults/story?key=${key}&delay=100&id=${key}`;
    const { el } = await loaded(html`<div>
      <story-summary src=${src}></story-summary><viewpoint-card src=${src}></viewpoint-card>
      <source-list src=${src}></source-list><coverage-gaps src=${src}></coverage-gaps>
    </div>`);
    await Promise.all(
      WIDGETS.map((tag) =>
        el.querySelector(tag)!.shadowRoot!.querySelector('[part~="loading"]')
          ? oneEvent(el.querySelector(tag)!, 'story-load')
          : null,
      ),
    );
    await settled(el);
    for (const tag of WIDGETS) expect(shownText(el.querySelector(tag)!), tag).to.not.contain('Loading');
    expect((await serverLog(key)).requests).to.equal(1);
  });
});
