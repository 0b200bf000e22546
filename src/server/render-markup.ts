import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
// Registers the four widgets in the server's element registry, so the
// renderer finds them by tag name.
import '../index.js';
import type { Story } from '../story/schema.js';
import type { ElementName, RenderOptions } from './render-options.js';

// The only module that needs Lit's server renderer (@lit-labs/ssr, an
// optional peer dependency): render-story.ts loads it on the first render.

const TAGS: Record<ElementName, StaticValue> = {
  'story-summary': literal`story-summary`,
  'viewpoint-card': literal`viewpoint-card`,
  'source-list': literal`source-list`,
  'coverage-gaps': literal`coverage-gaps`,
};

/** One widget as HTML with declarative shadow DOM, with the renderer's hydration markers. */
export function renderMarkup(name: ElementName, story: Story, options: RenderOptions): Promise<string> {
  const { theme, headingLevel, viewpoint } = options;
  const tag = TAGS[name];
  return collectResult(
    render(
      html`<${tag} .story=${story} theme=${theme ?? nothing} heading-level=${headingLevel ?? nothing} viewpoint=${name === 'viewpoint-card' ? (viewpoint ?? nothing) : nothing}></${tag}>`,
    ),
  );
}
