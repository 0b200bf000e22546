/**
 * The story format's checks beyond types, each written once with its message.
 * The zod schema (schema.ts) runs them as refinements; the validator that
 * pages run (validate-story.generated.ts, generated from that schema) calls
 * them by these export names. Every export that is a function is a rule.
 */

/** What a rule found wrong, at `path` below the value it checked. */
export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

/** A check of an already well-typed value: what is wrong with it, or nothing. */
export type Rule<T> = (value: T) => RuleIssue[];

const check =
  <T>(test: (value: T) => boolean, message: string | ((value: T) => string)): Rule<T> =>
  (value) =>
    test(value) ? [] : [{ path: [], message: typeof message === 'string' ? message : message(value) }];

/** A whole number (ids, counts): the JSON Schema says `integer`. */
export const integer = check<number>(Number.isSafeInteger, (value) => `expected an integer, received ${value}`);

export const nonEmpty = check<string>((value) => value !== '', 'must not be empty');

/** Well-formed BCP 47 shape (language, then subtags); the browser decides the rest. */
export const LANG_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
export const langTag = check<string>((value) => LANG_TAG.test(value), 'must be a BCP 47 language tag');

/** A calendar date, or a date and time with an optional offset (RFC 3339 / ISO 8601). */
export const ISO_DATE =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;
/** Also what a date that is not text at all gets (schema.ts): the reader needs the format, not the type. */
export const NOT_ISO_DATE = 'must be an ISO 8601 date or date-time';
export const isoDate = check<string>((value) => ISO_DATE.test(value), NOT_ISO_DATE);

/** Added to `integer` for counts. */
export const count = check<number>((value) => value >= 0, 'must be at least 0');

/** No two sources, and no two viewpoints, share an id; the second of two is named. */
export const uniqueIds: Rule<{ sources?: readonly { id: number }[]; viewpoints?: readonly { id: string }[] }> = (
  story,
) => [...duplicates(story.sources, 'sources'), ...duplicates(story.viewpoints, 'viewpoints')];

function duplicates(items: readonly { id: string | number }[] = [], field: string): RuleIssue[] {
  const seen = new Set<string | number>();
  return items.flatMap(({ id }, index) => {
    const repeated = seen.has(id);
    seen.add(id);
    return repeated ? { path: [field, index, 'id'], message: `duplicate id ${JSON.stringify(id)}` } : [];
  });
}
