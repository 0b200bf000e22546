import * as React from 'react';
import { createComponent } from '@lit/react';
// The registration entry, so that rendering the wrapper also defines <story-summary>.
import { StorySummary as StorySummaryElement } from '../story-summary/story-summary.js';
import { storyEvents } from './events.js';

/** `<story-summary>` as a React component: properties as props, `onStoryLoad` / `onStoryError` typed. */
export const StorySummary = createComponent({
  tagName: 'story-summary',
  elementClass: StorySummaryElement,
  react: React,
  events: storyEvents,
  displayName: 'StorySummary',
});
