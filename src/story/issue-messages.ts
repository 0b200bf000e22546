import type { core } from 'zod/mini';

/**
 * Plain-English messages for schema issues. `zod/mini` ships without a
 * locale, so every issue would otherwise read "Invalid input"; loading zod's
 * English locale would add weight to the script-tag bundle for a few strings.
 * Messages set on the schema itself ("must not be empty") take precedence.
 */
export function issueMessage(issue: core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      if (issue.expected === 'int' && typeof issue.input === 'number') return `expected an integer, received ${issue.input}`;
      return `expected ${issue.expected === 'int' ? 'integer' : issue.expected}, received ${typeOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `must have at least ${issue.minimum} ${issue.origin === 'string' ? 'character' : 'item'}${issue.minimum === 1 ? '' : 's'}`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return undefined;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
