import * as React from 'react';
import { createComponent } from '@lit/react';
// The registration entry, so that rendering the wrapper also defines <story-provider>.
import { StoryProvider as StoryProviderElement } from '../story-provider/story-provider.js';
import { storyEvents } from './events.js';

/** `<story-provider>` as a React component: properties as props, `onStoryLoad` / `onStoryError` typed. */
export const StoryProvider = createComponent({
  tagName: 'story-provider',
  elementClass: StoryProviderElement,
  react: React,
  events: storyEvents,
  displayName: 'StoryProvider',
});
