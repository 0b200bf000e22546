import * as React from 'react';
import { createComponent } from '@lit/react';
// The registration entry, so that rendering the wrapper also defines <source-list>.
import { SourceList as SourceListElement } from '../source-list/source-list.js';
import { storyEvents } from './events.js';

/** `<source-list>` as a React component: properties as props, `onStoryLoad` / `onStoryError` typed. */
export const SourceList = createComponent({
  tagName: 'source-list',
  elementClass: SourceListElement,
  react: React,
  events: storyEvents,
  displayName: 'SourceList',
});
