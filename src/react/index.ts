/**
 * viewpoint-cards/react: every element as a React component made with
 * @lit/react, for React 18 and 19. Each wrapper registers only its own
 * element, so a bundler keeps only the wrappers an app imports.
 *
 * ```tsx
 * import { SourceList } from 'viewpoint-cards/react';
 * <SourceList src="/stories/x.json" onStoryError={(e) => report(e.detail.kind)} />
 * ```
 */
export { StorySummary } from './story-summary.js';
export { ViewpointCard } from './viewpoint-card.js';
export { SourceList } from './source-list.js';
export { CoverageGaps } from './coverage-gaps.js';
export { StoryProvider } from './story-provider.js';
export type {
  StoryLoadDetail,
  StoryErrorDetail,
  SourceOpenDetail,
  CitationToggleDetail,
  ViewpointToggleDetail,
  FilterChangeDetail,
} from '../shared/events.js';
