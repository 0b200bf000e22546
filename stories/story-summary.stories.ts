import { widgetMeta, widgetStories } from './support/widget-stories.js';
import { kindsOfSource } from './support/story-data.js';

// Storybook lists stories from named exports it can read without running the file, hence one line each;
// what every story shows is defined once, in support/widget-stories.ts.
const stories = widgetStories('story-summary');

export default { title: 'Elements/story-summary', tags: ['autodocs'], ...widgetMeta('story-summary') };

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

/** A citation opened: the source shows in a popover under its line; the paragraph does not move. */
export const CitationOpen = {
  ...stories.Loaded,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const summary = canvasElement.querySelector('story-summary') as HTMLElement & { updateComplete: Promise<unknown> };
    await summary.updateComplete;
    summary.shadowRoot?.querySelector<HTMLButtonElement>('button[part~="citation"]')?.click();
  },
};

/** A citation opened on a source with a kind, a paywall and a date: all three shown as text. */
export const CitationWithKind = { ...CitationOpen, args: { story: kindsOfSource } };

/** Under the publisher's own headline: `omit="topic title dek"` leaves out what the page already shows. */
export const WithoutTitleTopicDek = {
  args: { ...stories.Loaded.args, omit: 'topic title dek' },
};

/** The reader's system is dark, the widget says `theme="auto"`: it follows the system (without it, it stays light). */
export const AutoTheme = {
  args: { ...stories.Loaded.args, theme: 'auto' },
};
