// The benchmark's own static server on 127.0.0.1 (no dev server, no
// transforms): the page sees exactly the bytes a publisher would serve.
//
//   /bench/*             this folder (harness pages and their scripts)
//   /demo/*              the demo page and its story
//   /viewpoint-cards.js  the script-tag bundle, read once at start (a parallel
//                        `npm run build` elsewhere may delete dist/ meanwhile).
//   *.js?fresh=N         the script with a comment appended, so that no cache
//                        of any kind (HTTP, V8 code cache, isolate cache) can
//                        serve it: every script-cost sample is a cold parse.
//   /delay/<ms>/...      the same file, answered <ms> later: the story arriving
//                        over a real network, for the layout-shift scenario.
//   /fixtures/<name>     generated JSON (stories) registered by the runner.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};
const SERVED = ['bench', 'demo'];

/**
 * Starts the server on a free port.
 * @param {{ bundle: Buffer, fixtures?: Map<string, string> }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ bundle, fixtures = new Map() }) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    const delayed = /^\/delay\/(\d+)(\/.*)$/.exec(path);
    if (delayed) {
      await new Promise((resolve) => setTimeout(resolve, Number(delayed[1])));
      path = delayed[2];
    }
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    const fresh = url.searchParams.get('fresh');
    const script = (body) =>
      send(200, TYPES['.js'], fresh ? Buffer.concat([body, Buffer.from(`\n// ${fresh}\n`)]) : body);
    if (path === '/viewpoint-cards.js') return script(bundle);
    if (path.startsWith('/fixtures/') && fixtures.has(path.slice('/fixtures/'.length))) {
      return send(200, TYPES['.json'], fixtures.get(path.slice('/fixtures/'.length)));
    }
    const file = normalize(join(ROOT, path));
    const top = file.slice(ROOT.length).split(sep)[0];
    if (!file.startsWith(ROOT) || !SERVED.includes(top)) return send(404, 'text/plain', 'not found');
    try {
      const body = await readFile(file);
      if (extname(file) === '.js') return script(body);
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
