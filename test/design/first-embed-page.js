// The README's first embed, as a publisher pastes it into an article page,
// served by a real HTTP server on 127.0.0.1: the script-tag bundle at once,
// the story `delay` ms late (as over a real network). Used by the layout-shift
// test and by `npm run screenshots`.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));

/** The first ```html block of the README, pointed at this server's bundle (no CDN, no integrity). */
export function firstSnippet() {
  const readme = read('README.md').toString();
  const snippet = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!snippet) throw new Error('README.md has no html snippet');
  return snippet.replace(
    /<script[^>]*src="[^"]*viewpoint-cards\.js"[^>]*><\/script>/,
    '<script type="module" blocking="render" src="/viewpoint-cards.js"></script>',
  );
}

/** The snippet's script tag goes in the head, its elements in the article, as the README says. */
const article = (snippet) => {
  const script = /<script[\s\S]*?<\/script>/.exec(snippet)?.[0] ?? '';
  return page(script, snippet.replace(script, ''));
};

const page = (script, elements) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article with the first embed</title>
<style>body { font-family: Georgia, serif; max-width: 44rem; margin: 1rem auto; padding: 0 1rem; line-height: 1.6 }</style>
${script}
</head><body>
<h1>Who should hold the keys to open-source AI?</h1>
<p>Our reporters followed a debate that has moved from research labs to legislatures.</p>
${elements}
<p class="after">The article goes on after the embed, and should not move when the story arrives.</p>
<p>More of the article.</p>
</body></html>`;

/** Starts the server on a free port; `delay` is how late the story arrives (ms). */
export async function startFirstEmbedServer({ delay = 300 } = {}) {
  const bundle = read('dist/viewpoint-cards.js');
  const story = read('demo/stories/open-source-ai.json');
  const page = article(firstSnippet());
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (type, body) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (path === '/') return send('text/html; charset=utf-8', page);
    if (path === '/viewpoint-cards.js') return send('text/javascript', bundle);
    if (path.startsWith('/stories/')) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return send('application/json', story);
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  return {
    url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`,
    close: () => new Promise((r) => server.close(r)),
  };
}
