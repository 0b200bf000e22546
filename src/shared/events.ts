import type { Lean, Story } from '../story/schema.js';
import type { StoryErrorKind, StoryIssue } from '../story/story-error.js';

export interface StoryLoadDetail {
  story: Story;
}

export interface StoryErrorDetail {
  kind: StoryErrorKind;
  message: string;
  issues: StoryIssue[];
}

/** Where the reader followed a source link from. */
export type SourceOpenFrom = 'list' | 'citation' | 'viewpoint' | 'sides';

export interface SourceOpenDetail {
  sourceId: number;
  outlet: string;
  lean: Lean;
  url: string;
  from: SourceOpenFrom;
}

export interface CitationToggleDetail {
  sourceId: number;
  open: boolean;
}

export interface ViewpointToggleDetail {
  viewpointId: string;
  open: boolean;
}

export interface FilterChangeDetail {
  /** The leans now shown; empty when every source is shown. */
  leans: Lean[];
}

/**
 * Events the viewpoint-cards elements dispatch; all bubble and cross shadow
 * roots. The reader events (`story-source-open` and the toggles) are for the
 * page to count or forward: the widgets never send anything anywhere.
 */
export interface StoryEventMap {
  'story-load': CustomEvent<StoryLoadDetail>;
  'story-error': CustomEvent<StoryErrorDetail>;
  'story-source-open': CustomEvent<SourceOpenDetail>;
  'story-citation-toggle': CustomEvent<CitationToggleDetail>;
  'story-viewpoint-toggle': CustomEvent<ViewpointToggleDetail>;
  'story-filter-change': CustomEvent<FilterChangeDetail>;
}

/**
 * Dispatches one of our events. A host listener that throws is reported by
 * the browser as usual but cannot interrupt the widget: dispatchEvent does not
 * rethrow listener errors.
 */
export function emit<K extends keyof StoryEventMap>(
  target: EventTarget,
  type: K,
  detail: StoryEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
