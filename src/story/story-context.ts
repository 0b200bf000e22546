import { createContext } from '@lit/context';
import type { Story } from './schema.js';
import type { StoryError } from './story-error.js';

/** What a `<story-provider>` hands to the widgets inside it. */
export type StoryState =
  { status: 'loading' } | { status: 'ready'; story: Story } | { status: 'error'; error: StoryError };

// A string key (not a Symbol) so that two copies of the library on one page,
// say the script-tag bundle and an npm build, still find each other's providers.
export const storyContext = createContext<StoryState | undefined>('viewpoint-cards/story');
