/**
 * The story format, version 1: the single source of truth for a story's shape.
 *
 * Types are inferred from this schema; `story.schema.json` (json-schema.ts) and
 * the validator that parseStory runs (validate-story.generated.ts, written by
 * `npm run generate`) are generated from it, so nothing else in the project
 * declares a story's fields by hand. npm users may validate with `StorySchema`
 * itself: it gives the same results. `zod/mini` never calls `new Function`.
 */
import * as z from 'zod/mini';
import * as rules from './rules.js';
import type { Rule } from './rules.js';
import { LEANS, SOURCE_TYPES } from './vocabulary.js';

export { LEANS, SOURCE_TYPES } from './vocabulary.js';

// A literal list, not z.enum: one kind of value check for the validator
// generator to translate.
export const LeanSchema = z.literal(LEANS);

const text = z.string();

// Which rule each refinement runs, for the validator generator
// (scripts/generate/story-validator.js) to call the same rule by name.
const RULE_OF_CHECK = new WeakMap<object, Rule<never>>();

/** The rule (from rules.ts) that a check of this schema runs, if it is one of ours. */
export const ruleOfCheck = (check: object): Rule<never> | undefined => RULE_OF_CHECK.get(check);

/**
 * A rule of rules.ts as a refinement. zod's own minLength, regex, union, ISO
 * and int checks would each describe the same thing again; a named rule is
 * written once for this schema and the generated validator. zod cannot
 * describe a refinement in JSON Schema: json-schema.ts adds the keywords for
 * each rule. superRefine, not refine: a rule may report several issues.
 */
function rule<T extends z.ZodMiniType>(schema: T, test: Rule<z.output<T>>): T {
  const check = z.superRefine<z.output<T>>((value, ctx) => {
    for (const issue of test(value)) ctx.addIssue({ code: 'custom', input: value, ...issue });
  });
  RULE_OF_CHECK.set(check, test as Rule<never>);
  return schema.check(check);
}

// z.number() and a rule rather than z.int(), which brings its own number-format code.
const integer = rule(z.number(), rules.integer);
const nonEmpty = rule(z.string(), rules.nonEmpty);
const langTag = rule(z.string(), rules.langTag);
const isoDate = rule(z.string(rules.NOT_ISO_DATE), rules.isoDate);
// true or false, a literal like the others rather than z.boolean (json-schema.ts says `boolean`).
const flag = z.literal([true, false]);
const count = rule(integer, rules.count);
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

export const StorySchema = rule(
  z.object({
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
  }),
  rules.uniqueIds,
);

export type Lean = z.infer<typeof LeanSchema>;
export type SourceType = (typeof SOURCE_TYPES)[number];
export type Perspective = z.infer<typeof PerspectiveSchema>;
export type Viewpoint = z.infer<typeof ViewpointSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type RelatedStory = z.infer<typeof RelatedStorySchema>;
export type LeanRatings = z.infer<typeof LeanRatingsSchema>;
export type Story = z.infer<typeof StorySchema>;
