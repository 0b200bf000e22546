import type { DEFAULT_LABELS } from '../shared/labels.js';

/**
 * What may fill a placeholder: text (isolated for bidi as story text),
 * `{ plain }` for words of our own (another label), numbers (formatted for
 * the language) and lists (joined by `Intl.ListFormat`).
 */
export type LabelValue = string | number | readonly string[] | { plain: string } | undefined;
export type LabelValues = Record<string, LabelValue>;

/**
 * A label is a string with `{name}` placeholders and ICU-like plural forms
 * (`{count, plural, one {# source} other {# sources}}`), or a function of the
 * values and the language, for what a string cannot say.
 */
export type Label = string | ((values: LabelValues, lang: string) => string);

export type LabelKey = keyof typeof DEFAULT_LABELS;
/** Every label of a language. */
export type LabelPack = Record<LabelKey, Label>;
/** Replacement labels, as `labels` on an element or a provider takes them. */
export type LabelOverrides = Partial<LabelPack>;
