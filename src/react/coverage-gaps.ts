import * as React from 'react';
import { createComponent } from '@lit/react';
// The registration entry, so that rendering the wrapper also defines <coverage-gaps>.
import { CoverageGaps as CoverageGapsElement } from '../coverage-gaps/coverage-gaps.js';
import { storyEvents } from './events.js';

/** `<coverage-gaps>` as a React component: properties as props, `onStoryLoad` / `onStoryError` typed. */
export const CoverageGaps = createComponent({
  tagName: 'coverage-gaps',
  elementClass: CoverageGapsElement,
  react: React,
  events: storyEvents,
  displayName: 'CoverageGaps',
});
