import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
// Named apart from lit's `html`: the tag name here is a binding, which only
// the static variant allows.
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
// Registers the four widgets in the server's element registry, so the
// renderer finds them by tag name.
import '../index.js';
import { PRERENDERED, type PrerenderedTag } from '../registry.js';
import { SERVER_BASE } from '../story/safe-url.js';
import type { Theme } from '../shared/story-element.js';
import { parseStory } from '../story/parse-story.js';
import { RenderOptionError } from './render-option-error.js';
import { missingViewpoint } from '../story/story-parts.js';
import { scriptJson } from './script-json.js';
import type { LabelOverrides } from '../i18n/label-types.js';
import { ensureLabels } from '../i18n/pack-loader.js';
import { useShippedPacks } from './packs.js';

/** The widgets that can be prerendered, in the order `all` prints them. */
export const ELEMENT_NAMES = PRERENDERED;
export type ElementName = PrerenderedTag;
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

// Tag names as template parts. `unsafeStatic` only ever sees the registry's
// constant names, never input: `element` is checked against them first.
const TAGS = new Map<ElementName, StaticValue>(PRERENDERED.map((tag) => [tag, unsafeStatic(tag)]));

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
   * The language of the labels when the story has no `lang` (the page's
   * language), written as the widgets' `lang` attribute. The story's own
   * `lang` wins, as it does in the browser.
   */
  lang?: string;
  /** Replacement labels (as the `labels` property takes them), written as the widgets' `labels` attribute. */
  labels?: LabelOverrides;
}

/**
 * Prerenders widgets for a story as HTML with declarative shadow DOM: the
 * page reads completely before, or without, any script. Each element carries
 * the story as an inline `<script type="application/json">` child, so
 * dist/viewpoint-cards.js upgrades it in place with no request.
 *
 * There is no `<story-provider>` on the server (context needs a live DOM):
 * each widget gets the story itself. Throws a StoryError for an invalid
 * story (`schema`) or an unknown `viewpoint` (`not-found`), and a TypeError
 * (RenderOptionError) for an unknown option value.
 */
export async function renderStory(input: unknown, options: RenderOptions = {}): Promise<string> {
  const { element = 'all', theme, headingLevel, viewpoint } = checkOptions(options);
  const story = parseStory(input, options.baseUrl ?? SERVER_BASE);
  // The widget would render its error state; a server should hear of it instead.
  const missing = missingViewpoint(story, viewpoint);
  if (missing) throw missing;
  const names = element === 'all' ? ELEMENT_NAMES : [element];
  // The words of the story's language, as the browser will show them after the script runs.
  useShippedPacks();
  await ensureLabels(story.lang || options.lang || 'en');
  const lang = options.lang || nothing;
  const labels = options.labels ? JSON.stringify(options.labels) : nothing;
  const parts: string[] = [];
  for (const name of names) {
    const tag = TAGS.get(name)!;
    const markup = await collectResult(
      render(
        staticHtml`<${tag} .story=${story} lang=${lang} labels=${labels} theme=${theme ?? nothing} heading-level=${headingLevel ?? nothing} viewpoint=${name === 'viewpoint-card' ? (viewpoint ?? nothing) : nothing}></${tag}>`,
      ),
    );
    parts.push(withInlineStory(markup, name, scriptJson(story)));
  }
  return parts.join('\n');
}

/**
 * Drops the renderer's outer hydration markers (nothing hydrates this
 * markup: the client renders it again, identically), tidies the spaces that
 * absent attributes leave in the start tag (attribute values come escaped,
 * so its first `>` ends it; spaces inside values stay), and puts the story inside the element, after
 * its shadow root template.
 */
function withInlineStory(markup: string, name: ElementName, json: string): string {
  const element = markup
    .replace(/^<!--lit-part[^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<[^>]*>/, (start) =>
      start.replace(/("[^"]*")|\s+/g, (_, quoted?: string) => quoted ?? ' ').replace(' >', '>'),
    );
  const end = element.lastIndexOf(`</${name}>`);
  return `${element.slice(0, end)}<script type="application/json">${json}</script>${element.slice(end)}`;
}

function checkOptions(options: RenderOptions): RenderOptions {
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
