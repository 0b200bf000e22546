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
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIME_TYPES, send, startStaticServer } from '../scripts/static-server.js';

const folder = (name) => fileURLToPath(new URL(`../${name}/`, import.meta.url));
const noStore = { 'cache-control': 'no-store' };

/**
 * Starts the server on a free port.
 * @param {{ bundle: Buffer, fixtures?: Map<string, string> }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer({ bundle, fixtures = new Map() }) {
  const fresh = (body, url) => {
    const mark = url.searchParams.get('fresh');
    return mark ? Buffer.concat([body, Buffer.from(`\n// ${mark}\n`)]) : body;
  };
  const delay = async (request, response, next) => {
    const delayed = /^\/delay\/(\d+)(\/.*)$/.exec(request.url ?? '');
    if (delayed) {
      await new Promise((resolve) => setTimeout(resolve, Number(delayed[1])));
      request.url = delayed[2];
    }
    next();
  };
  const generated = (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const name = path.startsWith('/fixtures/') && path.slice('/fixtures/'.length);
    if (path === '/viewpoint-cards.js') return send(response, 200, fresh(bundle, url), MIME_TYPES['.js'], noStore);
    if (name && fixtures.has(name)) return send(response, 200, fixtures.get(name), MIME_TYPES['.json'], noStore);
    next();
  };
  const { origin, close } = await startStaticServer({
    routes: { '/bench/': folder('bench'), '/demo/': folder('demo') },
    middleware: [delay, generated],
    headers: noStore,
    transform: (body, file, url) => (extname(file) === '.js' ? fresh(body, url) : body),
  });
  return { origin, close };
}
