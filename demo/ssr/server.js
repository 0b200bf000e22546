// A publisher's server in a few lines, with no framework: it prerenders the
// widgets for the seed story into the article page, so the page reads in full
// before (or without) any script, and serves the script-tag bundle that
// upgrades them in place. The page is served under a strict
// Content-Security-Policy (no 'unsafe-inline'): the one that
// contentSecurityPolicy() gives, which allows the widgets' <style> blocks by
// their hashes. Needs `npm run build` first.
//
//   node demo/ssr/server.js     then open http://127.0.0.1:8787/
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, renderStory, storyJsonLdScript } from '../../dist/server/index.js';
import { send, startStaticServer } from '../../scripts/static-server.js';
import { articlePage } from './article-page.js';

const file = (relative) => fileURLToPath(new URL(relative, import.meta.url));

/** Static files the page needs, by URL path. */
const STATIC = {
  '/viewpoint-cards.js': file('../../dist/viewpoint-cards.js'),
  '/viewpoint-cards.js.map': file('../../dist/viewpoint-cards.js.map'),
  '/demo.css': file('../demo.css'),
  '/prerendered.css': file('prerendered.css'),
  // The label packs beside the bundle, as a CDN serves dist/locales/.
  ...Object.fromEntries(
    readdirSync(file('../../dist/locales'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => [`/locales/${name}`, file(`../../dist/locales/${name}`)]),
  ),
};

/**
 * The article page for one story, prerendered.
 * @param {string} [lang] marks the story as written in that language
 */
export async function renderArticle(
  storyPath = file('../stories/open-source-ai.json'),
  pageUrl = 'http://127.0.0.1/',
  lang = undefined,
) {
  const story = { ...JSON.parse(await readFile(storyPath, 'utf8')), ...(lang ? { lang } : {}) };
  // The source list is on the page: with scripts off, citations link to it.
  const options = { baseUrl: pageUrl, sourceListId: 'sources' };
  const [summary, viewpoints, gaps, sources] = await Promise.all([
    renderStory(story, { ...options, element: 'story-summary' }),
    renderStory(story, { ...options, element: 'viewpoint-card' }),
    renderStory(story, { ...options, element: 'coverage-gaps' }),
    renderStory(story, { ...options, element: 'source-list' }),
  ]);
  return articlePage({ jsonLd: storyJsonLdScript(story, { url: pageUrl }), summary, viewpoints, gaps, sources });
}

/**
 * Starts the demo server; `port: 0` picks a free port (the tests do). Resolves with the node:http server.
 * `policy` replaces the page's Content-Security-Policy (a test's control).
 */
export async function startServer({ port = 8787, host = '127.0.0.1', policy = contentSecurityPolicy() } = {}) {
  const noStore = { 'cache-control': 'no-store' };
  const article = async (request, response, next) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== '/' && pathname !== '/index.html') return next();
    // ?lang=de: the seed story marked as German, to see its labels in that language.
    const lang = new URL(request.url ?? '/', 'http://localhost').searchParams.get('lang') ?? undefined;
    const body = await renderArticle(undefined, `http://${host}:${request.socket.localPort}/`, lang);
    send(response, 200, body, 'text/html; charset=utf-8', { ...noStore, 'content-security-policy': policy });
  };
  const { server } = await startStaticServer({ routes: STATIC, middleware: [article], headers: noStore, port, host });
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer({ port: Number(process.env.PORT ?? 8787) });
  const { address, port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`SSR demo: http://${address}:${port}/ (the widgets are prerendered; try it with JavaScript off)`);
}
