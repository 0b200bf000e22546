import * as React from 'react';
import { createComponent } from '@lit/react';
// The registration entry, so that rendering the wrapper also defines <viewpoint-card>.
import { ViewpointCard as ViewpointCardElement } from '../viewpoint-card/viewpoint-card.js';
import { storyEvents } from './events.js';

/** `<viewpoint-card>` as a React component: properties as props, `onStoryLoad` / `onStoryError` typed. */
export const ViewpointCard = createComponent({
  tagName: 'viewpoint-card',
  elementClass: ViewpointCardElement,
  react: React,
  events: storyEvents,
  displayName: 'ViewpointCard',
});
