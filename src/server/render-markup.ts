import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
// Named apart from lit's `html`: the tag name here is a binding, which only
// the static variant allows.
import { html as staticHtml } from 'lit/static-html.js';
// Registers the four widgets in the server's element registry, so the
// renderer finds them by tag name.
import '../index.js';
import type { Story } from '../story/schema.js';
import type { ElementName, RenderOptions } from './render-options.js';
import { TAG_LITERALS } from './tag-literals.js';

// The only module that needs Lit's server renderer (@lit-labs/ssr, an
// optional peer dependency): render-story.ts loads it on the first render.

/** One widget as HTML with declarative shadow DOM, with the renderer's hydration markers. */
export function renderMarkup(
  name: ElementName,
  story: Story,
  options: RenderOptions,
  sourcesId: string | undefined,
): Promise<string> {
  const { theme, headingLevel, viewpoint, lang, labels } = options;
  const tag = TAG_LITERALS[name];
  const id = name === 'source-list' ? sourcesId : undefined;
  const href = name === 'story-summary' && sourcesId ? `#${encodeURIComponent(sourcesId)}` : undefined;
  return collectResult(
    render(
      staticHtml`<${tag} .story=${story} .serverHref=${href} id=${id ?? nothing} lang=${lang || nothing} labels=${labels ? JSON.stringify(labels) : nothing} theme=${theme ?? nothing} heading-level=${headingLevel ?? nothing} viewpoint=${name === 'viewpoint-card' ? (viewpoint ?? nothing) : nothing}></${tag}>`,
    ),
  );
}
