// Host pages that a publisher could serve, loaded by the tests in an iframe:
// a page with a strict Content-Security-Policy, the bundle loaded twice, the
// bundle beside the npm build, a host listener that throws, a host stylesheet
// that resets everything. Each page loads test/security/pages/spy.js first,
// which records errors, CSP violations, eval and our events.
//
//   GET /security/pages/NAME?csp=POLICY   the page NAME, with that CSP header
//   GET /security/pages/story.json        the story of the pages' src attributes
import { readFileSync } from 'node:fs';
import { PRERENDERED as TAGS } from '../../../scripts/registry.js';

// The seed story with a link on every source, so that pages show links too.
const parsed = JSON.parse(readFileSync(new URL('../../../demo/stories/open-source-ai.json', import.meta.url), 'utf8'));
parsed.sources = parsed.sources.map((source) => ({ ...source, url: `https://example.com/source/${source.id}` }));
const seed = JSON.stringify(parsed);
const SRC = '/security/pages/story.json';
const BUNDLE = '<script type="module" src="/dist/viewpoint-cards.js"></script>';
// The npm build, resolved the way a page without a bundler would: an import map.
const IMPORT_MAP = `<script type="importmap">${JSON.stringify({
  imports: {
    'viewpoint-cards': '/dist/index.js',
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    '@lit/context': '/node_modules/@lit/context/index.js',
    'zod/mini': '/node_modules/zod/mini/index.js',
  },
})}</script>`;
const NPM_BUILD = '<script type="module" src="/test/security/pages/npm-build.js"></script>';

// `<` escaped so that no story text can close the script element early.
const inline = `<script type="application/json">${seed.replace(/</g, '\\u003c')}</script>`;

/** Every element from `src`, every element from inline JSON, and a provider around two widgets. */
const widgetsOf = (src, inline) =>
  [
    ...TAGS.map((tag) => `<${tag} src="${src}"></${tag}>`),
    ...TAGS.map((tag) => `<${tag}>${inline}</${tag}>`),
    `<story-provider src="${src}"><story-summary></story-summary><source-list></source-list></story-provider>`,
    `<story-provider>${inline}<coverage-gaps></coverage-gaps></story-provider>`,
  ].join('\n');
const widgets = widgetsOf(SRC, inline);
// The same page with the story in German: the bundle fetches dist/locales/de.js under the page's policy.
const GERMAN_SRC = '/security/pages/story-de.json';
const german = JSON.stringify({ ...parsed, lang: 'de' });
const germanWidgets = widgetsOf(
  GERMAN_SRC,
  `<script type="application/json">${german.replace(/</g, '\\u003c')}</script>`,
);

const head = {
  csp: BUNDLE,
  'csp-de': BUNDLE,
  twice: `${BUNDLE}\n<script type="module" src="/dist/viewpoint-cards.js?copy=2"></script>`,
  // The import map comes first in both orders: a map after a module script is ignored.
  'bundle-then-npm': `${IMPORT_MAP}\n${BUNDLE}\n${NPM_BUILD}`,
  'npm-then-bundle': `${IMPORT_MAP}\n${NPM_BUILD}\n${BUNDLE}`,
  'throwing-listener': `<script src="/test/security/pages/throwing-listener.js"></script>\n${BUNDLE}`,
  'hostile-styles': `<style>* { all: unset } a { display: none }</style>\n${BUNDLE}`,
};

export async function hostPages(ctx, next) {
  if (ctx.path === SRC || ctx.path === GERMAN_SRC) {
    ctx.type = 'application/json';
    ctx.body = ctx.path === SRC ? seed : german;
    return;
  }
  const match = /^\/security\/pages\/([\w-]+)$/.exec(ctx.path);
  if (!match || !(match[1] in head)) return next();
  if (ctx.query.csp) ctx.set('Content-Security-Policy', String(ctx.query.csp));
  ctx.type = 'text/html';
  ctx.body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>viewpoint-cards host page: ${match[1]}</title>
<script src="/test/security/pages/spy.js"></script>
${head[match[1]]}
</head>
<body>
<h1>Host article</h1>
<p><a href="https://example.com/">A host link</a></p>
${match[1] === 'csp-de' ? germanWidgets : widgets}
</body>
</html>`;
}
