import { widgetMeta, widgetStories } from './support/widget-stories.js';
import { oneSided } from './support/story-data.js';

// Storybook lists stories from named exports it can read without running the file, hence one line each;
// what every story shows is defined once, in support/widget-stories.ts.
const stories = widgetStories('coverage-gaps');

export default { title: 'Elements/coverage-gaps', tags: ['autodocs'], ...widgetMeta('coverage-gaps') };

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

/** Five of six rated sources lean left: the one-sided-coverage notice. */
export const OneSided = { args: { story: oneSided } };
