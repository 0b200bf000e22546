import type { Story } from './schema.js';
import { StoryError, formatPath, parseJson } from './story-error.js';
import { safeHttpUrl } from './safe-url.js';
// The validator generated from the zod schema (npm run generate), not the
// schema itself: zod's runtime is about 6 KB gzip of the script-tag bundle,
// and this gives the same data and the same issues (a differential test,
// test/ssr/story-validator.test.js, holds the two side by side). The browser,
// the npm build and the server all run this one, so they cannot disagree.
import { validateStory } from './validate-story.generated.js';

// A story object set as a property is validated once, however many widgets
// (or re-renders) receive it. Keyed by object identity, with the base URL its
// links were resolved against (a page has one: its own).
const parsed = new WeakMap<object, [base: string, story: Story]>();

/**
 * Validates unknown input against the story schema and returns a story whose
 * links are absolute http(s) URLs (or absent). Throws a `schema` StoryError
 * listing every problem with its path.
 *
 * @param base the URL that relative links resolve against: the story file's
 *   own URL when it came from `src`, the page otherwise.
 */
export function parseStory(input: unknown, base: string): Story {
  // A WeakMap finds nothing for a key that is not an object (and a story that validates is one).
  const cached = parsed.get(input as object);
  if (cached?.[0] === base) return cached[1];

  let result: ReturnType<typeof validateStory>;
  try {
    result = validateStory(input);
  } catch (error) {
    // A getter or proxy that throws while it is read (the validator rethrows): not a story, rather than a bug of ours.
    // String() gives an Error's kind and message (`TypeError: …`), one from another frame too, and whatever else was thrown.
    throw new StoryError('schema', `The story object could not be read: ${String(error)}`);
  }
  if (!result.success) {
    const { issues } = result;
    // A failed validation has at least one issue.
    const first = issues[0]!;
    const where = `${formatPath(first.path)}: ${first.message}`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new StoryError('schema', `Invalid story: ${where}${more}`, issues);
  }

  const story = withSafeLinks(result.data, base);
  parsed.set(input as object, [base, story]);
  return story;
}

/** Resolves every `url` field; a link that is not http(s) is dropped with a warning naming its path. */
function withSafeLinks(story: Story, base: string): Story {
  // `where`: the path of the item that holds the link (`sources.2`).
  const link = <T extends { url?: string }>(item: T, where: string): T => {
    if (item.url === undefined) return item;
    const url = safeHttpUrl(item.url, base);
    if (url === undefined) {
      console.warn(`[viewpoint-cards] ${where}.url is not an http(s) link; it is shown without a link.`);
    }
    return { ...item, url };
  };
  return {
    ...story,
    sources: story.sources?.map((source, i) => link(source, `sources.${i}`)),
    related: story.related?.map((item, i) => link(item, `related.${i}`)),
    leanRatings: story.leanRatings && link(story.leanRatings, 'leanRatings'),
  };
}

// The same inline story is often pasted into several widgets of one page:
// its text is parsed and validated once and the widgets share the result
// (bench: 4 widgets of the seed story validate once instead of 4 times and
// hold one story object instead of 4). Keyed by the text, for the same base;
// the 16 texts parsed last are kept, so a page that renders many stories
// over time does not keep them all.
const parsedTexts = new Map<string, [base: string, story: Story]>();

/** Parses the text of an inline `<script type="application/json">` child. */
export function parseStoryText(text: string, base: string): Story {
  const cached = parsedTexts.get(text);
  if (cached?.[0] === base) return cached[1];
  const story = parseStory(parseJson(text, 'The story'), base);
  parsedTexts.set(text, [base, story]);
  if (parsedTexts.size > 16) parsedTexts.delete(parsedTexts.keys().next().value!);
  return story;
}
