import type { LitElement, ReactiveController } from 'lit';

/** What a reader may have changed in server-rendered markup before the script arrived. */
interface ReaderState {
  /** Per element, in document order: whether it is an open `<details>`. */
  open: boolean[];
  /** Index of the focused element, or -1. */
  focus: number;
}

// The server's <style> elements are not rendered again (Lit adopts the styles), so they are not counted.
const elementsOf = (root: ParentNode) => [...root.querySelectorAll('*:not(style)')];

/**
 * Upgrades a server-rendered widget (viewpoint-cards/server) in place. It
 * arrives with a declarative shadow root holding the same markup the first
 * render makes. That markup stays until the first render (which may wait for
 * the story's language pack), then goes just before it, in the same task, so
 * the reader sees no gap; Lit renders identical content from the inline JSON
 * child, so nothing changes and nothing moves. Open disclosures and focus are
 * carried over.
 */
export class ServerUpgradeController implements ReactiveController {
  #root?: ShadowRoot;
  #state?: ReaderState;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  /** Call from `createRenderRoot()`: notes the server's shadow root, if there is one. */
  takeOver(root: ShadowRoot | null): void {
    if (root?.firstChild) this.#root = root;
  }

  hostUpdate(): void {
    const root = this.#root;
    if (!root) return;
    this.#root = undefined;
    const elements = elementsOf(root);
    this.#state = {
      open: elements.map((el) => (el as HTMLDetailsElement).open === true),
      focus: elements.indexOf(root.activeElement!), // -1 when nothing inside has focus
    };
    root.replaceChildren();
    // Lit noted the server's first child as where to render; it is gone, so render into the empty root.
    this.host.renderOptions.renderBefore = null;
  }

  hostUpdated(): void {
    const state = this.#state;
    this.#state = undefined;
    if (!state) return;
    const elements = elementsOf(this.host.renderRoot);
    if (elements.length !== state.open.length) return; // not the same markup: nothing to carry over
    elements.forEach((el, i) => state.open[i] && ((el as HTMLDetailsElement).open = true));
    // The new element stands where the old one stood: nothing to scroll to.
    (elements[state.focus] as HTMLElement | undefined)?.focus({ preventScroll: true });
  }
}
