import type { LabelOverrides } from '../i18n/label-types.js';
import { PRERENDERED, type PrerenderedTag } from '../registry.js';
import type { Theme } from '../shared/story-element.js';
import { RenderOptionError } from './render-option-error.js';

/** The widgets that can be prerendered, in the order `all` prints them. */
export const ELEMENT_NAMES = PRERENDERED;
export type ElementName = PrerenderedTag;
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export interface RenderOptions {
  /** Which widget, or `all` for the four in order (the default). */
  element?: ElementName | 'all';
  /** The `theme` attribute: `light`, `dark` or `auto`. */
  theme?: Theme;
  /** The `heading-level` attribute, 1–6. */
  headingLevel?: number;
  /** `<viewpoint-card>` only: the id of the one viewpoint to show. */
  viewpoint?: string;
  /** The page URL that relative links in the story resolve against; without it they are dropped. */
  baseUrl?: string;
  /**
   * The id of the page's `<source-list>`, rendered with this id: with scripts off, `<story-summary>` citations link
   * to it. `all` picks one (`sources-<story id>`); without it, a citation links to its source's own URL.
   */
  sourceListId?: string;
  /**
   * The language of the labels when the story has no `lang` (the page's
   * language), written as the widgets' `lang` attribute. The story's own
   * `lang` wins, as it does in the browser.
   */
  lang?: string;
  /** Replacement labels (as the `labels` property takes them), written as the widgets' `labels` attribute. */
  labels?: LabelOverrides;
}

/** The options, or a RenderOptionError (a TypeError) naming the first unknown value. */
export function checkOptions(options: RenderOptions): RenderOptions {
  const { element, theme, headingLevel, labels } = options;
  if (labels !== undefined && (labels === null || typeof labels !== 'object' || Array.isArray(labels)))
    throw new RenderOptionError('The labels must be an object of label keys and texts.');
  if (element !== undefined && element !== 'all' && !ELEMENT_NAMES.includes(element)) {
    throw new RenderOptionError(`Unknown element "${element}": use one of ${ELEMENT_NAMES.join(', ')}, or all.`);
  }
  if (theme !== undefined && !THEMES.includes(theme))
    throw new RenderOptionError(`Unknown theme "${theme}": use one of ${THEMES.join(', ')}.`);
  if (headingLevel !== undefined && !(Number.isInteger(headingLevel) && headingLevel >= 1 && headingLevel <= 6)) {
    throw new RenderOptionError(`The heading level must be a whole number from 1 to 6, not ${headingLevel}.`);
  }
  return options;
}
