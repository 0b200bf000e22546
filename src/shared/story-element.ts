import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { Story } from '../story/schema.js';
import { storyContext, type StoryState } from '../story/story-context.js';
import { StoryError, toStoryError } from '../story/story-error.js';
import { headingLevel } from './heading.js';
import { errorKey, label, type LabelKey, type Labels } from './labels.js';
import { readReaderState, restoreReaderState, type ReaderState } from './reader-state.js';
import { StoryHost } from './story-host.js';
import { baseStyles } from './tokens.styles.js';

export type Theme = 'light' | 'dark' | 'auto';

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `rtl` for scripts written right to left, judged by the language subtag. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' | undefined {
  if (!lang) return undefined;
  return RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

// Widgets may upgrade before the provider above them is defined (element
// entries can load in any order). A ContextRoot on the document keeps their
// context requests and replays them once a provider appears (lit#4618).
let contextRoot: ContextRoot | undefined;
const CONTEXT_ROOT = Symbol.for('viewpoint-cards.context-root');
function attachContextRoot(): void {
  if (isServer) return; // no document when a server renderer calls connectedCallback
  const doc = document as Document & { [CONTEXT_ROOT]?: true };
  if (contextRoot || doc[CONTEXT_ROOT]) return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
  doc[CONTEXT_ROOT] = true;
}

/**
 * The base of the four widgets: takes a story from the `story` property, the
 * `src` attribute, an inline JSON child or an enclosing `<story-provider>`;
 * renders the loading and error states; reports `story-load` / `story-error`.
 * Subclasses only render a valid story.
 *
 * @fires {CustomEvent<StoryLoadDetail>} story-load - The element loaded and validated its own story. `detail: { story }`.
 * @fires {CustomEvent<StoryErrorDetail>} story-error - The story could not be shown. `detail: { kind, message, issues }`.
 *
 * @csspart base - The widget's frame (also in the loading and error states).
 * @csspart loading - The frame while the story loads.
 * @csspart error - The frame holding an error message.
 * @csspart heading - The story title.
 * @csspart subheading - Each section heading.
 * @cssprop --vc-color-text - Text colour.
 * @cssprop --vc-color-text-muted - Secondary text colour.
 * @cssprop --vc-color-surface - Background of the widget.
 * @cssprop --vc-color-surface-alt - Background of cards and revealed citations.
 * @cssprop --vc-color-border - Borders and dividers.
 * @cssprop --vc-color-accent - Links, buttons and focus rings.
 * @cssprop --vc-color-error - Text of the error state.
 * @cssprop --vc-font-family - Font; inherits the page's by default.
 * @cssprop --vc-heading-font-family - Font of headings; inherits by default.
 * @cssprop --vc-font-size - Base font size (default 1rem).
 * @cssprop --vc-heading-size - Size of the widget heading (default 1.25rem).
 * @cssprop --vc-subheading-size - Size of section headings (default 1rem).
 * @cssprop --vc-space - Spacing unit (default 1rem).
 * @cssprop --vc-radius - Corner radius (default 0.5rem).
 * @cssprop --vc-loading-min-height - Space kept while loading (default 12rem).
 * @cssprop --vc-color-lean-left - Colour of "Left" in lean dots and the distribution bar.
 * @cssprop --vc-color-lean-lean-left - Colour of "Lean Left".
 * @cssprop --vc-color-lean-center - Colour of "Center".
 * @cssprop --vc-color-lean-lean-right - Colour of "Lean Right".
 * @cssprop --vc-color-lean-right - Colour of "Right".
 * @cssprop --vc-color-lean-unrated - Colour of sources without a rating.
 * @cssprop --vc-line-height - Line height of text (default 1.5).
 */
export abstract class StoryElement extends StoryHost {
  static override styles = [baseStyles];

  // `static properties` and controllers rather than decorators: the same
  // behaviour, without the decorator helpers in the script-tag bundle.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    labels: { attribute: false },
  };

  /** Level (1–6) of the widget's heading, so it fits the page's outline; sub-headings use the next level. */
  headingLevel = 2;

  /** `light`, `dark`, or `auto` (the default: follows `prefers-color-scheme`). */
  declare theme?: Theme;

  /** Replacement texts for any visible label (see the README for the keys), for translation. */
  declare labels?: Partial<Labels>;

  // The provider's state; the consumer re-renders this element when it changes.
  #provided = new ContextConsumer(this, { context: storyContext, subscribe: true });

  /** What is shown: the element's own story, else the provider's, after the subclass's own checks. */
  #view?: StoryState;
  /** Open disclosures and focus in server-rendered markup, until the first render takes them over. */
  #readerState?: ReaderState;

  override connectedCallback(): void {
    attachContextRoot();
    super.connectedCallback();
  }

  /**
   * Upgrade in place: a server-rendered widget (viewpoint-cards/server)
   * arrives with a declarative shadow root holding the same markup the first
   * render makes. Lit would add its render beside that markup, so empty the
   * root first (before Lit notes its first child as where to render): the
   * first render follows in a microtask of the same task, before any paint,
   * and draws identical content from the inline JSON child, so the reader
   * sees no change and nothing moves. Open disclosures and focus are carried
   * over to the new markup.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot) {
      this.#readerState = readReaderState(this.shadowRoot);
      this.shadowRoot.replaceChildren();
    }
    return super.createRenderRoot();
  }

  protected override firstUpdated(): void {
    if (this.#readerState) restoreReaderState(this.renderRoot as ShadowRoot, this.#readerState);
    this.#readerState = undefined;
  }

  /** A problem that makes a valid story unusable for this element (e.g. an unknown viewpoint id). */
  protected problemWith(_story: Story): StoryError | undefined {
    return undefined;
  }

  /** The widget's content for a valid story. */
  protected abstract renderStory(story: Story): TemplateResult;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#view = this.#viewOf(this.input.state ?? this.#provided.value);
  }

  #viewOf(state: StoryState | undefined): StoryState | undefined {
    if (state?.status !== 'ready') return state;
    const problem = this.problemWith(state.story);
    if (!problem) return state;
    const previous = this.#view;
    // Keep the same object for the same problem so that it is reported once.
    if (
      previous?.status === 'error' &&
      previous.error.kind === problem.kind &&
      previous.error.message === problem.message
    )
      return previous;
    return { status: 'error', error: problem };
  }

  protected override updated(): void {
    // The provider reports its own load; a widget reports what it loaded itself or found wrong.
    if (this.#view !== this.#provided.value) this.report(this.#view);
  }

  protected override render(): TemplateResult {
    const view = this.#view;
    if (view?.status === 'error') return this.#renderError(view.error);
    if (view?.status !== 'ready') return this.#renderLoading();
    try {
      const { story } = view;
      // Not a named region: a page may show the same widget twice (the demo does), and landmarks must be unique.
      // The real headings already give screen-reader users the way in.
      return html`<section part="base" class="base" lang=${story.lang ?? nothing} dir=${directionOf(story.lang) ?? nothing}>
        ${this.renderStory(story)}
      </section>`;
    } catch (error) {
      // A bug of ours must not blank the widget or throw into the page.
      const failure = toStoryError(error);
      console.error(`[viewpoint-cards] <${this.localName}> failed to render`, error);
      return this.#renderError(failure);
    }
  }

  #renderLoading(): TemplateResult {
    return html`<div part="base loading" class="base" aria-busy="true"><p role="status">${this.label('loading')}</p></div>`;
  }

  #renderError(error: StoryError): TemplateResult {
    return html`<div part="base error" class="base" role="alert">
      <p><strong>${this.label('errorTitle')}</strong> ${this.label(errorKey(error.kind), error.params)}</p>
    </div>`;
  }

  /** A visible string, translated through `labels`. */
  protected label(key: LabelKey, values?: Record<string, string | number>): string {
    return label(this.labels, key, values);
  }

  /** The valid heading level of this widget's title. */
  protected get level(): number {
    return headingLevel(this.headingLevel);
  }
}
