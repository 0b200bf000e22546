import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { everyLean, oneSided, urls } from './support/story-data.js';
import { themed, type ThemeName } from './support/themes.js';
import { errorsOf } from './support/widget-stories.js';
import { stack, widget } from './support/widget.js';

/**
 * The example themes on everything they style: the four widgets (every lean
 * colour, a one-sided notice), a widget still loading and one in error. The
 * CSS of each theme is in stories/themes/ and on the Introduction page.
 */
const showcase = (name: ThemeName) =>
  themed(
    name,
    stack(
      widget('story-summary', { story: everyLean }),
      widget('viewpoint-card', { story: everyLean, viewpoint: 'ai-safety-researchers' }),
      widget('source-list', { story: everyLean }),
      widget('coverage-gaps', { story: oneSided }),
      widget('coverage-gaps', { src: urls.neverAnswers, timeout: 86_400_000 }),
      widget('source-list', { inline: '{"id": "cut off' }),
    ),
  );

export default {
  title: 'Themes',
  parameters: { staysLoading: true, expectedErrors: errorsOf('source-list') },
} satisfies Meta;

export const Newspaper: StoryObj = { render: () => showcase('newspaper') };
export const HighContrast: StoryObj = { render: () => showcase('high-contrast') };
