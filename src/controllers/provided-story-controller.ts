import type { ReactiveElement } from 'lit';
import type { ContextConsumer } from '@lit/context';
import { consume } from '../context/consume.js';
import { storyContext } from '../context/story-context.js';
import type { Story } from '../story/schema.js';
import type { StoryError } from '../story/story-error.js';
import type { StoryState } from '../story/story-state.js';

/**
 * What a widget shows: its own story when it has one, else the one an
 * enclosing `<story-provider>` hands down, after the widget's own check of a
 * valid story (e.g. `<viewpoint-card>`'s unknown viewpoint id).
 */
export class ProvidedStoryController {
  /** The state to render; set by `update()`. */
  view?: StoryState;

  // Re-renders the host whenever the provider's state changes.
  #provided: ContextConsumer<typeof storyContext, ReactiveElement>;

  constructor(
    host: ReactiveElement,
    private readonly problemWith: (story: Story) => StoryError | undefined,
  ) {
    this.#provided = consume(host, storyContext);
  }

  /** Whether the view is the provider's own state, which the provider reports itself. */
  get fromProvider(): boolean {
    return this.view === this.#provided.value;
  }

  /** Recomputes `view` from the widget's own state (undefined when it has no input of its own). */
  update(own: StoryState | undefined): void {
    const state = own ?? this.#provided.value;
    const problem = state?.status === 'ready' ? this.problemWith(state.story) : undefined;
    if (!problem) {
      this.view = state;
      return;
    }
    // Keep the same object for the same problem (its message names it) so that it is reported once.
    const previous = this.view;
    if (previous?.status !== 'error' || previous.error.message !== problem.message) {
      this.view = { status: 'error', error: problem };
    }
  }
}
