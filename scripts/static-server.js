// The one static file server of the dev tooling (not shipped): the SSR demo,
// the bench, the Storybook check and the package tests all serve files
// through it. It listens on 127.0.0.1 and a free port unless told otherwise,
// never serves a path outside the folders it is given, and lets each user
// put its own routes in front (connect-style middleware).
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { importSource } from './source-module.js';

// The content types are the story server's (src/server/mime.ts): one table.
const mime = await importSource('server/mime.ts');

/** Content types by file extension; anything else is application/octet-stream. */
export const MIME_TYPES = mime.MIME_TYPES;

/** The content type for a file name. */
export const mimeType = mime.mimeType;

/** Writes a whole response. */
export function send(response, status, body, type = 'text/plain; charset=utf-8', headers = {}) {
  response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  response.end(body);
}

/**
 * The file under `target` (a folder or a single file) for the URL path after
 * its prefix, or undefined when the path would leave it. A folder serves its
 * index.html.
 */
async function fileFor(target, rest) {
  const file = normalize(join(target, rest));
  if (file !== target && !file.startsWith(target.endsWith(sep) ? target : target + sep)) return undefined;
  return (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
}

/**
 * Starts a static file server.
 * @param {object} options
 * @param {Record<string, string>} options.routes URL path prefix → folder or file (the longest prefix wins), e.g. `{ '/': dir }`.
 * @param {((request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, next: () => void) => unknown)[]} [options.middleware]
 *   run in order before the files; each answers or calls `next()` (it may rewrite `request.url` first).
 * @param {Record<string, string>} [options.headers] added to every file response (e.g. `cache-control`).
 * @param {(body: Buffer, file: string, url: URL) => Buffer} [options.transform] changes a file's bytes before they are sent.
 * @param {number} [options.port] 0 (the default) picks a free port.
 * @param {string} [options.host]
 * @returns {Promise<{ server: import('node:http').Server, url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({
  routes,
  middleware = [],
  headers = {},
  transform = (body) => body,
  port = 0,
  host = '127.0.0.1',
}) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const serveFile = async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const file =
      prefix === undefined ? undefined : await fileFor(routes[prefix], path.slice(prefix.length)).catch(() => {});
    const body = file && (await readFile(file).catch(() => undefined));
    if (body) return send(response, 200, transform(body, file, url), mimeType(file), headers);
    // Chromium asks every new origin for one; a 404 would be a console error on the first page.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    send(response, 404, 'Not found');
  };
  const server = createServer((request, response) => {
    const fail = (error) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'Server error');
      else response.destroy();
    };
    const step = (index) => {
      if (index === middleware.length) return serveFile(request, response).catch(fail);
      try {
        Promise.resolve(middleware[index](request, response, () => step(index + 1))).catch(fail);
      } catch (error) {
        fail(error);
      }
    };
    step(0);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve(undefined)));
  const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  const origin = `http://${host}:${actual}`;
  return {
    server,
    url: `${origin}/`,
    origin,
    port: actual,
    // closeAllConnections: Chromium keeps sockets open (and held-open requests), which close() would wait for.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
