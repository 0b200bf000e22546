import { isServer } from 'lit';

/**
 * The full entry of source `n` in a `<source-list>` on the same page (the
 * nearest document or shadow root), so that a short mention of a source can
 * lead to it rather than repeat it.
 */
export function sourceListNear(from: Element): Element | null | undefined {
  if (isServer) return null;
  // Only a list with an id can be linked to (`#id`).
  return (from.getRootNode() as Document | ShadowRoot).querySelector?.('source-list[id]');
}

/** Scrolls to source `n` in `list` (a `<source-list>`) and puts the focus on it; to the list itself when `n` is not in it. */
export function goToSourceEntry(list: Element, n: number): void {
  const item = list.shadowRoot?.querySelector<HTMLElement>(`li[data-n="${n}"]`);
  if (!item) return list.scrollIntoView();
  item.tabIndex = -1;
  item.scrollIntoView({ block: 'center' });
  item.focus({ preventScroll: true });
}
