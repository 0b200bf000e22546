import type { Story } from '../story/schema.js';
import { directionOf } from '../shared/direction.js';
import { escapeHtml, pageStart } from './html-text.js';
import type { ElementName } from './render-story.js';
import type { Site } from './site-options.js';
import { sitePaths } from './site-paths.js';
import { storyJsonLdScript } from './story-json-ld.js';
import { styleHashes } from './csp.js';

// Nothing but the frame: the widgets bring their own surface and spacing;
// the padding keeps focus rings inside the iframe.
const PAGE_STYLE = 'body{margin:0;font-family:system-ui,sans-serif}main{display:grid;gap:1rem;padding:0.5rem}';

/**
 * An embed page: the prerendered widgets (readable with scripts off), the
 * script-tag bundle that upgrades them, embed-frame.js that reports the
 * page's height to the parent, and a Content-Security-Policy of its own with
 * no `'unsafe-inline'` (the widgets' `<style>` elements are allowed by hash).
 * `widgets` is renderStory's markup for this page.
 */
export function embedPage(story: Story, element: ElementName | undefined, widgets: string, site: Site): string {
  const path = sitePaths.embed(story.id, element);
  const root = '../'.repeat(path.split('/').length - 1);
  const canonical = new URL(sitePaths.embed(story.id), site.baseUrl).href;
  const oembed = new URL(sitePaths.oembed(story.id, element), site.baseUrl).href;
  const page = `<style>${PAGE_STYLE}</style>`;
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${styleHashes(page + widgets).join(' ')}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  const lang = story.lang ?? 'en';
  const title = escapeHtml(story.title);
  return `${pageStart(lang, directionOf(lang), csp, story.title)}
<link rel="canonical" href="${escapeHtml(canonical)}">
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}" title="${title}">
${page}
<script type="module" src="${root}viewpoint-cards.js"></script>
<script src="${root}embed-frame.js" defer></script>
${storyJsonLdScript(story, { url: canonical })}
</head>
<body>
<main>
${widgets}
</main>
</body>
</html>
`;
}
