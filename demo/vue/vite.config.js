import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// #region readme
const TAGS = ['story-provider', 'story-summary', 'viewpoint-card', 'source-list', 'coverage-gaps'];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } } })],
});
// #endregion
