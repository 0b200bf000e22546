import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { holdOpen } from './held-open.js';

/** `npm run storybook` also serves the never-answering story URL of the Loading stories. */
const heldOpenRoute: Plugin = {
  name: 'viewpoint-cards:held-open',
  configureServer: (server) => void server.middlewares.use(holdOpen),
  configurePreviewServer: (server) => void server.middlewares.use(holdOpen),
};

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Every fixture comes from the project: nothing is fetched from elsewhere.
  staticDirs: [
    { from: '../demo/stories', to: '/stories' },
    { from: '../stories/fixtures', to: '/fixtures' },
  ],
  // Without it every start and build waits on the (closed) network.
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), heldOpenRoute] }),
};

export default config;
