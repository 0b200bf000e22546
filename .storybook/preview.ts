import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { useEffect } from 'storybook/preview-api';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import manifest from '../custom-elements.json';
import { PRERENDERED } from '../src/registry.js';
import { directionOf } from '../src/shared/direction.js';
import './preview.css';

// Every label pack, as an app that offers them all would import them.
import.meta.glob('../src/locales/*.ts', { eager: true });

type Member = { name: string; privacy?: string };
type Declaration = { members?: Member[] };

/** The manifest without private and protected members: the docs tables show only what a publisher can use. */
function publicApi(cem: typeof manifest): typeof manifest {
  const isPublic = (member: Member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');
  const modules = cem.modules.map((module) => ({
    ...module,
    declarations: (module.declarations as Declaration[] | undefined)?.map((d) => ({
      ...d,
      members: d.members?.filter(isPublic),
    })),
  }));
  return { ...cem, modules } as typeof manifest;
}

// Docs tables and controls come from the elements' JSDoc, through the manifest.
setCustomElementsManifest(publicApi(manifest));

const WIDGETS = PRERENDERED.join(', ');
const SET_BY_TOOLBAR = 'data-toolbar-theme';

/**
 * Every story follows the Theme switch in the toolbar: each widget gets its
 * `theme` attribute, and the page its background. A widget whose story sets
 * a theme of its own (the `theme` control) keeps it.
 */
const followToolbarTheme: Decorator = (story, { globals, canvasElement, viewMode }) => {
  const theme = String(globals.theme ?? 'auto');
  useEffect(() => {
    if (viewMode === 'story') document.documentElement.dataset.theme = theme;
    for (const el of canvasElement.querySelectorAll(WIDGETS)) {
      if (el.hasAttribute('theme') && !el.hasAttribute(SET_BY_TOOLBAR)) continue;
      el.setAttribute('theme', theme);
      el.setAttribute(SET_BY_TOOLBAR, '');
    }
  });
  return story();
};

/**
 * Every story follows the Language switch: the widgets sit inside an element
 * with that `lang` (and `dir`), as on a page in that language. A story whose data has a
 * `lang` of its own (the German and Arabic ones) keeps it, as it would on a page.
 * Keyed by language: widgets read `lang` when they render, so a switch makes new ones.
 */
const followToolbarLanguage: Decorator = (story, { globals }) => {
  const lang = String(globals.lang ?? 'en');
  return html`${keyed(lang, html`<div lang=${lang} dir=${directionOf(lang) ?? nothing}>${story()}</div>`)}`;
};

const preview: Preview = {
  decorators: [followToolbarTheme, followToolbarLanguage],
  globalTypes: {
    theme: {
      description: 'Theme of the widgets and the page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (system)', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the labels (the lang around the widgets)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية', right: 'RTL' },
          { value: 'he', title: 'עברית', right: 'RTL' },
          { value: 'ja', title: '日本語' },
          { value: 'zh', title: '中文' },
          { value: 'ru', title: 'Русский' },
          { value: 'pl', title: 'Polski' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en' },
  parameters: {
    controls: { expanded: true },
    // The same axe settings serve the a11y panel and `npm run test:storybook`.
    // A story shows widgets, not a page: the page-level rules apply only to the
    // Publisher page stories, which turn them back on.
    a11y: {
      test: 'error',
      config: {
        rules: [
          { id: 'region', enabled: false },
          { id: 'landmark-one-main', enabled: false },
          { id: 'page-has-heading-one', enabled: false },
        ],
      },
    },
    viewport: {
      options: {
        phone: { name: 'Phone (375 px)', styles: { width: '375px', height: '740px' }, type: 'mobile' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '900px' }, type: 'desktop' },
      },
    },
  },
};

export default preview;
