import { toJSONSchema } from 'zod/mini';
import { STORY_RULES, StorySchema } from './schema.js';

// JSON Schema keywords for the schema's refinements, which zod cannot
// describe (see `rule` in schema.ts). Kept here, out of the validator, so
// that pages loading the widgets do not carry them.
const { integer, count, flag, nonEmpty, langTag, isoDate, LANG_TAG, ISO_DATE } = STORY_RULES;
const KEYWORDS = new Map<unknown, object>([
  [integer, { type: 'integer' }],
  [count, { type: 'integer', minimum: 0 }],
  [flag, { type: 'boolean' }],
  [nonEmpty, { type: 'string', minLength: 1 }],
  [langTag, { type: 'string', pattern: LANG_TAG.source }],
  [
    isoDate,
    {
      anyOf: [
        { type: 'string', format: 'date' },
        { type: 'string', pattern: ISO_DATE.source },
      ],
    },
  ],
]);

/** The story format as JSON Schema (draft 2020-12): story.schema.json, and what the server's hints read. */
export function storyJsonSchema(): Record<string, unknown> {
  return {
    title: 'viewpoint-cards story, version 1',
    ...toJSONSchema(StorySchema, {
      io: 'input',
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => {
        const keywords = KEYWORDS.get(zodSchema);
        if (!keywords) return;
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
        Object.assign(jsonSchema, keywords);
      },
    }),
  };
}
