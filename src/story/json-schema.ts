import { toJSONSchema } from 'zod/mini';
import { ruleOfCheck, StorySchema } from './schema.js';
import * as rules from './rules.js';

// JSON Schema keywords for the schema's rules (rules.ts), which zod cannot
// describe: a schema is described by its last rule. Kept here, out of the
// validator, so that pages loading the widgets do not carry them.
const KEYWORDS = new Map<unknown, object>([
  [rules.integer, { type: 'integer' }],
  [rules.count, { type: 'integer', minimum: 0 }],
  [rules.nonEmpty, { type: 'string', minLength: 1 }],
  [rules.langTag, { type: 'string', pattern: rules.LANG_TAG.source }],
  [
    rules.isoDate,
    {
      anyOf: [
        { type: 'string', format: 'date' },
        { type: 'string', pattern: rules.ISO_DATE.source },
      ],
    },
  ],
]);

/** The keywords that replace what zod writes for `schema`, if any. */
function keywordsOf(schema: { _zod: { def: { type: string; checks?: object[]; values?: unknown[] } } }) {
  const { type, checks = [], values } = schema._zod.def;
  // The flag (`z.literal([true, false])`): a boolean, as a CMS's form should show it.
  if (type === 'literal' && values?.length === 2 && values.includes(true) && values.includes(false))
    return { type: 'boolean' };
  const last = checks.at(-1);
  return last && KEYWORDS.get(ruleOfCheck(last));
}

/** The story format as JSON Schema (draft 2020-12): story.schema.json, and what the server's hints read. */
export function storyJsonSchema(): Record<string, unknown> {
  return {
    title: 'viewpoint-cards story, version 1',
    ...toJSONSchema(StorySchema, {
      io: 'input',
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => {
        const keywords = keywordsOf(zodSchema);
        if (!keywords) return;
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
        Object.assign(jsonSchema, keywords);
      },
    }),
  };
}
