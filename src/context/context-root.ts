import { isServer } from 'lit';
import { ContextRoot } from '@lit/context';

// Marks the document once per page, across copies of the library (bundle + npm build).
const ATTACHED = Symbol.for('viewpoint-cards.context-root');

/**
 * Widgets may upgrade before the provider above them is defined (element
 * entries can load in any order). A ContextRoot on the document keeps their
 * context requests and replays them once a provider appears (lit#4618).
 * Call it before the first context request.
 */
export function attachContextRoot(): void {
  if (isServer) return; // no document when a server renderer connects elements
  const doc = document as Document & { [ATTACHED]?: true };
  if (doc[ATTACHED]) return;
  new ContextRoot().attach(document.documentElement);
  doc[ATTACHED] = true;
}
