import type { Story } from '../story/schema.js';
import type { StoryErrorKind, StoryIssue } from '../story/story-error.js';

export interface StoryLoadDetail {
  story: Story;
}

export interface StoryErrorDetail {
  kind: StoryErrorKind;
  message: string;
  issues: StoryIssue[];
}

/** Events every viewpoint-cards element may dispatch; both bubble and cross shadow roots. */
export interface StoryEventMap {
  'story-load': CustomEvent<StoryLoadDetail>;
  'story-error': CustomEvent<StoryErrorDetail>;
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
