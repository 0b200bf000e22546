import type { LitElement, ReactiveController } from 'lit';

// The server's <style> elements are not rendered again (Lit adopts the styles), so they are not counted.
const elementsOf = (root: ParentNode) => [...root.querySelectorAll('*:not(style)')];

/**
 * Upgrades a server-rendered widget (viewpoint-cards/server) in place. It
 * arrives with a declarative shadow root holding the same markup the first
 * render makes. That markup stays until the first render (which may wait for
 * the story's language pack), then goes just before it, in the same task, so
 * the reader sees no gap; Lit renders identical content from the inline JSON
 * child, so nothing changes and nothing moves. Open disclosures and focus are
 * carried over, element by element.
 */
export class ServerUpgradeController implements ReactiveController {
  #root?: ShadowRoot;
  /** The server's elements, in document order (open `<details>` among them), as the reader left them. */
  #old?: Element[];
  /** Where the server's focused element is among them (-1 for none); set with `#old`. */
  #focused?: number;

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
    // Read before the markup goes: removed elements keep their `open`, but the root forgets its focus.
    this.#old = elementsOf(root);
    this.#focused = this.#old.indexOf(root.activeElement!);
    root.replaceChildren();
    // Lit noted the server's first child as where to render; it is gone, so render into the empty root.
    this.host.renderOptions.renderBefore = null;
  }

  hostUpdated(): void {
    const old = this.#old;
    this.#old = undefined;
    if (!old) return;
    const elements = elementsOf(this.host.renderRoot);
    if (elements.length !== old.length) return; // not the same markup: nothing to carry over
    elements.forEach((el, i) => (old[i] as HTMLDetailsElement).open && ((el as HTMLDetailsElement).open = true));
    // The new element stands where the old one stood: nothing to scroll to.
    (elements[this.#focused!] as HTMLElement | undefined)?.focus({ preventScroll: true });
  }
}
