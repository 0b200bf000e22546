import type { Story } from './schema.js';
import type { StoryError } from './story-error.js';

/** Where an element's story stands: loading, ready to show, or failed. */
export type StoryState =
  { status: 'loading' } | { status: 'ready'; story: Story } | { status: 'error'; error: StoryError };
