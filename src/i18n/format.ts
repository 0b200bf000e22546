import type { Label, LabelValue, LabelValues } from './label-types.js';

/** A placeholder's value as it lands in the text: story text marked, so it can be isolated for bidi. */
export type Part = string | { isolate: string };

const cache: Record<string, never> = {};
/** One formatter per kind and language (they are slow to make); a tag Intl rejects formats as English. */
function intl<T>(kind: string, lang: string, make: (lang: string) => T): T {
  return (cache[kind + lang] ??= (() => {
    try {
      return make(lang);
    } catch {
      return make('en');
    }
  })() as never);
}

/** A count (or, with `percent`, a share of 1) in the language's digits and signs. */
export const formatNumber = (lang: string, n: number, percent?: boolean): string =>
  intl(percent ? 'pct' : 'num', lang, (l) => new Intl.NumberFormat(l, percent ? { style: 'percent' } : {})).format(n);

// The text of a plural form, `{…}`, which may hold placeholders (`{outlet}`) one level deep.
const FORM = /(?:[^{}]|\{[^{}]*\})*/.source;
// A placeholder, `{…}` around text and forms (a brace left open is text), and a plural's `selector {form}`.
const PLACEHOLDER = new RegExp(`\\{((?:[^{}]|\\{${FORM}\\})*)\\}`);
const SELECTOR = new RegExp(`(=?\\w+)\\s*\\{(${FORM})\\}`, 'g');

/** `{count, plural, =0 {…} one {…} other {…}}`: the form for `n`, with `#` as the formatted number. */
function plural(forms: string, n: number, lang: string): string {
  const chosen: Record<string, string> = {};
  for (const [, selector, text] of forms.matchAll(SELECTOR)) chosen[selector!] = text!;
  const category = intl('plural', lang, (l) => new Intl.PluralRules(l)).select(n);
  return (chosen[`=${n}`] ?? chosen[category] ?? chosen.other ?? '').replace(/#/g, formatNumber(lang, n));
}

/** One part, or a list's parts. */
function value(v: Exclude<LabelValue, undefined>, lang: string, style?: string): Part | Part[] {
  if (typeof v === 'number') return formatNumber(lang, v, style === 'percent');
  if (typeof v === 'string') return { isolate: v };
  if ('plain' in v) return v.plain;
  // Each name isolated on its own, the language's "and" between them.
  return intl('list', lang, (l) => new Intl.ListFormat(l))
    .formatToParts(v)
    .map((part) => (part.type === 'element' ? { isolate: part.value } : part.value));
}

/**
 * Fills a label for `lang`: `{name}` takes a value (numbers in the
 * language's digits, lists joined as the language joins them, text marked
 * for isolation), `{name, number, percent}` a share as a percentage, and
 * `{name, plural, …}` the language's plural form (every category
 * `Intl.PluralRules` knows, and `=n` for exact numbers). A placeholder
 * without a value stays as written.
 */
export function fill(label: Label, values: LabelValues, lang: string): Part[] {
  if (typeof label === 'function') return [label(values, lang)];
  // Split at the placeholders: text, then each placeholder's inside and the text after it.
  const parts = label.split(PLACEHOLDER).flatMap((piece, i): Part | Part[] => {
    if (i % 2 === 0) return piece;
    // split() gives at least one piece: the name.
    const [name, kind, ...forms] = piece.split(',');
    const v = values[name!.trim()];
    if (v === undefined) return `{${piece}}`;
    if (kind?.trim() === 'plural') return fill(plural(forms.join(','), Number(v), lang), values, lang);
    return value(v, lang, forms[0]?.trim());
  });
  return parts.filter((part) => part !== '');
}

/** The parts as plain text (for attributes and messages). */
export const partsText = (parts: Part[]): string =>
  parts.map((part) => (typeof part === 'string' ? part : part.isolate)).join('');

/** A story date in the language's long form; a date without a time is that calendar day everywhere. */
export function formatDate(iso: string, lang: string): string {
  try {
    // A story's dates are ISO 8601 (the schema checks): a time comes after a `T`.
    const dateOnly = !iso.includes('T');
    // Date reads a bare date as UTC midnight: formatted in the reader's zone it would be the day before west of UTC.
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : undefined }).format(
      new Date(iso),
    );
  } catch {
    return iso; // a language tag the browser does not know
  }
}
