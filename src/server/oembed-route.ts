import type { Story } from '../story/schema.js';
import { oembedFor } from './oembed.js';
import type { Site } from './site-options.js';
import type { SiteOutput } from './site-output.js';
import { parseEmbedPath, sitePaths } from './site-paths.js';

/** An answer of the oEmbed endpoint: a status, and the oEmbed JSON or a short reason. */
export interface RouteAnswer {
  status: number;
  body: string;
  json?: boolean;
}

const error = (status: number, body: string): RouteAnswer => ({ status, body });

/** A `maxwidth` / `maxheight` value: absent, or a whole number of pixels from 1. */
function size(query: URLSearchParams, name: string): number | undefined | Error {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : new Error(`${name} must be a whole number of pixels`);
}

/**
 * `GET /oembed?url=…&maxwidth=…&maxheight=…&format=json` (oEmbed 1.0,
 * section 2.2): 400 for a missing or malformed parameter, 404 for a URL that
 * is not an embed page of this site, 501 for `format=xml` (JSON only).
 */
export async function oembedRoute(query: URLSearchParams, site: Site, files: SiteOutput): Promise<RouteAnswer> {
  const format = query.get('format') ?? 'json';
  if (format === 'xml') return error(501, 'Only format=json is available.');
  if (format !== 'json') return error(400, 'format must be json.');
  const maxwidth = size(query, 'maxwidth');
  const maxheight = size(query, 'maxheight');
  for (const value of [maxwidth, maxheight]) if (value instanceof Error) return error(400, `${value.message}.`);
  const url = query.get('url');
  if (!url) return error(400, 'The url parameter is missing.');
  if (!URL.canParse(url)) return error(400, 'The url parameter is not an absolute web address.');
  const base = new URL(site.baseUrl);
  const target = new URL(url);
  const inSite = target.origin === base.origin && target.pathname.startsWith(base.pathname);
  const page = inSite ? parseEmbedPath(`/${target.pathname.slice(base.pathname.length)}`) : undefined;
  const text = page && (await files.read(sitePaths.story(page.id)));
  if (!page || !text) return error(404, 'No embed page of this site has that address.');
  const story = JSON.parse(String(text)) as Story;
  const limits = { maxwidth: maxwidth as number | undefined, maxheight: maxheight as number | undefined };
  return { status: 200, body: JSON.stringify(oembedFor(story, page.element, site, limits)), json: true };
}
