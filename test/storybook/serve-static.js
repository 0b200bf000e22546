// A small static file server for the built Storybook (storybook-static/) on
// 127.0.0.1, with the never-answering route of the Loading stories.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { holdOpen } from '../../.storybook/held-open.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

async function serveFile(root, req, res) {
  const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const { size } = await stat(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

/** Serves `root` on a free port of 127.0.0.1; resolves with its base URL and a close(). */
export async function serveStatic(root) {
  const server = createServer((req, res) => {
    // Chromium asks every new origin for one; a 404 would be a console error in the first story.
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    holdOpen(req, res, () => void serveFile(root, req, res));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => {
      server.closeAllConnections(); // the held-open requests too
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
