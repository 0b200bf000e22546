// The story format's closed lists of values, apart from the zod schema
// (schema.ts, which uses them) so that the widgets can read them without
// bringing zod into the script-tag bundle.

/** Political lean of an outlet, as rated by the story's `leanRatings.provider`. */
export const LEANS = ['left', 'lean-left', 'center', 'lean-right', 'right', 'unrated'] as const;

/** What kind of piece a source is: reporting, analysis, opinion and so on. */
export const SOURCE_TYPES = ['news', 'analysis', 'opinion', 'factcheck', 'press-release', 'other'] as const;
