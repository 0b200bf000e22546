import type { EventName } from '@lit/react';
import type { StoryEventMap } from '../shared/events.js';

const name = <K extends keyof StoryEventMap>(type: K) => type as EventName<StoryEventMap[K]>;

/**
 * The elements' events as typed React props (`onStoryLoad={(e) => e.detail.story}`).
 * The reader events are on every wrapper; each element fires the ones its readers can cause.
 */
export const storyEvents = {
  onStoryLoad: name('story-load'),
  onStoryError: name('story-error'),
  onStorySourceOpen: name('story-source-open'),
  onStoryCitationToggle: name('story-citation-toggle'),
  onStoryViewpointToggle: name('story-viewpoint-toggle'),
  onStoryFilterChange: name('story-filter-change'),
};
