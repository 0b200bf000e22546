/**
 * A story date as the reader's language writes it ("3 March 2026"), or the
 * text as given when the browser does not know the language tag.
 */
export function formatDate(value: string, lang: string | undefined): string {
  try {
    // A date without a time is that calendar day everywhere; Date reads it as UTC midnight, so format it in UTC
    // (in the reader's zone it would show the day before west of Greenwich).
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', ...(dateOnly && { timeZone: 'UTC' }) }).format(
      new Date(value),
    );
  } catch {
    return value;
  }
}
