// Races: stories set one after another while earlier answers are still on
// their way. fast-check's scheduler decides when each answer of the real
// server reaches the element (fetch still goes to 127.0.0.1; only the moment
// its promise resolves is chosen), so every order of arrival gets tried.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { seedCopy, serverLog, settled, shownText, unique } from '../helpers.js';
import { reportFigures, watchPage } from './inspect.js';

interface Call {
  url: string;
  signal?: AbortSignal;
  /** The scheduler let the answer through. */
  answered: boolean;
  /** The answer had arrived when a newer story was set. */
  answeredBeforeSuperseded?: boolean;
}

type Action = { kind: 'src' | 'story'; id: string };

const action: fc.Arbitrary<Action> = fc.record({
  kind: fc.constantFrom('src', 'story'),
  id: fc.constantFrom('a', 'b', 'c', 'd'),
});
const realFetch = window.fetch;
const figures = { orders: 0, requests: 0, superseded: 0, abortedInFlight: 0, removals: 0 };

/** The element the story is given to, and the widget whose title shows it. */
function mount(withProvider: boolean): { host: HTMLElement & { story?: unknown; src?: string }; widget: HTMLElement } {
  const widget = document.createElement('story-summary');
  const host = withProvider ? document.createElement('story-provider') : widget;
  if (host !== widget) host.append(widget);
  document.body.append(host);
  return { host, widget };
}

/**
 * An aborted fetch rejects at once, but the scheduler hands that rejection on
 * only when it releases the answer: until then nobody listens, and the page
 * would report an unhandled rejection that is the test's, not the widget's.
 */
function settledQuietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

const isLoading = (widget: HTMLElement) => widget.shadowRoot?.querySelector('[part~="loading"]') !== null;

describe('races between stories set one after another', function () {
  this.timeout(0);
  let page: ReturnType<typeof watchPage>;
  before(() => (page = watchPage()));
  after(async () => {
    page.stop();
    window.fetch = realFetch;
    await reportFigures('races', figures);
  });

  it('ends showing the story set last, whatever order the answers arrive in, and aborts every superseded request', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(action, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (s, actions, withProvider) => {
          const calls: Call[] = [];
          window.fetch = (input, init) => {
            const call: Call = { url: String(input), signal: init?.signal ?? undefined, answered: false };
            calls.push(call);
            return s.schedule(settledQuietly(realFetch(input, init)), call.url).finally(() => (call.answered = true));
          };
          const { host, widget } = mount(withProvider);
          const loads: string[] = [];
          host.addEventListener('story-load', (e) => loads.push(e.detail.story.id));
          const run = unique('race');
          try {
            const sequence = s.scheduleSequence(
              actions.map(({ kind, id }, i) => ({
                label: `${kind} ${id}`,
                builder: async () => {
                  for (const call of calls) call.answeredBeforeSuperseded ??= call.answered;
                  const storyId = `${id}${i}`;
                  if (kind === 'story') {
                    host.story = { ...seedCopy(), id: storyId, title: `Story ${storyId}` };
                  } else {
                    host.story = undefined;
                    host.src = `/faults/story?key=${run}-${i}&id=${storyId}`;
                  }
                },
              })),
            );
            // Let the scheduler release answers until the sequence is over and nothing is left in flight.
            for (let rounds = 0; ; rounds++) {
              if (s.count() > 0) await s.waitNext(1);
              else await new Promise((resolve) => setTimeout(resolve, 5));
              await settled(host);
              if (sequence.done && s.count() === 0 && !isLoading(widget)) break;
              if (rounds > 2000)
                throw new Error(
                  `never settled:\n${s
                    .report()
                    .map((t) => t.label)
                    .join('\n')}`,
                );
            }
            const last = actions.length - 1;
            const expected = `${actions[last]!.id}${last}`;
            expect(shownText(widget)).to.contain(`Story ${expected}`);
            expect(loads.at(-1)).to.equal(expected);

            // Every request but the live one was either answered before it was superseded, or aborted.
            const live = actions[last]!.kind === 'src' ? calls.at(-1) : undefined;
            for (const call of calls.filter((c) => c !== live)) {
              figures.superseded++;
              if (!call.answeredBeforeSuperseded) {
                expect(call.signal?.aborted, `${call.url} superseded in flight but not aborted`).to.equal(true);
                figures.abortedInFlight++;
              }
            }
            figures.orders++;
            figures.requests += calls.length;
            expect(page.take()).to.deep.equal([]);
          } finally {
            host.remove();
            window.fetch = realFetch;
          }
        },
      ),
      { numRuns: 100, includeErrorInReport: true },
    );
  });

  it('aborts the request of a removed element, whenever it is removed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.boolean(), async (s, withProvider) => {
        let call: Call | undefined;
        window.fetch = (input, init) => {
          const current: Call = (call = { url: String(input), signal: init?.signal ?? undefined, answered: false });
          return s
            .schedule(settledQuietly(realFetch(input, init)), current.url)
            .finally(() => (current.answered = true));
        };
        const { host } = mount(withProvider);
        const loads: boolean[] = [];
        let removed = false;
        host.addEventListener('story-load', () => loads.push(removed));
        try {
          host.src = `/faults/story?key=${unique('remove')}&id=gone`;
          await settled(host);
          let answeredAtRemoval = false;
          const removal = s.schedule(Promise.resolve()).then(() => {
            answeredAtRemoval = call!.answered;
            removed = true;
            host.remove();
          });
          await s.waitFor(removal);
          await s.waitIdle();
          await new Promise((resolve) => setTimeout(resolve, 20));
          // Removed before its answer came: aborted. Either way, nothing loads once removed.
          if (!answeredAtRemoval)
            expect(call!.signal!.aborted, 'the request of a removed element is aborted').to.equal(true);
          expect(loads.filter(Boolean)).to.deep.equal([]);
          figures.removals++;
        } finally {
          host.remove();
          window.fetch = realFetch;
        }
      }),
      { numRuns: 40, includeErrorInReport: true },
    );
  });

  it('hangs up on the server when an element waiting for a story that never comes is removed', async () => {
    const key = unique('removed-while-hanging');
    const el = document.createElement('source-list');
    el.setAttribute('src', `/faults/hang?key=${key}`);
    document.body.append(el);
    for (let i = 0; (await serverLog(key)).requests === 0; i++)
      if (i > 500) throw new Error('no request reached the server');
    el.remove();
    for (let i = 0; !(await serverLog(key)).closedEarly; i++)
      if (i > 500) throw new Error('the connection stayed open');
    expect(page.take()).to.deep.equal([]);
  });
});
