import { LitElement, type PropertyDeclarations } from 'lit';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT } from '../story/load-story.js';
import type { StoryState } from '../story/story-state.js';
import { emit } from './events.js';
import { StoryInputController } from '../controllers/story-input-controller.js';
import { VERSION } from './version.js';

/**
 * What the provider and the widgets share: the three ways to be given a
 * story (`story`, `src`, inline JSON), the request limits, and reporting the
 * outcome as `story-load` / `story-error` events.
 */
export abstract class StoryHost extends LitElement {
  /** Compared by `define()` when another copy of the library registered the tag first. */
  static version = VERSION;

  static override properties: PropertyDeclarations = {
    story: { attribute: false },
    src: {},
    timeout: { type: Number },
    maxBytes: { attribute: 'max-bytes', type: Number },
    loading: {},
  };

  /** The story as an object. Takes precedence over `src` and inline JSON. */
  declare story?: unknown;

  /** URL of the story JSON, relative to the page. Fetched without credentials; the latest value wins. */
  declare src?: string;

  /** Milliseconds to wait for `src` before showing a timeout error. */
  timeout = DEFAULT_TIMEOUT;

  /** Largest `src` body read, in bytes; a bigger file is an error. */
  maxBytes = DEFAULT_MAX_BYTES;

  /**
   * `eager` (the default) fetches `src` at once; `lazy` waits until the element
   * nears the viewport, keeping its space meanwhile, as `<img loading="lazy">` does.
   */
  loading: 'eager' | 'lazy' = 'eager';

  protected readonly input = new StoryInputController(this);
  #reported?: StoryState;
  #resolvedFor?: unknown[];

  /**
   * Before each render: reads the story inputs again when one of them
   * changed since the last time, and takes the state that comes of them.
   * Runs when the update is scheduled, so that a widget knows its story (and
   * so its language) before it renders; a lazy widget's story arrives later
   * through the same path, and waits for its pack there too. Returns a
   * promise when the render must wait for something first (a widget's
   * language pack).
   */
  protected takeInputs(): Promise<unknown> | void {
    const inputs = [this.story, this.src, this.timeout, this.maxBytes, this.loading];
    const last = this.#resolvedFor;
    this.#resolvedFor = inputs;
    // NaN, from a bad number attribute, is no change.
    const firstChanged = inputs.findIndex((input, i) => !last || !Object.is(last[i], input));
    // `loading` (the last input) only changes a story still waiting: a loaded one stays as it is.
    if (firstChanged >= 0 && (firstChanged < 4 || this.input.state?.status === 'loading')) this.input.resolve();
    return this.takeState(this.input.state);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.takeInputs();
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  // The server renderer calls willUpdate without scheduling an update; in the
  // browser, inputs changed while a render waited are taken here.
  protected override willUpdate(): void {
    void this.takeInputs();
  }

  /**
   * Takes the input's state before each render: the provider hands it down, a
   * widget works out what it shows. A promise: the render waits for it.
   */
  protected abstract takeState(state: StoryState | undefined): Promise<unknown> | void;

  /** What this element reports as `story-load` / `story-error` after a render (undefined: another element does). */
  protected abstract get reportedState(): StoryState | undefined;

  /** After a render: dispatches `story-load` or `story-error` once for each new settled state. */
  protected override updated(): void {
    const state = this.reportedState;
    if (!state || state === this.#reported || state.status === 'loading') return;
    this.#reported = state;
    if (state.status === 'ready') {
      emit(this, 'story-load', { story: state.story });
    } else {
      const { kind, message, issues } = state.error;
      console.error(`[viewpoint-cards] <${this.localName}>: ${message}`, ...(issues.length ? [issues] : []));
      emit(this, 'story-error', { kind, message, issues });
    }
  }
}
