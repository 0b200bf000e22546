// JSX types for the elements in Preact (checked with Preact 11), which sets props as properties when
// the element has them and listens to `on<event-name>` props:
//   import type {} from 'viewpoint-cards/jsx-preact';
//   <source-list src="/story.json" onstory-error={(e) => e.detail.kind} />
import type { HTMLAttributes } from 'preact';
import type { CoverageGaps, SourceList, StoryProvider, StorySummary, ViewpointCard } from '../dist/index.js';
import type { StoryElementProps, StoryHostProps, ViewpointCardProps } from './props.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'story-provider': Omit<HTMLAttributes<StoryProvider>, keyof StoryHostProps> & StoryHostProps;
      'story-summary': Omit<HTMLAttributes<StorySummary>, keyof StoryElementProps> & StoryElementProps;
      'viewpoint-card': Omit<HTMLAttributes<ViewpointCard>, keyof ViewpointCardProps> & ViewpointCardProps;
      'source-list': Omit<HTMLAttributes<SourceList>, keyof StoryElementProps> & StoryElementProps;
      'coverage-gaps': Omit<HTMLAttributes<CoverageGaps>, keyof StoryElementProps> & StoryElementProps;
    }
  }
}
