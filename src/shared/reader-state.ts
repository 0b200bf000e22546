/**
 * What a reader may have changed in a server-rendered widget before the
 * script arrived: which disclosures are open, and which element has focus.
 * Upgrading renders the same markup anew, so this is read from the server's
 * markup first and put back on the identical new markup after.
 */
export interface ReaderState {
  /** Per element, in document order: whether it is an open `<details>`. */
  open: boolean[];
  /** Index of the focused element, or -1. */
  focus: number;
}

// The server's <style> elements are not rendered again (Lit adopts the styles), so they are not counted.
const elementsOf = (root: ShadowRoot) => [...root.querySelectorAll('*:not(style)')];

export function readReaderState(root: ShadowRoot): ReaderState {
  const elements = elementsOf(root);
  return {
    open: elements.map((el) => (el as HTMLDetailsElement).open === true),
    focus: root.activeElement ? elements.indexOf(root.activeElement) : -1,
  };
}

export function restoreReaderState(root: ShadowRoot, { open, focus }: ReaderState): void {
  const elements = elementsOf(root);
  if (elements.length !== open.length) return; // not the same markup: nothing to carry over
  elements.forEach((el, i) => open[i] && ((el as HTMLDetailsElement).open = true));
  // The new element stands where the old one stood: nothing to scroll to.
  (elements[focus] as HTMLElement | undefined)?.focus({ preventScroll: true });
}
