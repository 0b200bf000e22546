import { expect } from '@open-wc/testing';
import { loadStory } from '../../src/story/load-story.js';
import { StoryError, type StoryErrorKind } from '../../src/story/story-error.js';
import { seed, serverLog, SEED_URL, unique } from '../helpers.js';
import { logWhen } from '../reader.js';

/** The StoryError that loading `url` rejects with. */
async function failureOf(url: string, options: Parameters<typeof loadStory>[1] = {}): Promise<StoryError> {
  try {
    await loadStory(url, options);
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(StoryError);
    return error as StoryError;
  }
  expect.fail(`${url} loaded`);
}

describe('loadStory', () => {
  it('loads and validates the story at a URL relative to the page', async () => {
    const story = await loadStory(`${SEED_URL}?${unique('plain')}`);
    expect(story.title).to.equal(seed.title);
    expect(story.sources).to.have.length(6);
  });

  it('follows a redirect', async () => {
    expect((await loadStory(`/faults/redirect?key=${unique('redirect')}`)).id).to.equal(seed.id);
  });

  it('reads a story that arrives in small pieces', async () => {
    const story = await loadStory(`/faults/trickle?key=${unique('trickle')}&ms=10`);
    expect(story.body).to.deep.equal(seed.body);
  });

  const failures: [string, string, StoryErrorKind][] = [
    ['an HTTP 404', '/faults/status/404', 'http'],
    ['an HTTP 500', '/faults/status/500', 'http'],
    ['an HTML login page', '/faults/html', 'content-type'],
    ['JSON sent as text/plain', '/faults/wrong-type', 'content-type'],
    ['JSON cut in the middle', '/faults/truncated', 'parse'],
    ['a body that is not JSON', '/faults/not-json', 'parse'],
    ['a server that is not there', 'http://127.0.0.1:9/story.json', 'network'],
    ['a URL that cannot be parsed', 'http://[::1/story.json', 'network'],
    ['valid JSON that is not a story', '/faults/status/200', 'schema'],
  ];
  for (const [what, url, kind] of failures) {
    it(`rejects ${what} as "${kind}"`, async () => {
      const error = await failureOf(`${url}${url.includes('?') ? '&' : '?'}key=${unique(kind)}`);
      expect(error.kind).to.equal(kind);
      expect(error.message).to.be.a('string').and.not.equal('');
    });
  }

  it('gives the HTTP status with an http error', async () => {
    expect((await failureOf(`/faults/status/503?k=${unique('503')}`)).params.status).to.equal(503);
  });

  it('stops reading a body larger than maxBytes and hangs up', async () => {
    const key = unique('huge');
    const total = 10_000_000;
    const error = await failureOf(`/faults/huge?key=${key}&bytes=${total}`, { maxBytes: 200_000 });
    expect(error.kind).to.equal('too-large');
    const log = await logWhen(key, (entry) => entry.closedEarly);
    expect(log.closedEarly, 'the client closed the connection').to.equal(true);
    expect(log.bytesSent).to.be.below(total / 2);
  });

  it('gives up on a server that never answers after `timeout`, and hangs up', async () => {
    const key = unique('hang');
    const error = await failureOf(`/faults/hang?key=${key}`, { timeout: 300 });
    expect(error.kind).to.equal('timeout');
    expect((await logWhen(key, (entry) => entry.closedEarly)).closedEarly).to.equal(true);
  });

  it('fetches a URL once however many callers ask for it at the same time', async () => {
    const key = unique('shared');
    const url = `/faults/story?key=${key}&delay=100&id=${key}`;
    const stories = await Promise.all([loadStory(url), loadStory(url), loadStory(new URL(url, document.baseURI).href)]);
    expect(stories.map((story) => story.id)).to.deep.equal([key, key, key]);
    expect((await serverLog(key)).requests).to.equal(1);
    await loadStory(url);
    expect((await serverLog(key)).requests, 'a loaded story is kept').to.equal(1);
  });

  it('lets one caller leave without cancelling the request for the others', async () => {
    const key = unique('leave-one');
    const url = `/faults/story?key=${key}&delay=200&id=${key}`;
    const leaving = new AbortController();
    const first = loadStory(url, { signal: leaving.signal });
    const second = loadStory(url);
    leaving.abort(new DOMException('gone', 'AbortError'));
    let firstError: unknown;
    await first.catch((error) => (firstError = error));
    expect((firstError as DOMException).name).to.equal('AbortError');
    expect((await second).id).to.equal(key);
    expect((await serverLog(key)).requests).to.equal(1);
  });

  it('hangs up when every caller has left', async () => {
    const key = unique('all-leave');
    const leaving = new AbortController();
    const pending = loadStory(`/faults/hang?key=${key}`, { signal: leaving.signal }).catch((error) => error);
    await logWhen(key, (entry) => entry.requests === 1);
    leaving.abort(new DOMException('gone', 'AbortError'));
    expect(((await pending) as DOMException).name).to.equal('AbortError');
    expect((await logWhen(key, (entry) => entry.closedEarly)).closedEarly).to.equal(true);
  });

  it('forgets a failure, so a later attempt asks again', async () => {
    const key = unique('retry');
    await failureOf(`/faults/hang?key=${key}`, { timeout: 200 });
    await failureOf(`/faults/hang?key=${key}`, { timeout: 200 });
    expect((await serverLog(key)).requests).to.equal(2);
  });

  it('falls back to the default limits for limits that are not positive numbers', async () => {
    for (const bad of [Number.NaN, 0, -5, Number.POSITIVE_INFINITY]) {
      const story = await loadStory(`/faults/story?key=${unique('limits')}&delay=100&id=ok`, {
        timeout: bad,
        maxBytes: bad,
      });
      expect(story.id, String(bad)).to.equal('ok');
    }
    const error = await failureOf(`/faults/huge?key=${unique('nan-cap')}&bytes=3000000`, { maxBytes: Number.NaN });
    expect(error.kind).to.equal('too-large');
  });

  it('rejects at once with an already aborted signal, asking nothing', async () => {
    const key = unique('pre-aborted');
    const controller = new AbortController();
    controller.abort(new DOMException('gone', 'AbortError'));
    const error = await loadStory(`/faults/story?key=${key}`, { signal: controller.signal }).catch((e) => e);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('asks the server nothing for a caller that left before it asked', async () => {
    const key = unique('pre-aborted-log');
    const controller = new AbortController();
    controller.abort();
    await loadStory(`/faults/story?key=${key}&id=${key}`, { signal: controller.signal }).catch(() => {});
    // Other limits: a request of its own, not one the first caller might have started.
    await loadStory(`/faults/story?key=${key}&id=${key}`, { timeout: 5000 });
    expect((await serverLog(key)).requests, 'only the second caller asked').to.equal(1);
  });
});
