import { escapeHtml, pageStart } from './html-text.js';
import { embedCode, EMBED_WIDTH } from './oembed.js';
import { ELEMENT_NAMES } from './render-story.js';
import type { Site } from './site-options.js';
import { sitePaths } from './site-paths.js';
import type { SiteFile } from './story-files.js';
import { styleHashes } from './csp.js';

/** What the index knows of a story: enough to link it and write its embed code. */
export interface IndexEntry {
  id: string;
  title: string;
  /** The first height of the embed with all widgets (its oEmbed `height`). */
  height: number;
}

/** Stories per index page, so that a site of thousands of stories has pages a browser opens quickly. */
export const INDEX_PAGE_SIZE = 200;

const STYLE =
  '<style>body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:48rem;padding:1rem}' +
  'li{margin-block:1.5rem}textarea{box-sizing:border-box;font:0.875rem monospace;width:100%}</style>';

export const indexPageCount = (stories: number) => Math.max(1, Math.ceil(stories / INDEX_PAGE_SIZE));

/** The index pages (`index.html`, `page/2/index.html`, …): every story with its embed links and code, by id. */
export function indexPages(entries: IndexEntry[], site: Site): SiteFile[] {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const count = indexPageCount(sorted.length);
  const pages: SiteFile[] = [];
  for (let n = 1; n <= count; n++) {
    const slice = sorted.slice((n - 1) * INDEX_PAGE_SIZE, n * INDEX_PAGE_SIZE);
    pages.push([`${sitePaths.index(n)}index.html`, indexPage(slice, n, count, site)]);
  }
  return pages;
}

function indexPage(entries: IndexEntry[], n: number, count: number, site: Site): string {
  const root = '../'.repeat(sitePaths.index(n).split('/').length - 1);
  const link = (page: number) => `${root}${sitePaths.index(page)}`;
  const nav = [
    n > 1 && `<a href="${link(n - 1)}">Previous page</a>`,
    n < count && `<a href="${link(n + 1)}">Next page</a>`,
  ];
  const items = entries.map(({ id, title, height }) => {
    const page = new URL(sitePaths.embed(id), site.baseUrl).href;
    const code = `${embedCode(page, title, EMBED_WIDTH, height)}\n<script src="${new URL('embed.js', site.baseUrl).href}" async></script>`;
    const widgets = ELEMENT_NAMES.map((element) => `<a href="${root}${sitePaths.embed(id, element)}">${element}</a>`);
    return `<li><h2><a href="${root}${sitePaths.embed(id)}">${escapeHtml(title)}</a></h2>
<p>One widget: ${widgets.join(', ')}. Story data: <a href="${root}${sitePaths.story(id)}">${escapeHtml(id)}.json</a></p>
<p>To embed in a CMS, paste the address: <code>${escapeHtml(page)}</code></p>
<label>Embed code for any page<textarea readonly rows="4">${escapeHtml(code)}</textarea></label></li>`;
  });
  const csp = `default-src 'none'; style-src ${styleHashes(STYLE).join(' ')}; base-uri 'none'; form-action 'none'`;
  const heading = `Stories${count > 1 ? `, page ${n} of ${count}` : ''}`;
  return `${pageStart('en', undefined, csp, heading)}
${STYLE}
</head>
<body>
<main>
<h1>${heading}</h1>
${entries.length ? `<ul>\n${items.join('\n')}\n</ul>` : '<p>No stories yet.</p>'}
<nav aria-label="Pages">${nav.filter(Boolean).join(' ')}</nav>
</main>
</body>
</html>
`;
}
