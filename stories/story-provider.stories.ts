import { seed, urls } from './support/story-data.js';
import { widgetMeta, widgetStories, type Build } from './support/widget-stories.js';
import { provider, widget, type WidgetArgs } from './support/widget.js';

/**
 * The provider loads the story (`story`, `src` or inline JSON); the widget
 * args (`heading-level`, `theme`, `labels`) go to the four widgets inside it.
 */
const withWidgets: Build = ({ 'heading-level': level, theme, labels, viewpoint, ...own }: WidgetArgs) => {
  const shared = { 'heading-level': level, theme, labels };
  return provider(
    own,
    widget('story-summary', shared),
    widget('viewpoint-card', { ...shared, viewpoint }),
    widget('coverage-gaps', shared),
    widget('source-list', shared),
  );
};

// Storybook lists stories from named exports it can read without running the file, hence one line each;
// what every story shows is defined once, in support/widget-stories.ts.
const stories = widgetStories('story-provider', withWidgets);

export default { title: 'Elements/story-provider', tags: ['autodocs'], ...widgetMeta('story-provider', withWidgets) };

export const Loaded = stories.Loaded;
export const FromSrc = stories.FromSrc;
export const InlineJson = stories.InlineJson;
export const Loading = stories.Loading;
export const HttpError = stories.HttpError;
export const NotJson = stories.NotJson;
export const InvalidJson = stories.InvalidJson;
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

/** A widget with a story of its own inside a provider shows its own story. */
export const OwnStoryWins = {
  render: () =>
    provider(
      { src: urls.seed },
      widget('story-summary'),
      widget('coverage-gaps', { story: { id: 'own', title: 'A story of its own', notRepresented: ['Its own gap'] } }),
    ),
};

/** An unknown `viewpoint` inside a provider: only that widget shows the error. */
export const UnknownViewpointInside = {
  render: () =>
    provider({ story: seed }, widget('viewpoint-card', { viewpoint: 'no-such-viewpoint' }), widget('source-list')),
  parameters: { expectedErrors: ['[viewpoint-cards] <viewpoint-card>: '] },
};
