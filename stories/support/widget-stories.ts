/**
 * The states every widget meets on a real page, as stories. Each widget's
 * stories file re-exports these for its own tag, so the four widgets are
 * shown in exactly the same situations.
 *
 * Two parameters are read by the accessibility check (`npm run test:storybook`):
 * - `expectedErrors`: console errors the story causes on purpose, as
 *   substrings; each must appear, and any other console error fails.
 * - `staysLoading`: the story shows the loading state and never settles.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ArgTypes } from 'storybook/internal/types';
import { DEFAULT_LABELS, type Story } from '../../src/index.js';
import {
  compact,
  houseLabels,
  germanStory,
  hundredSources,
  longWords,
  requiredOnly,
  rightToLeft,
  seed,
  urls,
} from './story-data.js';
import { themed } from './themes.js';
import { ARG_TYPES } from './widget-args.js';
import { provider, stack, widget, type Tag, type WidgetArgs } from './widget.js';

export type WidgetStory = StoryObj<WidgetArgs>;
/** How a story's args become the element shown (the widget itself, or a provider with widgets inside). */
export type Build = (args: WidgetArgs) => HTMLElement;

/** Console errors of a widget that shows an error, and of the browser's failed request if any. */
export const errorsOf = (tag: Tag, ...more: string[]): string[] => [`[viewpoint-cards] <${tag}>: `, ...more];
export const HTTP_404 = 'status of 404';

/**
 * What the panel offers beyond each element's own controls (widget-args.ts,
 * from the manifest: one per attribute, the object properties as JSON).
 */
const refined: ArgTypes = {
  'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  theme: {
    control: 'inline-radio',
    options: ['light', 'dark', 'auto'],
    description: '`light`, `dark` or `auto`. Unset here, the widget follows the Theme switch in the toolbar.',
  },
  inline: {
    control: 'text',
    description: 'Text of an inline `<script type="application/json">` child (a Storybook arg, not an attribute).',
    table: { category: 'inline JSON' },
  },
};

export function widgetMeta(tag: Tag, build: Build = (args) => widget(tag, args)): Meta<WidgetArgs> {
  // The provider stories hand the args to the widgets inside: every widget's controls apply.
  const own = tag === 'story-provider' ? Object.assign({}, ...Object.values(ARG_TYPES)) : ARG_TYPES[tag];
  const argTypes = {
    ...own,
    ...Object.fromEntries(Object.entries(refined).filter(([key]) => key in own || key === 'inline')),
  };
  return { component: tag, render: build, argTypes: argTypes as Meta<WidgetArgs>['argTypes'] };
}

/**
 * The args at one heading level. Each copy says its level in its heading, so
 * that six copies on one page are six distinct landmarks (axe landmark-unique).
 */
function atLevel(args: WidgetArgs, level: number): WidgetArgs {
  const story = args.story as Story;
  const suffix = ` (heading level ${level})`;
  return {
    ...args,
    'heading-level': level,
    story: { ...story, title: story.title + suffix },
    labels: {
      ...args.labels,
      viewpoints: DEFAULT_LABELS.viewpoints + suffix,
      sources: DEFAULT_LABELS.sources + suffix,
      notRepresented: DEFAULT_LABELS.notRepresented + suffix,
    },
  };
}

const describe = (text: string) => ({ docs: { description: { story: text } } });

export function widgetStories(tag: Tag, build: Build = (args) => widget(tag, args)) {
  const errorStory = (args: WidgetArgs, text: string, ...more: string[]): WidgetStory => ({
    args,
    parameters: { ...describe(text), expectedErrors: errorsOf(tag, ...more) },
  });
  const seedStory: WidgetArgs = { story: seed };
  return {
    Loaded: { args: seedStory, parameters: describe('The seed story, given as the `story` property.') },
    FromSrc: { args: { src: urls.seed }, parameters: describe('The same story fetched from a URL (`src`).') },
    InlineJson: {
      args: { inline: JSON.stringify(seed) },
      parameters: describe('The story inline, in a `<script type="application/json">` child: no request at all.'),
    },
    InProvider: {
      render: (args) => provider({ src: urls.seed }, build(args)),
      parameters: describe('No story of its own: the widget shows the story of the `<story-provider>` around it.'),
    },
    Loading: {
      args: { src: urls.neverAnswers, timeout: 86_400_000 },
      parameters: {
        ...describe(
          'A `src` that never answers: Storybook serves `/held-open/…` by holding the request open (see `.storybook/held-open.js`), and `timeout` is a day. On a static host without that route this story shows the HTTP error instead.',
        ),
        staysLoading: true,
      },
    },
    HttpError: errorStory({ src: urls.missing }, 'The `src` answers 404.', HTTP_404),
    NotJson: errorStory({ src: urls.notJson }, 'The `src` answers an HTML login page instead of JSON.'),
    InvalidJson: errorStory({ src: urls.brokenJson }, 'The `src` answers JSON that is cut off.'),
    HiddenOnError: errorStory(
      { src: urls.missing, 'hide-on-error': true },
      'With `hide-on-error`, a widget whose story fails takes no space at all (the details still go to the console and `story-error`).',
      HTTP_404,
    ),
    SchemaError: errorStory(
      { src: urls.schemaError },
      'Valid JSON that is not a story: the console lists each problem with its path.',
    ),
    RequiredFieldsOnly: { args: { story: requiredOnly }, parameters: describe('Only `id` and `title`.') },
    LongWordsAndTitles: {
      args: { story: longWords },
      parameters: describe('Words longer than a phone is wide must wrap, not overflow.'),
    },
    HundredSources: { args: { story: hundredSources }, parameters: describe('100 sources, every lean present.') },
    RightToLeft: {
      args: { story: rightToLeft },
      parameters: describe(
        'An Arabic story: the widget takes `lang="ar"` and `dir="rtl"` from the story, and the Arabic labels from the Arabic pack.',
      ),
    },
    HeadingLevels: {
      render: (args) => stack(...[1, 2, 3, 4, 5, 6].map((level) => build(atLevel(args, level)))),
      args: { story: compact },
      parameters: describe('`heading-level` 1 to 6, top to bottom; section headings use the next level (at most 6).'),
    },
    GermanStory: {
      args: { story: germanStory },
      parameters: describe(
        'A German story (`"lang": "de"`): its labels come from the German pack, whatever the toolbar says.',
      ),
    },
    OwnLabels: {
      args: { story: germanStory, labels: houseLabels },
      parameters: describe('A few labels reworded through the `labels` property; the rest from the German pack.'),
    },
    DarkTheme: { args: seedStory, globals: { theme: 'dark' }, parameters: describe('The built-in dark theme.') },
    NewspaperTheme: {
      args: seedStory,
      render: (args) => themed('newspaper', build(args)),
      parameters: describe(
        'A serif "newspaper" theme made only of `--vc-*` custom properties and `::part()` (stories/themes/newspaper.css).',
      ),
    },
    HighContrastTheme: {
      args: seedStory,
      render: (args) => themed('high-contrast', build(args)),
      parameters: describe(
        'A high-contrast theme made only of `--vc-*` custom properties and `::part()` (stories/themes/high-contrast.css).',
      ),
    },
  } satisfies Record<string, WidgetStory>;
}
