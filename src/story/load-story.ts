import type { Story } from './schema.js';
import { parseStory } from './parse-story.js';
import { StoryError, parseJson } from './story-error.js';

export interface LoadOptions {
  /** Aborting it rejects this caller's promise; the request itself stops once no caller waits for it. */
  signal?: AbortSignal;
  /** Milliseconds before the request is abandoned. */
  timeout?: number;
  /** Bytes of body read at most; the connection is closed past it. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 1_000_000;

interface SharedRequest {
  promise: Promise<Story>;
  /** Aborted once the request is over (settled, timed out or abandoned), which also hangs up on a body left unread. */
  controller: AbortController;
  waiting: number;
}

// One request per URL (and limits), shared by every element that asks for it:
// the same `src` on several elements of a page is fetched once. The last 64
// URLs' stories stay cached (the oldest is evicted first); failures are
// forgotten so that a later attempt retries.
const requests = new Map<string, SharedRequest>();
const MAX_CACHED = 64;

// setTimeout fires at once for delays past 2^31 - 1 ms.
const MAX_TIMER = 2_147_483_647;

/** A positive finite limit, else the default: an attribute like `max-bytes="lots"` arrives as NaN and must not lift the cap. */
function limit(value: number | undefined, fallback: number): number {
  return Number.isFinite(value) && value! > 0 ? value! : fallback;
}

/**
 * Fetches, size-limits, parses and validates the story at `url` (resolved
 * against the page). Rejects with a StoryError whose `kind` says what failed.
 */
export async function loadStory(url: string, options: LoadOptions = {}): Promise<Story> {
  // Before anything starts: a caller that has already left asks nothing.
  options.signal?.throwIfAborted();
  const timeout = Math.min(limit(options.timeout, DEFAULT_TIMEOUT), MAX_TIMER);
  const maxBytes = limit(options.maxBytes, DEFAULT_MAX_BYTES);
  let href: string;
  try {
    href = new URL(url, document.baseURI).href;
  } catch {
    throw new StoryError('network', `"${url}" is not a valid URL.`);
  }
  const key = `${timeout} ${maxBytes} ${href}`;
  let request = requests.get(key);
  if (!request) {
    request = startRequest(href, timeout, maxBytes, () => requests.delete(key));
    requests.set(key, request);
    if (requests.size > MAX_CACHED) requests.delete(requests.keys().next().value!);
  }
  return waitFor(request, options.signal, () => requests.delete(key));
}

function startRequest(href: string, timeout: number, maxBytes: number, forget: () => void): SharedRequest {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new StoryError('timeout', `No answer from ${href} within ${timeout / 1000} s.`)),
    timeout,
  );
  const promise = fetchStory(href, controller.signal, maxBytes)
    .catch((error: unknown) => {
      forget();
      // Whatever the aborted fetch or read threw, a timeout surfaces as its own StoryError (an abort
      // because every caller left has no reason and no reader: the error stays what it was).
      throw controller.signal.reason instanceof StoryError ? controller.signal.reason : error;
    })
    .finally(() => {
      clearTimeout(timer);
      // Over: an error page, the wrong type or a body past maxBytes is not read on.
      controller.abort();
    });
  return { promise, controller, waiting: 0 };
}

/**
 * One caller's view of a shared request: its own signal only detaches that caller. Every request has a
 * caller from the start, whose handlers keep a failure from being an unhandled rejection.
 */
function waitFor(request: SharedRequest, signal: AbortSignal | undefined, forget: () => void): Promise<Story> {
  request.waiting++;
  return new Promise<Story>((resolve, reject) => {
    // Once the request is over, the count no longer matters: only a caller leaving before can end it.
    const onAbort = () => {
      reject(signal!.reason);
      if (!--request.waiting && !request.controller.signal.aborted) {
        forget();
        // No caller is left to read why, so no reason is given.
        request.controller.abort();
      }
    };
    // A signal is aborted once, so its abort event fires once.
    signal?.addEventListener('abort', onAbort);
    request.promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

async function fetchStory(href: string, signal: AbortSignal, maxBytes: number): Promise<Story> {
  let response: Response;
  try {
    response = await fetch(href, { signal, credentials: 'omit', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new StoryError('network', `Could not reach ${href}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new StoryError('http', `${href} answered HTTP ${response.status}.`, [], { status: response.status });
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new StoryError('content-type', `${href} is not JSON (Content-Type: ${type || 'none'}).`);
  }
  const text = await readText(response, maxBytes, href);
  // Links resolve against the URL the story came from: fetch gives it after any redirect.
  return parseStory(parseJson(text, href), response.url);
}

/** Reads the body as a stream and stops once it passes `maxBytes` (the request's abort then closes the connection). */
async function readText(response: Response, maxBytes: number, href: string): Promise<string> {
  const tooLarge = () => new StoryError('too-large', `${href} is larger than ${maxBytes} bytes.`);
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
  const reader = response.body?.getReader();
  if (!reader) return '';
  // A fetched body's chunks are bytes (a Uint8Array's length is its size) and never shared memory.
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    // Decoded once at the end, as UTF-8 (a byte order mark dropped, as fetch's text() does).
    if (done) return new Blob(chunks).text();
    size += value.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(value as Uint8Array<ArrayBuffer>);
  }
}
