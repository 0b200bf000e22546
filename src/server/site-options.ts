/** What every page and oEmbed answer of a story site needs to know about the site. */
export interface Site {
  /** The site's public URL, ending in `/`: embed pages, oEmbed answers and links are under it. */
  baseUrl: string;
  /** `provider_name` in oEmbed answers: the publisher (default: the base URL's host name). */
  providerName: string;
  /** `cache_age` in oEmbed answers, in seconds. */
  cacheAge: number;
}

export const DEFAULT_CACHE_AGE = 86400;

/** A Site from the command's options; throws a TypeError for a base URL that is not an absolute http(s) URL. */
export function siteOf(baseUrl: string, providerName?: string, cacheAge = DEFAULT_CACHE_AGE): Site {
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new TypeError(`The base URL must be an absolute http(s) URL without ? or #, not "${baseUrl}".`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { baseUrl: url.href, providerName: providerName || url.hostname, cacheAge };
}
