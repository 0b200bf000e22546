import { parseStory } from '../story/parse-story.js';
import { SERVER_BASE } from '../story/safe-url.js';
import { missingViewpoint } from '../story/story-parts.js';
import { checkOptions, ELEMENT_NAMES, type ElementName, type RenderOptions } from './render-options.js';
import { scriptJson } from './script-json.js';
import { ensureLabels } from '../i18n/pack-loader.js';
import { useShippedPacks } from './packs.js';

export { ELEMENT_NAMES, THEMES, type ElementName, type RenderOptions } from './render-options.js';

/** Thrown by renderStory when @lit-labs/ssr, an optional peer dependency, is not installed. */
export class MissingRendererError extends Error {
  override name = 'MissingRendererError';
}

/**
 * Prerenders widgets for a story as HTML with declarative shadow DOM: the
 * page reads completely before, or without, any script. Each element carries
 * the story as an inline `<script type="application/json">` child, so
 * dist/viewpoint-cards.js upgrades it in place with no request.
 *
 * There is no `<story-provider>` on the server (context needs a live DOM):
 * each widget gets the story itself. Throws a StoryError for an invalid
 * story (`schema`) or an unknown `viewpoint` (`not-found`), a TypeError
 * (RenderOptionError) for an unknown option value, and a MissingRendererError when `@lit-labs/ssr`
 * is not installed.
 */
export async function renderStory(input: unknown, options: RenderOptions = {}): Promise<string> {
  const { element = 'all', viewpoint } = checkOptions(options);
  const story = parseStory(input, options.baseUrl ?? SERVER_BASE);
  // The widget would render its error state; a server should hear of it instead.
  const missing = missingViewpoint(story, viewpoint);
  if (missing) throw missing;
  const { renderMarkup } = await loadRenderer();
  const names = element === 'all' ? ELEMENT_NAMES : [element];
  // With scripts off, citations link to the source list when it is on the same page, else to each source.
  const sourcesId =
    options.sourceListId ?? (element === 'all' ? `sources-${story.id.replace(/\s+/g, '-')}` : undefined);
  // The words of the story's language, as the browser will show them after the script runs.
  useShippedPacks();
  await ensureLabels(story.lang || options.lang || 'en');
  const parts: string[] = [];
  for (const name of names)
    parts.push(withInlineStory(await renderMarkup(name, story, options, sourcesId), name, scriptJson(story)));
  return parts.join('\n');
}

/**
 * Lit's server renderer, loaded on the first render only: validation and
 * JSON-LD work without it, so it is an optional peer dependency.
 */
async function loadRenderer(): Promise<typeof import('./render-markup.js')> {
  try {
    return await import('./render-markup.js');
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === 'ERR_MODULE_NOT_FOUND' && message?.includes('@lit-labs/ssr')) {
      throw new MissingRendererError(
        'Rendering stories needs @lit-labs/ssr installed beside viewpoint-cards: npm install @lit-labs/ssr',
        { cause: error },
      );
    }
    throw error;
  }
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
