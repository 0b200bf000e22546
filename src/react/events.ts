import type { EventName } from '@lit/react';
import type { StoryEventMap } from '../shared/events.js';

/** The two events every element fires, as typed React props (`onStoryLoad={(e) => e.detail.story}`). */
export const storyEvents = {
  onStoryLoad: 'story-load' as EventName<StoryEventMap['story-load']>,
  onStoryError: 'story-error' as EventName<StoryEventMap['story-error']>,
};
