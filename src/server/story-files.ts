import type { Story } from '../story/schema.js';
import { embedPage } from './embed-page.js';
import { oembedFor } from './oembed.js';
import { ELEMENT_NAMES, renderStory, type ElementName } from './render-story.js';
import type { Site } from './site-options.js';
import { EMBED_VARIANTS, sitePaths } from './site-paths.js';

/** A file of the site: its path under the site's root and its text. */
export type SiteFile = [path: string, text: string];

/**
 * Every file one valid story adds to a site: the story JSON, the embed page
 * with all widgets and one page per widget, and an oEmbed answer for each.
 * On the page with all widgets the summary's title is the page's `h1` and
 * the other widgets' titles are `h2`; a page of one widget starts at `h1`.
 */
export async function storyFiles(story: Story, site: Site): Promise<SiteFile[]> {
  const render = (element: ElementName, headingLevel: number) =>
    renderStory(story, { element, headingLevel, baseUrl: site.baseUrl });
  const alone = new Map<ElementName, string>();
  const together: string[] = [];
  for (const element of ELEMENT_NAMES) {
    const markup = await render(element, 1);
    alone.set(element, markup);
    together.push(element === 'story-summary' ? markup : await render(element, 2));
  }
  const files: SiteFile[] = [[sitePaths.story(story.id), JSON.stringify(story)]];
  for (const element of EMBED_VARIANTS) {
    const widgets = element ? alone.get(element)! : together.join('\n');
    files.push([`${sitePaths.embed(story.id, element)}index.html`, embedPage(story, element, widgets, site)]);
    files.push([sitePaths.oembed(story.id, element), JSON.stringify(oembedFor(story, element, site))]);
  }
  return files;
}
