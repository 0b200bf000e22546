import type { core } from 'zod/mini';

/**
 * Plain-English messages for schema issues. `zod/mini` ships without a
 * locale, so every issue would otherwise read "Invalid input"; loading zod's
 * English locale would add weight to the script-tag bundle for a few strings.
 * Messages set on the schema itself ("must not be empty") take precedence;
 * its own checks are refinements with messages, so only type and value
 * issues come here.
 */
export function issueMessage(issue: core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${issue.expected}, received ${typeOf(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
