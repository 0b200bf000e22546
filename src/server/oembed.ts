import type { Story } from '../story/schema.js';
import { estimateHeight } from './embed-height.js';
import { escapeHtml } from './html-text.js';
import type { ElementName } from './render-story.js';
import type { Site } from './site-options.js';
import { sitePaths } from './site-paths.js';

/** An oEmbed 1.0 answer of type `rich` (https://oembed.com/). */
export interface OEmbed {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

/** What a consumer asked for: the largest size it can show (`maxwidth`, `maxheight`). */
export interface OEmbedLimits {
  maxwidth?: number;
  maxheight?: number;
}

/** The widest an embed is drawn; a consumer's `maxwidth` can only make it narrower. */
export const EMBED_WIDTH = 640;

/**
 * The oEmbed answer for one story's embed page (all widgets, or one). Its
 * `html` is a blockquote that links the story (what remains where iframes
 * are stripped; WordPress and embed.js hide it once the frame reports its
 * height) and a sandboxed iframe with a title. WordPress keeps `src`,
 * `width`, `height` and `title` and sets its own `sandbox`.
 */
export function oembedFor(
  story: Story,
  element: ElementName | undefined,
  site: Site,
  limits: OEmbedLimits = {},
): OEmbed {
  const width = Math.max(1, Math.min(EMBED_WIDTH, limits.maxwidth ?? EMBED_WIDTH));
  const height = Math.max(1, Math.min(estimateHeight(story, element, width), limits.maxheight ?? Infinity));
  const html = embedCode(new URL(sitePaths.embed(story.id, element), site.baseUrl).href, story.title, width, height);
  return {
    type: 'rich',
    version: '1.0',
    title: story.title,
    provider_name: site.providerName,
    provider_url: site.baseUrl,
    cache_age: site.cacheAge,
    html,
    width,
    height,
  };
}

/** The embed code for an embed page: a blockquote linking it, then the sandboxed iframe. */
export function embedCode(pageUrl: string, title: string, width: number, height: number): string {
  const url = escapeHtml(pageUrl);
  const text = escapeHtml(title);
  return (
    `<blockquote class="viewpoint-cards-embed"><a href="${url}">${text}</a></blockquote>` +
    `<iframe class="viewpoint-cards-embed" src="${url}" title="${text}" width="${width}" height="${height}"` +
    ` sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy" frameborder="0"` +
    ` style="border:0;width:100%;max-width:${width}px"></iframe>`
  );
}
