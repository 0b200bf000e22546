/**
 * viewpoint-cards: every element registered, plus all classes and the story
 * types. The provider is registered first so that widgets upgrading after it
 * find it at once.
 */
import './story-provider/story-provider.js';
import './story-summary/story-summary.js';
import './viewpoint-card/viewpoint-card.js';
import './source-list/source-list.js';
import './coverage-gaps/coverage-gaps.js';
import type { StoryEventMap } from './shared/events.js';

export * from './classes.js';

declare global {
  // Typed `addEventListener('story-load', e => e.detail.story)` on any element.
  interface HTMLElementEventMap extends StoryEventMap {}
}
