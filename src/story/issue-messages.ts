import type { core } from 'zod/mini';

/**
 * Plain-English messages for schema issues. `zod/mini` ships without a
 * locale, so every issue would otherwise read "Invalid input". Messages set
 * on the schema itself ("must not be empty", rules.ts) take precedence, so
 * only type and value issues come here. The generated validator
 * (validate-story.generated.ts) calls the two functions below directly.
 */
export function issueMessage(issue: core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue.expected, issue.input);
    case 'invalid_value':
      return valueMessage(issue.values);
    default:
      return undefined;
  }
}

/** What a missing value gets, whatever type was expected (zod's `nonoptional` for a missing key too). */
export const REQUIRED = 'required';

/** `input` is not of the `expected` type (`string`, `object`…). */
export function typeMessage(expected: string, input: unknown): string {
  return input === undefined ? REQUIRED : `expected ${expected}, received ${typeOf(input)}`;
}

/** The input is none of `values`. */
export function valueMessage(values: readonly unknown[]): string {
  return values.length === 1
    ? `must be ${JSON.stringify(values[0])}`
    : `must be one of ${values.map(String).join(', ')}`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
