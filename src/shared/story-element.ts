import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { LabelsController } from '../controllers/labels-controller.js';
import { ProvidedStoryController } from '../controllers/provided-story-controller.js';
import { ServerUpgradeController } from '../controllers/server-upgrade-controller.js';
import { reportSourceOpens } from '../controllers/source-open-reporter.js';
import type { Story } from '../story/schema.js';
import type { StoryError } from '../story/story-error.js';
import type { StoryState } from '../story/story-state.js';
import { directionOf } from './direction.js';
import type { SourceOpenFrom } from './events.js';
import { headingLevel } from './heading.js';
import type { LabelKey } from './labels.js';
import type { LabelOverrides, LabelValues } from '../i18n/label-types.js';
import { labelsAttribute } from '../i18n/labels-attribute.js';
import { errorState, loadingState } from './states.js';
import { StoryHost } from './story-host.js';
import { mediaStyles } from './media.styles.js';
import { stateStyles } from './states.styles.js';
import { baseStyles } from './tokens.styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * The base of the four widgets: takes a story from the `story` property, the
 * `src` attribute, an inline JSON child or an enclosing `<story-provider>`;
 * renders the loading and error states; reports `story-load` / `story-error`.
 * Subclasses only render a valid story. Its theme tokens (`--vc-*`) are
 * documented where they are defined, in tokens.styles.ts.
 *
 * @fires {CustomEvent<StoryLoadDetail>} story-load - The element loaded and validated its own story. `detail: { story }`.
 * @fires {CustomEvent<StoryErrorDetail>} story-error - The story could not be shown. `detail: { kind, message, issues }`.
 *
 * @csspart base - The widget's frame (also in the loading and error states).
 * @csspart loading - The frame while the story loads.
 * @csspart error - The frame holding an error message.
 * @csspart heading - The story title.
 * @csspart subheading - Each section heading.
 */
export abstract class StoryElement extends StoryHost {
  static override styles = [baseStyles, stateStyles, mediaStyles];

  // `static properties` and controllers rather than decorators: the same
  // behaviour, without the decorator helpers in the script-tag bundle.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    hideOnError: { attribute: 'hide-on-error', type: Boolean },
    labels: labelsAttribute,
  };

  /** Level (1–6) of the widget's heading, so it fits the page's outline; sub-headings use the next level. */
  headingLevel = 2;

  /** `light` (the default), `dark`, or `auto` (follows the reader's `prefers-color-scheme`). */
  declare theme?: Theme;

  /** Show nothing at all, rather than a short "unavailable" line, when the story cannot be shown. */
  hideOnError = false;

  /**
   * Replacement texts for any visible label, over the language's pack (see
   * "Languages" in the README for the keys and forms). In markup, the
   * `labels` attribute takes the same object as JSON.
   */
  declare labels?: LabelOverrides;

  #shown = new ProvidedStoryController(this, (story) => this.problemWith(story));
  #upgrade = new ServerUpgradeController(this);
  #labels = new LabelsController(this);

  /** Where this widget's source links sit, as `story-source-open` reports it. */
  protected get sourceOpenFrom(): SourceOpenFrom {
    return 'list';
  }

  constructor() {
    super();
    reportSourceOpens(
      this,
      () => this.#story,
      () => this.sourceOpenFrom,
    );
  }

  /** The story shown, once there is one. */
  get #story(): Story | undefined {
    const view = this.#shown.view;
    return view?.status === 'ready' ? view.story : undefined;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#upgrade.takeOver(this.shadowRoot);
    return super.createRenderRoot();
  }

  /** A problem that makes a valid story unusable for this element (e.g. an unknown viewpoint id). */
  protected problemWith(_story: Story): StoryError | undefined {
    return undefined;
  }

  /** The widget's content for a valid story. */
  protected abstract renderStory(story: Story): TemplateResult;

  /**
   * Works out what to show, from the widget's own state or the provider's.
   * Before each render, the language's labels must be there: a story in a
   * language whose pack is still loading waits for it (the widget keeps what
   * it shows), so no English flashes first and nothing moves twice.
   */
  protected override takeState(state: StoryState | undefined): Promise<void> | undefined {
    this.#shown.update(state);
    return this.#labels.prepare(this.#story?.lang);
  }

  // The provider reports its own load; a widget reports what it loaded itself or found wrong.
  protected override get reportedState(): StoryState | undefined {
    return this.#shown.fromProvider ? undefined : this.#shown.view;
  }

  protected override render(): TemplateResult | typeof nothing {
    const story = this.#story;
    if (!story) return this.#shown.view?.status === 'error' ? this.#renderError() : loadingState(this.label('loading'));
    try {
      // Not a named region: a page may show the same widget twice (the demo does), and landmarks must be unique.
      // The real headings already give screen-reader users the way in.
      return html`<section part="base" class="base" lang=${story.lang ?? nothing} dir=${directionOf(story.lang) ?? nothing}>
        ${this.renderStory(story)}
      </section>`;
    } catch (error) {
      // A bug of ours must not blank the widget or throw into the page.
      console.error(`[viewpoint-cards] <${this.localName}>: failed to render`, error);
      return this.#renderError();
    }
  }

  #renderError(): TemplateResult | typeof nothing {
    // The reason is in the console and in `story-error`; readers only need to know there is nothing here.
    return this.hideOnError ? nothing : errorState(this.label('unavailable'));
  }

  /** A visible string in the widget's language, with story text in it isolated for bidi. */
  protected label(key: LabelKey, values?: LabelValues): string | TemplateResult {
    return this.#labels.html(key, values);
  }

  /** The labels themselves: plain text, numbers and dates, and helpers shared by several widgets (the source summary). */
  protected get labeller(): LabelsController {
    return this.#labels;
  }

  /** The valid heading level of this widget's title. */
  protected get level(): number {
    return headingLevel(this.headingLevel);
  }
}
