import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadStory } from '../story/load-story.js';
import { parseStory, parseStoryText } from '../story/parse-story.js';
import type { StoryState } from '../story/story-state.js';
import { toStoryError } from '../story/story-error.js';
import { SERVER_BASE } from '../story/safe-url.js';

/** The inputs an element reads its own story from. */
export interface StoryInputHost extends ReactiveControllerHost, HTMLElement {
  story?: unknown;
  src?: string;
  timeout: number;
  maxBytes: number;
  /** `lazy`: fetch `src` only when the element nears the viewport. */
  loading: 'eager' | 'lazy';
}

/** How near the viewport a lazy element starts fetching: far enough that a reader scrolling down rarely sees it wait. */
export const LAZY_MARGIN = '400px 0px';

/**
 * Turns an element's own inputs into a StoryState, in this order of
 * precedence: the `story` property, the `src` attribute, an inline
 * `<script type="application/json">` child. `state` stays undefined when the
 * element has none of them (it then shows what a provider hands it).
 *
 * The latest input always wins: a new `src`, or disconnecting, aborts the
 * request in flight, and a superseded answer is never shown.
 */
export class StoryInputController implements ReactiveController {
  state?: StoryState;
  /** Stops what is under way: the request, or the wait for the viewport. */
  #cancel?: () => void;
  #inlineObserver?: MutationObserver;
  /** The inline child's text as last read (undefined: there was none). */
  #inlineRead?: string;
  /** A lazy element came near the viewport once; from then on it fetches at once. */
  #near = false;

  constructor(private readonly host: StoryInputHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) this.#watchInline();
    // Loading with nothing under way: a disconnect cancelled the wait or the request; start again.
    if (this.state?.status === 'loading' && !this.#cancel) {
      this.resolve();
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#inlineObserver?.disconnect();
    // No reason given: an aborted request's answer is dropped unread (see #load's settle).
    this.#cancel?.();
    this.#cancel = undefined;
  }

  /** Recomputes `state` from the current inputs; call it when one of them changes. */
  resolve(): void {
    this.#cancel?.();
    this.#cancel = undefined;
    const { story, src } = this.host;
    // Server rendering (@lit-labs/ssr) has no document and no children to read:
    // the server API hands over a story whose links it already made absolute.
    const base = isServer ? SERVER_BASE : document.baseURI;
    try {
      if (story !== undefined) {
        this.state = { status: 'ready', story: parseStory(story, base) };
      } else if (src) {
        if (this.host.loading === 'lazy' && !this.#near && !isServer) this.#loadWhenNear();
        else this.#load(src);
      } else {
        const text = (this.#inlineRead = this.#inlineText());
        this.state = text === undefined ? undefined : { status: 'ready', story: parseStoryText(text, base) };
      }
    } catch (error) {
      this.state = { status: 'error', error: toStoryError(error) };
    }
  }

  /** The text of the inline `<script type="application/json">` child; undefined without one. */
  #inlineText(): string | undefined {
    const inline = isServer ? null : this.host.querySelector(':scope > script[type="application/json"]');
    // An element's textContent is a string (null only for documents and doctypes).
    return inline?.textContent as string | undefined;
  }

  /**
   * An inline child may arrive after the element upgraded (a page still being
   * parsed, a script that fills the element after inserting it) or be edited
   * later: read it again then, when it is the element's input. Any change
   * below the element is looked at, and only a new text (or none) is read.
   */
  #watchInline(): void {
    const host = this.host;
    this.#inlineObserver ??= new MutationObserver(() => {
      if (host.story !== undefined || host.src || this.#inlineText() === this.#inlineRead) return;
      this.resolve();
      host.requestUpdate();
    });
    this.#inlineObserver.observe(host, { childList: true, subtree: true, characterData: true });
  }

  /**
   * Shows the loading state (which keeps the widget's space) until the
   * element, or for a provider (no box of its own) an element inside it,
   * comes within LAZY_MARGIN of the viewport; then resolves again, which
   * fetches the current `src`. Waiting is cancelled as a request is.
   */
  #loadWhenNear(): void {
    const host = this.host;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#near = true;
        this.resolve();
        host.requestUpdate();
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#cancel = () => observer.disconnect();
    this.state = { status: 'loading' };
    const targets = getComputedStyle(host).display === 'contents' ? [...host.children] : [host];
    for (const target of targets.length ? targets : [host.parentElement ?? host]) observer.observe(target);
  }

  #load(src: string): void {
    const abort = new AbortController();
    this.#cancel = () => abort.abort();
    const settle = (state: StoryState) => {
      if (abort.signal.aborted) return; // superseded or removed: drop the answer
      this.#cancel = undefined;
      this.state = state;
      this.host.requestUpdate();
    };
    this.state = { status: 'loading' };
    loadStory(src, { signal: abort.signal, timeout: this.host.timeout, maxBytes: this.host.maxBytes }).then(
      (story) => settle({ status: 'ready', story }),
      (error: unknown) => settle({ status: 'error', error: toStoryError(error, 'network') }),
    );
  }
}
