import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { urls } from './support/story-data.js';
import './support/publisher-page.css';
import '../src/index.js';

/**
 * The four widgets as a publisher embeds them: one `<story-provider>` loads
 * the story, the widgets sit in a real article page (masthead, article,
 * sidebar, footer) and fit its heading outline.
 */
const meta: Meta = {
  title: 'Publisher page',
  render: () => html`<div class="publisher-page">
    <header class="masthead">
      <a class="brand" href="#top">The Daily Ledger</a>
      <nav aria-label="Sections"><a href="#technology">Technology</a><a href="#policy">Policy</a></nav>
    </header>
    <story-provider src=${urls.seed}>
      <main class="article" id="technology">
        <p class="kicker">Technology · Analysis</p>
        <h1>Who should hold the keys to open-source AI?</h1>
        <p class="byline">By the Ledger technology desk</p>
        <p>
          Our reporters followed a debate that has moved from research labs to legislatures. The brief below shows
          what each side argues, who is quoted, where each source stands and which voices are missing.
        </p>
        <story-summary heading-level="2"></story-summary>
        <p>The viewpoints differ less on facts than on what to do about them. Each card opens to the full argument.</p>
        <viewpoint-card heading-level="2"></viewpoint-card>
      </main>
      <aside aria-label="About this coverage">
        <coverage-gaps heading-level="2"></coverage-gaps>
        <source-list heading-level="2"></source-list>
      </aside>
    </story-provider>
    <footer><p>A demo page of viewpoint-cards.</p></footer>
  </div>`,
  parameters: {
    layout: 'fullscreen',
    // A whole page: the page-level rules apply again.
    a11y: {
      config: {
        rules: [
          { id: 'region', enabled: true },
          { id: 'landmark-one-main', enabled: true },
          { id: 'page-has-heading-one', enabled: true },
        ],
      },
    },
  },
};
export default meta;

export const Phone: StoryObj = { globals: { viewport: { value: 'phone', isRotated: false } } };
export const Desktop: StoryObj = { globals: { viewport: { value: 'desktop', isRotated: false } } };
