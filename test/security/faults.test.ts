// Broken networks, seen from the host page: every element at once on one
// misbehaving URL of the real test server. The widgets must share one
// request, stop reading (and hang up) when they give up, show a message of
// their own for each fault, let nothing of the bad answer into the page and
// throw nothing. (test/elements/ covers each fault's message in detail.)
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { StoryErrorKind } from '../../src/index.js';
import { serverLog, shownText, sleep, unique } from '../helpers.js';
import { reportFigures, watchPage } from './inspect.js';
import { VARIANTS, problemsOf, renderVariants } from './render-variants.js';

interface Fault {
  name: string;
  url: (key: string) => string;
  attributes?: Record<string, string>;
  /** The `kind` of story-error, or 'shown' for faults the widgets get through. */
  expect: StoryErrorKind | 'shown';
  /** The server must see the client hang up before the body ended. */
  hangsUp?: boolean;
}

const FAULTS: Fault[] = [
  { name: '404', url: () => '/faults/status/404', expect: 'http' },
  { name: '500', url: () => '/faults/status/500', expect: 'http' },
  { name: 'HTML login page', url: () => '/faults/html', expect: 'content-type' },
  { name: 'JSON sent as text/plain', url: () => '/faults/wrong-type', expect: 'content-type' },
  { name: 'truncated JSON', url: () => '/faults/truncated', expect: 'parse' },
  { name: 'not JSON', url: () => '/faults/not-json', expect: 'parse' },
  {
    name: 'body past max-bytes',
    url: (k) => `/faults/huge?key=${k}&bytes=50000000`,
    attributes: { 'max-bytes': '100000' },
    expect: 'too-large',
    hangsUp: true,
  },
  {
    name: 'server that never answers',
    url: (k) => `/faults/hang?key=${k}`,
    attributes: { timeout: '1500' },
    expect: 'timeout',
    hangsUp: true,
  },
  {
    name: 'trickle slower than the timeout',
    url: (k) => `/faults/trickle?key=${k}&ms=400`,
    attributes: { timeout: '1500' },
    expect: 'timeout',
    hangsUp: true,
  },
  { name: 'trickle within the timeout', url: (k) => `/faults/trickle?key=${k}&ms=5`, expect: 'shown' },
  { name: 'redirect', url: () => '/faults/redirect', expect: 'shown' },
  { name: 'nothing listening', url: () => 'http://127.0.0.1:1/story.json', expect: 'network' },
];

describe('network faults against the real test server, every element at once', function () {
  this.timeout(120000);
  let page: ReturnType<typeof watchPage>;
  const messages = new Map<string, string>();
  const consoleError = console.error;
  before(() => {
    page = watchPage();
    console.error = () => {}; // each element logs its fault: seven lines per test, all expected
  });
  after(async () => {
    page.stop();
    console.error = consoleError;
    await reportFigures('faults', {
      faults: FAULTS.length,
      elementsPerFault: VARIANTS.length,
      messages: Object.fromEntries(messages),
    });
  });

  for (const fault of FAULTS) {
    it(`${fault.name}: ${fault.expect === 'shown' ? 'shows the story' : `story-error "${fault.expect}"`}, one request, nothing thrown or leaked`, async () => {
      const key = unique(fault.name.replace(/\W+/g, '-'));
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const rendered = await renderVariants(
          container,
          { src: fault.url(key), attributes: fault.attributes },
          VARIANTS,
          60000,
        );
        // The fault's answer (an HTML page, say) never becomes markup: problemsOf finds no form, script or stray link.
        expect(rendered.flatMap((r) => problemsOf(r, undefined))).to.deep.equal([]);
        for (const { outcome, widget } of rendered) {
          expect(outcome!.type === 'story-load' ? 'shown' : outcome!.detail.kind).to.equal(fault.expect);
          if (outcome!.type === 'story-error') {
            expect(outcome!.detail.message).to.be.a('string').and.not.equal('');
            messages.set(fault.name, shownText(widget));
          }
        }
        if (fault.url(key).includes(key)) {
          // Seven elements, one request; and a fault the widgets gave up on is a closed connection.
          // The server notices a hang-up a moment after the client gives up: ask again for a while.
          let log = await serverLog(key);
          for (let i = 0; fault.hangsUp && !log.closedEarly && i < 100; i++)
            log = (await sleep(50), await serverLog(key));
          expect(log.requests).to.equal(1);
          if (fault.hangsUp) expect(log.closedEarly, 'the client hung up').to.equal(true);
          if (fault.name === 'body past max-bytes') expect(log.bytesSent).to.be.below(50_000_000);
        }
        expect(page.take()).to.deep.equal([]);
      } finally {
        container.remove();
      }
    });
  }

  // Readers get one calm line whatever the fault; the kind and the details go to story-error and the console.
  it('tells readers the same calm line for every kind of fault, without jargon', () => {
    const texts = new Set([...messages].map(([, text]) => text));
    expect([...texts]).to.deep.equal(['Coverage details are unavailable.']);
  });
});
