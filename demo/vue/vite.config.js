import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// #region readme
// The element names, as data: importing it registers nothing, so it runs in Node.
import { TAGS } from 'viewpoint-cards/registry.js';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } } })],
});
// #endregion
