// The publisher's article template. The widget markup comes prerendered
// from viewpoint-cards/server and is inserted as it is: it is already
// escaped HTML, with the story only ever as text.
import { PRERENDERED } from '../../dist/registry.js';

/** The page around the prerendered widgets; the one script tag upgrades them in place. */
export function articlePage({ jsonLd, summary, viewpoints, gaps, sources }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Open-source AI: the debate, from every side — The Daily Ledger</title>
    <link rel="stylesheet" href="/demo.css" />
    <style>
      /* demo.css reserves space for widgets that load their story in the browser
         (while they are :not(:defined)). These arrive prerendered at full size and
         are :not(:defined) until the script loads: a reservation would only make
         them jump when it lifts. */
      :is(${PRERENDERED.join(', ')}):not(:defined) {
        --vc-loading-min-height: 0px;
      }
    </style>
    <script type="module" src="/viewpoint-cards.js"></script>
    ${jsonLd}
  </head>
  <body>
    <header class="masthead">
      <a class="brand" href="/">The Daily Ledger</a>
      <nav aria-label="Sections"><a href="#story">Technology</a></nav>
    </header>
    <main>
      <article id="story" class="article">
        <p class="kicker">Technology · Analysis · Server-rendered</p>
        <h1>Who should hold the keys to open-source AI?</h1>
        <p class="byline">By the Ledger technology desk</p>
        <p>
          Every widget on this page was rendered on the server. It reads in full with JavaScript turned off; when the
          script loads, the widgets become interactive where they stand.
        </p>
        <div class="embed">${summary}</div>
        <p>The viewpoints differ less on facts than on what to do about them. Each card opens to the full argument.</p>
        <div class="embed">${viewpoints}</div>
        <aside class="sidebar" aria-label="About this coverage">
          ${gaps}
          ${sources}
        </aside>
      </article>
    </main>
    <footer class="footer">
      <p>The viewpoint-cards server-rendering demo (demo/ssr/). The story is demo/stories/open-source-ai.json.</p>
    </footer>
  </body>
</html>
`;
}
