import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which one of a widget's popovers is open (a citation's source), and the
 * ways a reader closes it: Escape, the close control, a click outside it.
 * Escape and the close control give the focus back to the control that
 * opened it; a click outside leaves the focus where the reader put it.
 * A popover's key is its id: its opener says `aria-controls="<key>"` and `aria-expanded`.
 */
export class PopoverController implements ReactiveController {
  /** Key of the open popover (never empty), if any. */
  open?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Told of every popover that opens or closes. */
    private readonly onToggle: (key: string, open: boolean) => void,
  ) {
    host.addController(this);
  }

  // Listening while connected rather than while open: a key or a press with nothing open does nothing.
  hostConnected(): void {
    document.addEventListener('keydown', this.#handleKey);
    document.addEventListener('pointerdown', this.#handlePointer);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#handleKey);
    document.removeEventListener('pointerdown', this.#handlePointer);
    this.open = undefined;
  }

  toggle(key: string): void {
    const opening = this.open !== key;
    this.close(false);
    if (!opening) return;
    this.open = key;
    this.onToggle(key, true);
    this.host.requestUpdate();
  }

  /** Closes the open popover; `refocus` gives the focus back to its opener. */
  close(refocus: boolean): void {
    const key = this.open;
    if (!key) return;
    this.open = undefined;
    this.onToggle(key, false);
    if (refocus) this.host.shadowRoot!.querySelector<HTMLElement>(`[aria-controls="${key}"]`)?.focus();
    this.host.requestUpdate();
  }

  #handleKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    this.close(this.host.matches(':focus-within'));
  };

  // A press on the popover or on any opener of this widget is the widget's own; a press anywhere else closes it.
  #handlePointer = (event: PointerEvent) => {
    // The popover or opener around the innermost element pressed (`closest` stays inside its shadow root).
    const own = (event.composedPath()[0] as Element).closest?.('[data-popover], [aria-expanded]');
    if (own?.getRootNode() !== this.host.shadowRoot) this.close(false);
  };
}
