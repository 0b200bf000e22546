import type { Story } from '../story/schema.js';
import { parseStory } from '../story/parse-story.js';
import { scriptJson } from './script-json.js';
import { SERVER_BASE } from '../story/safe-url.js';

/** Where the story is published, for the JSON-LD `url`, and the base for relative links. */
export interface JsonLdOptions {
  /** The page's URL: becomes `url` and `mainEntityOfPage`, and resolves relative links in the story. */
  url?: string;
}

/**
 * The story as a schema.org `NewsArticle`, with every source as a `citation`
 * (a `CreativeWork` with its headline, outlet and link), so search engines
 * can read what the story cites. Throws a `schema` StoryError for an invalid
 * story.
 */
export function storyJsonLd(input: unknown, options: JsonLdOptions = {}): Record<string, unknown> {
  const story: Story = parseStory(input, options.url ?? SERVER_BASE);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    identifier: story.id,
    headline: story.title,
    ...(story.summary && { description: story.summary }),
    ...(story.lang && { inLanguage: story.lang }),
    ...(story.topic && { articleSection: story.topic }),
    ...(story.updatedAt && { dateModified: story.updatedAt }),
    ...(options.url && { url: options.url, mainEntityOfPage: options.url }),
    citation: (story.sources ?? []).map((source) => ({
      '@type': 'CreativeWork',
      headline: source.headline,
      publisher: { '@type': 'Organization', name: source.outlet },
      ...(source.url && { url: source.url }),
    })),
  };
}

/** `storyJsonLd` as a `<script type="application/ld+json">` block, escaped so story text cannot close it. */
export function storyJsonLdScript(input: unknown, options: JsonLdOptions = {}): string {
  return `<script type="application/ld+json">${scriptJson(storyJsonLd(input, options))}</script>`;
}
