import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';

const dist = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The package's files a site serves beside its pages, by their path in dist/ and in the site. */
const ASSETS = ['viewpoint-cards.js', 'viewpoint-cards.js.map', 'embed.js', 'embed-frame.js'];

/**
 * Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages):
 * the cache lifetimes docs/embeds.md "Host your stories" recommends, and CORS on
 * everything, which a sandboxed iframe (an opaque origin) needs to load the
 * module script and the story JSON.
 */
const HEADERS = `/*
  Access-Control-Allow-Origin: *
  X-Content-Type-Options: nosniff
  Cache-Control: public, max-age=300, stale-while-revalidate=86400
/oembed/*
  Content-Type: application/json; charset=utf-8
`;

/** The script-tag bundle and its source map, the two embed scripts, the language packs if any, and `_headers`. */
export async function siteAssets(): Promise<[path: string, data: string | Buffer][]> {
  const files: [string, string | Buffer][] = [];
  for (const name of ASSETS) files.push([name, await readFile(dist(name))]);
  const locales = await readdir(dist('locales'), { recursive: true, withFileTypes: true }).catch(() => []);
  const packs = locales
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist(''), join(entry.parentPath, entry.name)));
  for (const path of packs.sort()) files.push([path.split(sep).join('/'), await readFile(dist(path))]);
  files.push(['_headers', HEADERS]);
  return files;
}
