// JSX types for the elements in React 19, which sets custom-element props as
// properties and listens to `on<event-name>` props:
//   import type {} from 'viewpoint-cards/jsx-react';
//   <source-list src="/story.json" onstory-error={(e) => e.detail.kind} />
// (The wrappers in viewpoint-cards/react need no such import.)
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CoverageGaps, SourceList, StoryProvider, StorySummary, ViewpointCard } from '../dist/index.js';
import type { StoryElementProps, StoryHostProps, ViewpointCardProps } from './props.js';

type ElementProps<E, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'story-provider': ElementProps<StoryProvider, StoryHostProps>;
      'story-summary': ElementProps<StorySummary, StoryElementProps>;
      'viewpoint-card': ElementProps<ViewpointCard, ViewpointCardProps>;
      'source-list': ElementProps<SourceList, StoryElementProps>;
      'coverage-gaps': ElementProps<CoverageGaps, StoryElementProps>;
    }
  }
}
