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
export const LeanSchema = z.enum(LEANS);

const text = z.string();
const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));
// Well-formed BCP 47 shape (language, then subtags); the browser decides the rest.
const langTag = z.string().check(z.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag'));
const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], 'must be an ISO 8601 date or date-time');
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
  sourceIds: z.optional(z.array(z.int())),
});

export const SourceSchema = z.object({
  id: z.int(),
  outlet: nonEmpty,
  lean: z.optional(LeanSchema),
  headline: text,
  url,
});

export const RelatedStorySchema = z.object({
  title: nonEmpty,
  topic: z.optional(text),
  sourceCount: z.optional(z.int().check(z.nonnegative())),
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
    if (seen.has(item.id)) issues.push({ path: [field, index, 'id'], message: `duplicate id ${JSON.stringify(item.id)}` });
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

export type Lean = z.infer<typeof LeanSchema>;
export type Perspective = z.infer<typeof PerspectiveSchema>;
export type Viewpoint = z.infer<typeof ViewpointSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type RelatedStory = z.infer<typeof RelatedStorySchema>;
export type LeanRatings = z.infer<typeof LeanRatingsSchema>;
export type Story = z.infer<typeof StorySchema>;
