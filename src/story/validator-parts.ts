/**
 * The building blocks of the generated story validator
 * (validate-story.generated.ts). Each does what the zod/mini type of the same
 * name does in `StorySchema.safeParse(input, { error: issueMessage })`: the
 * same kept value (unknown keys dropped), the same issues in the same order,
 * the same reads of the input (a getter that throws throws here too).
 * test/ssr/story-validator.test.js holds the two side by side.
 */
import { REQUIRED, typeMessage, valueMessage } from './issue-messages.js';
import type { Rule, RuleIssue } from './rules.js';

type Path = (string | number)[];
/** `soft` when a rule found it: zod still runs the enclosing schema's rules then (its `continue`), not after a type issue. */
type Found = RuleIssue & { soft?: boolean };
/** Checks `input`, found at `path`; adds what is wrong to `issues`; returns the value to keep. */
export type Part = (input: unknown, path: Path, issues: Found[]) => unknown;

/** Adds a type issue unless `ok`, with the schema's own `message` if it has one; says whether it did. */
function wrongType(ok: boolean, expected: string, input: unknown, path: Path, issues: Found[], message?: string) {
  if (!ok) issues.push({ path, message: message ?? typeMessage(expected, input) });
  return !ok;
}

// On a type or value issue the input is kept as it is, as zod keeps it.
export const string =
  (message?: string): Part =>
  (input, path, issues) => {
    wrongType(typeof input === 'string', 'string', input, path, issues, message);
    return input;
  };

/** zod's number refuses NaN and ±Infinity. */
export const number =
  (message?: string): Part =>
  (input, path, issues) => {
    wrongType(Number.isFinite(input), 'number', input, path, issues, message);
    return input;
  };

export const literal =
  (values: readonly unknown[], message?: string): Part =>
  (input, path, issues) => {
    if (!values.includes(input)) issues.push({ path, message: message ?? valueMessage(values) });
    return input;
  };

export const array =
  (element: Part, message?: string): Part =>
  (input, path, issues) => {
    if (wrongType(Array.isArray(input), 'array', input, path, issues, message)) return input;
    const items = input as unknown[];
    const kept = Array(items.length);
    for (let i = 0; i < items.length; i++) kept[i] = element(items[i], [...path, i], issues);
    return kept;
  };

const OPTIONAL = new WeakSet<Part>();
/** Absent or undefined is fine; an object leaves an absent optional key out of what it keeps. */
export const optional = (inner: Part): Part => {
  const part: Part = (input, path, issues) => (input === undefined ? undefined : inner(input, path, issues));
  OPTIONAL.add(part);
  return part;
};

/** Keeps the keys of `shape`, in its order; each value is read once, then whether the key is there (`in`). */
export const object =
  (shape: Record<string, Part>, message?: string): Part =>
  (input, path, issues) => {
    const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
    if (wrongType(isObject, 'object', input, path, issues, message)) return input;
    const from = input as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const part = shape[key]!;
      const found: Found[] = [];
      const value = part(from[key], [...path, key], found);
      const present = key in from;
      // zod drops what an absent optional key's value found (a proxy can answer both ways).
      if (!present && OPTIONAL.has(part)) continue;
      issues.push(...found);
      if (present) kept[key] = value;
      else if (!found.length) issues.push({ path: [...path, key], message: REQUIRED });
    }
    return kept;
  };

/** Runs `rules` on what `base` keeps, unless `base` found a type or value issue (a rule's issue does not stop them). */
export const checked =
  (base: Part, rules: Rule<never>[]): Part =>
  (input, path, issues) => {
    const start = issues.length;
    const value = base(input, path, issues);
    if (issues.slice(start).some((issue) => !issue.soft)) return value;
    for (const rule of rules)
      for (const issue of rule(value as never)) issues.push({ ...issue, path: [...path, ...issue.path], soft: true });
    return value;
  };

/** What parseStory gets: the kept value, or every issue with its path. */
export type Validation<T> = { success: true; data: T } | { success: false; issues: RuleIssue[] };

export function validate<T>(root: Part, input: unknown): Validation<T> {
  const issues: Found[] = [];
  const data = root(input, [], issues);
  // The mark of a rule's issue is for checked() only.
  for (const issue of issues) delete issue.soft;
  return issues.length ? { success: false, issues } : { success: true, data: data as T };
}
