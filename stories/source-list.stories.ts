import { widgetMeta, widgetStories } from './support/widget-stories.js';
import { kindsOfSource, noRightCoverage, oneSided, rightToLeft, seed } from './support/story-data.js';

// Storybook lists stories from named exports it can read without running the file, hence one line each;
// what every story shows is defined once, in support/widget-stories.ts.
const stories = widgetStories('source-list');

export default { title: 'Elements/source-list', tags: ['autodocs'], ...widgetMeta('source-list') };

export const Loaded = stories.Loaded;
export const FromSrc = stories.FromSrc;
export const InlineJson = stories.InlineJson;
export const InProvider = stories.InProvider;
export const Loading = stories.Loading;
export const HttpError = stories.HttpError;
export const NotJson = stories.NotJson;
export const InvalidJson = stories.InvalidJson;
export const HiddenOnError = stories.HiddenOnError;
export const SchemaError = stories.SchemaError;
export const RequiredFieldsOnly = stories.RequiredFieldsOnly;
export const LongWordsAndTitles = stories.LongWordsAndTitles;
export const HundredSources = stories.HundredSources;
export const RightToLeft = stories.RightToLeft;
export const HeadingLevels = stories.HeadingLevels;
export const GermanStory = stories.GermanStory;
export const OwnLabels = stories.OwnLabels;
export const DarkTheme = stories.DarkTheme;
export const NewspaperTheme = stories.NewspaperTheme;
export const HighContrastTheme = stories.HighContrastTheme;

/** The lean rating provider named (with a link) under the distribution. */
export const RatedBy = {
  args: { story: { ...seed, leanRatings: { provider: 'Example Lean Ratings', url: 'https://example.org/ratings' } } },
};

/** Two leans filtered on (`filter="lean-left lean-right"`): their rows pressed, the count shown said politely. */
export const FilteredByLean = { args: { story: seed, filter: 'lean-left lean-right' } };

/** Left, Center and Right side by side; no coverage from the right says so; the unrated source after them. */
export const SidesView = { args: { story: noRightCoverage, layout: 'sides' } };

/** The sides view on a phone: the sides stack. */
export const SidesViewPhone = {
  args: { story: noRightCoverage, layout: 'sides' },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

/** Arabic: the scale and the sides start on the right. */
export const SidesRightToLeft = { args: { story: rightToLeft, layout: 'sides' } };

/** Kinds of piece, paywalls and dates as text, sorted newest first (`sort="date"`). */
export const KindsAndPaywalls = { args: { story: kindsOfSource, sort: 'date' } };

/** Coverage that leans left: the flag on the scale it describes. */
export const OneSidedFlag = { args: { story: oneSided } };
