import { createContext } from '@lit/context';
import type { StoryState } from '../story/story-state.js';

/**
 * What a `<story-provider>` hands to the widgets inside it.
 *
 * A string key (not a Symbol) so that two copies of the library on one page,
 * say the script-tag bundle and an npm build, still find each other's providers.
 */
export const storyContext = createContext<StoryState | undefined>('viewpoint-cards/story');
