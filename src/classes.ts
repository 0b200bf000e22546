/**
 * Every class and helper, with no element registered: for scoped registries
 * or custom tag names (`customElements.define('my-sources', SourceList)`).
 */
export * from './elements.js';
export { StoryElement, type Theme } from './shared/story-element.js';
export { StoryHost } from './shared/story-host.js';
export { DEFAULT_LABELS, type Labels, type LabelKey } from './shared/labels.js';
export { registerLabels } from './i18n/registry.js';
export type { Label, LabelOverrides, LabelValue, LabelValues } from './i18n/label-types.js';
export type {
  StoryEventMap,
  StoryLoadDetail,
  StoryErrorDetail,
  SourceOpenDetail,
  SourceOpenFrom,
  CitationToggleDetail,
  ViewpointToggleDetail,
  FilterChangeDetail,
} from './shared/events.js';
export { VERSION } from './shared/version.js';
export {
  LEANS,
  SOURCE_TYPES,
  LeanSchema,
  PerspectiveSchema,
  ViewpointSchema,
  SourceSchema,
  RelatedStorySchema,
  LeanRatingsSchema,
  StorySchema,
  type Lean,
  type SourceType,
  type Perspective,
  type Viewpoint,
  type Source,
  type RelatedStory,
  type LeanRatings,
  type Story,
} from './story/schema.js';
export { parseStory, parseStoryText } from './story/parse-story.js';
export { loadStory, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, type LoadOptions } from './story/load-story.js';
export { StoryError, type StoryErrorKind, type StoryIssue } from './story/story-error.js';
export { storyContext } from './context/story-context.js';
export type { StoryState } from './story/story-state.js';
export { leanScale, largestRemainder, oneSidedCoverage, SCALE, type LeanScale, type LeanShare } from './story/lean.js';
export { sortSources, type SourceOrder } from './story/sort-sources.js';
