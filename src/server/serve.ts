/// <reference types="node" />
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import { mimeType } from './mime.js';
import { oembedRoute } from './oembed-route.js';
import type { Site } from './site-options.js';
import { DiskOutput, type SiteOutput } from './site-output.js';

/**
 * The HTTP server of `viewpoint-cards serve`: the site's files (from disk or
 * memory) with an `ETag` and `Cache-Control: no-cache` (every use
 * revalidates, cheaply), CORS open to all (the site is public, and a
 * sandboxed iframe has an opaque origin), and a live oEmbed endpoint at
 * `/oembed`. Bad requests get a short plain-text 4xx; nothing outside the
 * site's folder is ever read.
 */
export function siteServer(served: ServedSite): Server {
  return createServer((request, response) => {
    const reply = async () => {
      await served.ready;
      return answer(request, response, served.files, served.site);
    };
    reply().catch((error: unknown) => {
      console.error('viewpoint-cards serve:', error);
      if (!response.headersSent) send(response, request, 500, 'Something went wrong on the server.');
      else response.destroy();
    });
  });
}

/** What a server serves; read on every request, so it can change (a rebuild in memory). */
export interface ServedSite {
  files: SiteOutput;
  site: Site;
  /** Requests wait for this first (the first build of a folder of stories). */
  ready?: Promise<unknown>;
}

async function answer(request: IncomingMessage, response: ServerResponse, files: SiteOutput, site: Site) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return send(response, request, 405, 'Only GET and HEAD are answered.');
  }
  const raw = request.url ?? '/';
  const [rawPath = '/', rawQuery = ''] = raw.split('?', 2) as [string, string?];
  let segments: string[];
  try {
    segments = rawPath.split('/').map(decodeURIComponent);
  } catch {
    return send(response, request, 400, 'The address is not well formed.');
  }
  // Checked before any URL parsing could quietly drop a "..".
  if (
    !rawPath.startsWith('/') ||
    segments.some((s) => s === '..' || s === '.' || /[\\\0]/.test(s) || s.includes('/'))
  ) {
    return send(response, request, 403, 'That address is outside the site.');
  }
  const path = segments.join('/');
  if (path === '/oembed') {
    const result = await oembedRoute(new URLSearchParams(rawQuery), site, files);
    return send(response, request, result.status, result.body, result.json ? mimeType('.json') : undefined);
  }
  let file = path.slice(1);
  if (file === '' || file.endsWith('/')) file += 'index.html';
  else if (!(await files.exists(file)) && (await files.exists(`${file}/index.html`))) {
    response.setHeader('location', `${rawPath}/${rawQuery ? `?${rawQuery}` : ''}`);
    return send(response, request, 301, 'Moved to the address with a final slash.');
  }
  if (file.split('/').some((s) => s.startsWith('.'))) return send(response, request, 404, 'Not found.');
  if (!(await insideFolder(files, file))) return send(response, request, 403, 'That address is outside the site.');
  const body = await files.read(file);
  if (!body) return send(response, request, 404, 'Not found.');
  return send(response, request, 200, body, mimeType(file));
}

/** On disk, a symbolic link may point anywhere: the real path must still be inside the folder. */
async function insideFolder(files: SiteOutput, file: string): Promise<boolean> {
  if (!(files instanceof DiskOutput)) return true;
  const root = await realpath(files.dir);
  const real = await realpath(join(files.dir, file)).catch(() => undefined);
  return real === undefined || real.startsWith(root + sep);
}

function send(
  response: ServerResponse,
  request: IncomingMessage,
  status: number,
  body: string | Buffer,
  type?: string,
) {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader('x-content-type-options', 'nosniff');
  if (status === 200) {
    response.setHeader('etag', etag);
    response.setHeader('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return void response.writeHead(304).end();
  } else {
    response.setHeader('cache-control', 'no-store');
  }
  response.writeHead(status, { 'content-type': type ?? 'text/plain; charset=utf-8' });
  response.end(request.method === 'HEAD' ? undefined : body);
}
