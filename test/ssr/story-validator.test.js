// The generated validator (src/story/validate-story.generated.ts, which
// parseStory runs) against the zod schema it is generated from: the same
// stories in, the same result out — the kept data (unknown keys dropped, keys
// in the same order), or the same issues (path, message, order), or the same
// error thrown — for the seed story, a test fixture, and thousands of
// deterministic mutations of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { issueMessage } from '../../dist/story/issue-messages.js';
import { StorySchema } from '../../dist/story/schema.js';
import { validateStory } from '../../dist/story/validate-story.generated.js';
import { root, seed } from './cli-helpers.js';
import { combinations, duplicateIds, fieldMutations, pairs, random, singleMutations } from './story-mutations.js';

/** What zod says, as parseStory used to read it. */
function byZod(input) {
  try {
    const result = StorySchema.safeParse(input, { error: issueMessage });
    if (result.success) return { data: result.data };
    return { issues: result.error.issues.map(({ path, message }) => ({ path, message })) };
  } catch (error) {
    return { threw: error.message };
  }
}

function byGenerated(input) {
  try {
    const result = validateStory(input);
    return result.success ? { data: result.data } : { issues: result.issues };
  } catch (error) {
    return { threw: error.message };
  }
}

/** The keys of every object in `value`, in order, so that key order is compared too. */
const keyOrder = (value) =>
  typeof value === 'object' && value !== null ? Object.entries(value).map(([key, item]) => [key, keyOrder(item)]) : 0;

const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/stories/relative-links.json'), 'utf8'));
const bases = { seed: seed(), 'relative-links fixture': fixture };

/** Every case: a name and a function that makes a fresh input (each validator gets its own copy). */
function cases() {
  const all = [
    ...[null, undefined, 'a story', 7, true, [], {}, { id: 'x', title: 'T' }].map((input) => ({
      name: `the input ${JSON.stringify(input)}`,
      make: () => structuredClone(input),
    })),
  ];
  for (const [baseName, base] of Object.entries(bases)) {
    const fields = fieldMutations(base);
    const duplicates = [...duplicateIds(base, 'sources'), ...duplicateIds(base, 'viewpoints')];
    const mutations = [...singleMutations(base), ...fields, ...duplicates];
    // Duplicate ids beside a problem of the story's own fields: whether the story's rule still runs.
    const ownFields = fields.filter(({ name }) => !name.split(' = ')[0].includes('.'));
    const combined = [...pairs(duplicates, ownFields), ...combinations(mutations, 400, random(baseName.length))];
    all.push({ name: `${baseName} as it is`, make: () => structuredClone(base) });
    for (const { name, apply } of [...mutations, ...combined])
      all.push({ name: `${baseName}, ${name}`, make: () => apply(structuredClone(base)) });
  }
  return all;
}

describe('the generated story validator gives what the zod schema gives', () => {
  const all = cases();
  const outcomes = { data: 0, issues: 0, threw: 0, duplicateAfterRule: 0, duplicateHidden: 0 };

  it(`on ${all.length} inputs: the seed, a fixture, and mutations of both`, () => {
    for (const { name, make } of all) {
      const expected = byZod(make());
      const actual = byGenerated(make());
      assert.deepStrictEqual(actual, expected, name);
      assert.deepStrictEqual(keyOrder(actual), keyOrder(expected), `${name}: key order`);
      outcomes[Object.keys(expected)[0]]++;
      const messages = expected.issues?.map((issue) => issue.message) ?? [];
      const duplicate = messages.some((message) => message.startsWith('duplicate id'));
      if (duplicate && messages.some((message) => message === 'must not be empty')) outcomes.duplicateAfterRule++;
      if (!duplicate && / = (sources|viewpoints)\.\d+\.id/.test(name) && messages.some((m) => m.startsWith('expected')))
        outcomes.duplicateHidden++;
    }
    console.log(`${all.length} inputs: ${JSON.stringify(outcomes)}`);
  });

  it('covers every kind of outcome, both sides of when the duplicate-id rule runs included', () => {
    assert.ok(all.length > 1000, `${all.length} inputs`);
    assert.ok(outcomes.data > 50, 'accepted stories (their kept data compared)');
    assert.ok(outcomes.issues > 500, 'rejected stories (their issues compared)');
    assert.ok(outcomes.threw > 50, 'inputs whose getters throw (the error compared)');
    // zod runs a schema's rules after its fields' rule issues, not after a type issue.
    assert.ok(outcomes.duplicateAfterRule > 0, 'a duplicate id reported beside an empty field');
    assert.ok(outcomes.duplicateHidden > 0, 'a duplicate id not reported beside a type issue');
  });

  it('is what parseStory runs: zod is not in the script-tag bundle', () => {
    const bundle = readFileSync(join(root, 'dist/viewpoint-cards.js'), 'utf8');
    assert.doesNotMatch(bundle, /_zod/);
    assert.match(readFileSync(join(root, 'dist/story/parse-story.js'), 'utf8'), /validate-story\.generated\.js/);
  });
});
