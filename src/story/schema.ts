/**
 * The story format, version 1: the single source of truth for a story's shape.
 *
 * Types are inferred from this schema and `story.schema.json` is generated from
 * it, so nothing else in the project declares a story's fields by hand.
 * `zod/mini` keeps the validator small (about 7 KB gzip) and never calls
 * `new Function`, so it runs under a strict Content-Security-Policy.
 */
import * as z from 'zod/mini';

/** Political lean of an outlet, as rated by the story's `leanRatings.provider`. */
export const LEANS = ['left', 'lean-left', 'center', 'lean-right', 'right', 'unrated'] as const;
// A literal list, not z.enum: the same check in the validator, and the bundle
// then carries one of zod's value checks instead of two.
export const LeanSchema = z.literal(LEANS);

/** What kind of piece a source is: reporting, analysis, opinion and so on. */
export const SOURCE_TYPES = ['news', 'analysis', 'opinion', 'factcheck', 'press-release', 'other'] as const;

const text = z.string();

/**
 * A check written as a refinement. zod's own minLength, regex, union, ISO and
 * int checks each bring their own code into the script-tag bundle; this
 * brings none (about 1.5 KB gzip less). zod cannot describe a refinement in
 * JSON Schema: json-schema.ts adds the keywords for each of these rules.
 * superRefine, not refine: the story's duplicate-id check needs it anyway.
 */
function rule<T extends z.ZodMiniType>(
  schema: T,
  test: (value: z.output<T>) => boolean,
  message: string | ((value: z.output<T>) => string),
): T {
  return schema.check(
    z.superRefine((value, ctx) => {
      if (!test(value))
        ctx.addIssue({ code: 'custom', input: value, message: typeof message === 'string' ? message : message(value) });
    }),
  );
}

// z.number() and a refinement rather than z.int(), which brings its own number-format code.
const integer = rule(z.number(), Number.isSafeInteger, (value) => `expected an integer, received ${value}`);
const nonEmpty = rule(z.string(), (value) => value.length > 0, 'must not be empty');
// Well-formed BCP 47 shape (language, then subtags); the browser decides the rest.
const LANG_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const langTag = rule(z.string(), (value) => LANG_TAG.test(value), 'must be a BCP 47 language tag');
// A calendar date, or a date and time with an optional offset (RFC 3339 / ISO 8601).
const ISO_DATE =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;
const notIsoDate = 'must be an ISO 8601 date or date-time';
const isoDate = rule(z.string(notIsoDate), (value) => ISO_DATE.test(value), notIsoDate);
// true or false: z.literal is already in the bundle, z.boolean would add its own type (json-schema.ts says `boolean`).
const flag = z.literal([true, false]);
const count = rule(integer, (value) => value >= 0, 'must be at least 0');
// URLs are checked for http(s) when rendering (see safe-url.ts), not here:
// a bad link must not hide a whole story.
const url = z.optional(text);

export const PerspectiveSchema = z.object({
  id: z.optional(text),
  label: nonEmpty,
  summary: text,
});

export const ViewpointSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  stance: text,
  detail: z.optional(text),
  sourceIds: z.optional(z.array(integer)),
});

export const SourceSchema = z.object({
  id: integer,
  outlet: nonEmpty,
  lean: z.optional(LeanSchema),
  headline: text,
  url,
  type: z.optional(z.literal(SOURCE_TYPES)),
  /** Behind a subscription or paywall. */
  paywalled: z.optional(flag),
  publishedAt: z.optional(isoDate),
});

export const RelatedStorySchema = z.object({
  title: nonEmpty,
  topic: z.optional(text),
  sourceCount: z.optional(count),
  url,
});

export const LeanRatingsSchema = z.object({
  provider: nonEmpty,
  url,
});

/** Issue paths point at the second of two entries that share an id. */
function uniqueIds(items: readonly { id: string | number }[] | undefined, field: string) {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const seen = new Set<string | number>();
  items?.forEach((item, index) => {
    if (seen.has(item.id))
      issues.push({ path: [field, index, 'id'], message: `duplicate id ${JSON.stringify(item.id)}` });
    seen.add(item.id);
  });
  return issues;
}

export const StorySchema = z
  .object({
    version: z.optional(z.literal(1)),
    id: nonEmpty,
    title: nonEmpty,
    lang: z.optional(langTag),
    topic: z.optional(text),
    summary: z.optional(text),
    updatedAt: z.optional(isoDate),
    perspectives: z.optional(z.array(PerspectiveSchema)),
    notRepresented: z.optional(z.array(text)),
    whyItMatters: z.optional(text),
    body: z.optional(z.array(text)),
    viewpoints: z.optional(z.array(ViewpointSchema)),
    sources: z.optional(z.array(SourceSchema)),
    related: z.optional(z.array(RelatedStorySchema)),
    leanRatings: z.optional(LeanRatingsSchema),
  })
  .check(
    z.superRefine((story, ctx) => {
      for (const issue of [...uniqueIds(story.sources, 'sources'), ...uniqueIds(story.viewpoints, 'viewpoints')]) {
        ctx.addIssue({ code: 'custom', input: story, ...issue });
      }
    }),
  );

/** The refined building blocks, for json-schema.ts to describe (not part of the story API). */
export const STORY_RULES = { integer, count, flag, nonEmpty, langTag, isoDate, LANG_TAG, ISO_DATE } as const;

export type Lean = z.infer<typeof LeanSchema>;
export type SourceType = (typeof SOURCE_TYPES)[number];
export type Perspective = z.infer<typeof PerspectiveSchema>;
export type Viewpoint = z.infer<typeof ViewpointSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type RelatedStory = z.infer<typeof RelatedStorySchema>;
export type LeanRatings = z.infer<typeof LeanRatingsSchema>;
export type Story = z.infer<typeof StorySchema>;
