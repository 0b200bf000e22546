import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { css } from '../shared/css.js';
import { ContextProvider } from '@lit/context';
import { labelsContext } from '../context/labels-context.js';
import { storyContext } from '../context/story-context.js';
import type { LabelOverrides } from '../i18n/label-types.js';
import { labelsAttribute } from '../i18n/labels-attribute.js';
import { StoryHost } from '../shared/story-host.js';
import type { StoryState } from '../story/story-state.js';

/**
 * Loads a story once and hands it to every widget inside it, however deep
 * (through `@lit/context`). Widgets inside need no attributes of their own;
 * one that has its own `story` or `src` shows that instead. The provider adds
 * no box of its own (`display: contents`).
 *
 * @tagname story-provider
 * @summary Loads one story for all the widgets inside it.
 *
 * @slot - The widgets (and any other content) that share the story.
 *
 * @fires {CustomEvent<StoryLoadDetail>} story-load - The story loaded and validated. `detail: { story }`.
 * @fires {CustomEvent<StoryErrorDetail>} story-error - The story could not be loaded. `detail: { kind, message, issues }`.
 */
export class StoryProvider extends StoryHost {
  static override styles = css`
    :host {
      display: contents;
    }
    /* The inline JSON child is data. A host reset such as \`* { all: unset }\` would show it as text;
       !important in a shadow root wins over the page's own rules. */
    ::slotted(script) {
      display: none !important;
    }
  `;

  static override properties: PropertyDeclarations = { labels: labelsAttribute };

  /** Replacement labels for every widget inside (each widget's own `labels` win); also a JSON `labels` attribute. */
  declare labels?: LabelOverrides;

  // Hands the loaded state to every widget inside; they re-render when it changes.
  #provider = new ContextProvider(this, { context: storyContext });
  #labelsProvider = new ContextProvider(this, { context: labelsContext });

  protected override takeState(state: StoryState | undefined): void {
    this.#provider.setValue(state);
    this.#labelsProvider.setValue(this.labels);
  }

  protected override get reportedState(): StoryState | undefined {
    return this.input.state;
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
