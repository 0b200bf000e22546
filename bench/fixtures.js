// The stories the scenarios render, and the markup each variant starts from.
// Every variant starts from HTML text and ends at a painted frame, so that
// all three pay the same parser and differ only in what they do after it.
import { readFileSync } from 'node:fs';
import { PRERENDERED } from '../scripts/registry.js';

/** The four widgets that show a story, in page order. */
export const WIDGETS = PRERENDERED;

export const seed = JSON.parse(readFileSync(new URL('../demo/stories/open-source-ai.json', import.meta.url), 'utf8'));

const LEANS = ['left', 'lean-left', 'center', 'lean-right', 'right', 'unrated'];

/** `count` distinct stories shaped like the seed (distinct ids and titles, so nothing can be shared by accident). */
export function manyStories(count) {
  return Array.from({ length: count }, (_, i) => ({
    ...structuredClone(seed),
    id: `${seed.id}-${i}`,
    title: `${seed.title} (${i + 1})`,
  }));
}

/** The seed with `count` sources, each with a link, leans spread over every value. */
export function storyWithSources(count) {
  return {
    ...structuredClone(seed),
    id: `${seed.id}-sources-${count}`,
    sources: Array.from({ length: count }, (_, i) => ({
      id: i + 1,
      outlet: `Outlet ${i % 97}`,
      lean: LEANS[i % LEANS.length],
      headline: `Headline number ${i + 1} about open-weight models and who should be liable for them`,
      url: `https://outlet${i % 97}.example/2026/ai/${i + 1}`,
    })),
  };
}

/** JSON safe inside a `<script>` element. */
const inlineJson = (story) => JSON.stringify(story).replaceAll('<', '\\u003c');

/** The widgets as a publisher writes them: each tag with the story inline, no request. */
export function widgetMarkup(stories, widgets = WIDGETS) {
  return stories
    .map((story) =>
      widgets.map((tag) => `<${tag}><script type="application/json">${inlineJson(story)}</script></${tag}>`).join(''),
    )
    .join('\n');
}

/** The plain-DOM baseline's input: the same inline JSON in plain containers that bench/plain-dom.js fills. */
export function plainMarkup(stories, widgets = WIDGETS) {
  return stories
    .map((story) =>
      widgets
        .map(
          (tag) =>
            `<div class="vc vc-${tag}" data-plain="${tag}"><script type="application/json">${inlineJson(story)}</script></div>`,
        )
        .join(''),
    )
    .join('\n');
}
