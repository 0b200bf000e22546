// A publisher's server in a few lines, with no framework: it prerenders the
// widgets for the seed story into the article page, so the page reads in full
// before (or without) any script, and serves the script-tag bundle that
// upgrades them in place. Needs `npm run build` first.
//
//   node demo/ssr/server.js     then open http://127.0.0.1:8787/
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { renderStory, storyJsonLdScript } from '../../dist/server/index.js';
import { articlePage } from './article-page.js';

const file = (relative) => fileURLToPath(new URL(relative, import.meta.url));

/** Static files the page needs, by URL path. */
const STATIC = {
  '/viewpoint-cards.js': { path: file('../../dist/viewpoint-cards.js'), type: 'text/javascript; charset=utf-8' },
  '/viewpoint-cards.js.map': { path: file('../../dist/viewpoint-cards.js.map'), type: 'application/json' },
  '/demo.css': { path: file('../demo.css'), type: 'text/css; charset=utf-8' },
};

/** The article page for one story, prerendered. */
export async function renderArticle(
  storyPath = file('../stories/open-source-ai.json'),
  pageUrl = 'http://127.0.0.1/',
  lang = undefined,
) {
  const story = { ...JSON.parse(await readFile(storyPath, 'utf8')), ...(lang && { lang }) };
  const options = { baseUrl: pageUrl };
  const [summary, viewpoints, gaps, sources] = await Promise.all([
    renderStory(story, { ...options, element: 'story-summary' }),
    renderStory(story, { ...options, element: 'viewpoint-card' }),
    renderStory(story, { ...options, element: 'coverage-gaps' }),
    renderStory(story, { ...options, element: 'source-list' }),
  ]);
  return articlePage({ jsonLd: storyJsonLdScript(story, { url: pageUrl }), summary, viewpoints, gaps, sources });
}

/** Starts the demo server; `port: 0` picks a free port (the tests do). */
export function startServer({ port = 8787, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname === '/' || pathname === '/index.html') {
        const address = server.address();
        // ?lang=de: the seed story marked as German, to see its labels in that language.
        const lang = new URL(request.url ?? '/', 'http://localhost').searchParams.get('lang') ?? undefined;
        const body = await renderArticle(undefined, `http://${host}:${address.port}/`, lang);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(body);
        return;
      }
      // The label packs beside the bundle, as a CDN serves dist/locales/.
      const pack = /^\/locales\/([a-z]{2,3})\.js$/.exec(pathname);
      const asset = pack
        ? { path: file(`../../dist/locales/${pack[1]}.js`), type: 'text/javascript; charset=utf-8' }
        : STATIC[pathname];
      if (!asset) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const body = await readFile(asset.path);
      response.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      console.error(error);
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Server error');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer({ port: Number(process.env.PORT ?? 8787) });
  const { address, port } = server.address();
  console.log(`SSR demo: http://${address}:${port}/ (the widgets are prerendered; try it with JavaScript off)`);
}
