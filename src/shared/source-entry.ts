import { isServer } from 'lit';

/**
 * The full entry of source `n` in a `<source-list>` on the same page (the
 * nearest document or shadow root), so that a short mention of a source can
 * lead to it rather than repeat it.
 */
export function sourceListNear(from: Element): Element | null {
  if (isServer) return null;
  // Only a list with an id can be linked to (`#id`).
  return (from.getRootNode() as Document | ShadowRoot).querySelector?.('source-list[id]') ?? null;
}

/** Scrolls to source `n` in the page's `<source-list>` and puts the focus on it; false when there is none. */
export function goToSourceEntry(from: Element, n: number): boolean {
  const item = sourceListNear(from)?.shadowRoot?.querySelector<HTMLElement>(`li[data-n="${n}"]`);
  if (!item) return false;
  item.tabIndex = -1;
  item.scrollIntoView({ block: 'center' });
  item.focus({ preventScroll: true });
  return true;
}
