import { ELEMENT_NAMES, type ElementName } from './render-story.js';

/**
 * Where each file of a built story site lives (`viewpoint-cards build`), as
 * paths relative to the site's root with `/` separators; `serve` reads the
 * same layout. `element` undefined means the page with all the widgets.
 */
export const sitePaths = {
  story: (id: string) => `stories/${id}.json`,
  embed: (id: string, element?: ElementName) => (element ? `embed/${id}/${element}/` : `embed/${id}/`),
  oembed: (id: string, element?: ElementName) => (element ? `oembed/${id}/${element}.json` : `oembed/${id}.json`),
  /** Page `n` (from 1) of the story index. */
  index: (n: number) => (n === 1 ? '' : `page/${n}/`),
};

/** Story ids a site can use as a path segment: letters, digits, `-`, `_` and `.` inside. */
const SAFE_ID = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,126}[A-Za-z0-9_-])?$/;

export function isSiteId(id: string): boolean {
  return SAFE_ID.test(id);
}

/** Every page a story has: all widgets first, then one for each widget. */
export const EMBED_VARIANTS: readonly (ElementName | undefined)[] = [undefined, ...ELEMENT_NAMES];

/** The story id and widget an embed page URL path names, or undefined for any other path. */
export function parseEmbedPath(pathname: string): { id: string; element?: ElementName } | undefined {
  const match = /^\/embed\/([^/]+)\/(?:([a-z-]+)\/)?(?:index\.html)?$/.exec(pathname);
  if (!match || !isSiteId(match[1]!)) return undefined;
  const element = match[2] as ElementName | undefined;
  if (element !== undefined && !ELEMENT_NAMES.includes(element)) return undefined;
  return { id: match[1]!, element };
}
