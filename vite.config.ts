import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import minifyTemplates from './scripts/minify-templates.js';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Two jobs:
 * - `vite` (npm start) serves the demo from demo/, where the page's script
 *   tag `/viewpoint-cards.js` is served from the TypeScript sources;
 * - `vite build` (inside npm run build) writes the script-tag bundle
 *   dist/viewpoint-cards.js: one minified ES module with Lit inside (and no
 *   zod: see src/story/parse-story.ts).
 */
export default defineConfig({
  root: path('demo'),
  publicDir: false,
  resolve: {
    alias: [{ find: /^\/viewpoint-cards\.js$/, replacement: path('src/index.ts') }],
  },
  plugins: [minifyTemplates()],
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    outDir: path('dist'),
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: path('src/index.ts'),
      formats: ['es'],
      fileName: () => 'viewpoint-cards.js',
    },
    rolldownOptions: {
      // The page only needs the elements registered; the classes and helpers
      // that src/index.ts exports are for npm users, so this file leaves them
      // out (customElements.get('source-list') still gives the class).
      preserveEntrySignatures: false,
      // Library mode keeps whitespace and /* @__PURE__ */ notes in ES output
      // (for bundlers that read it again); this file goes to browsers as is.
      output: { minify: true, comments: false },
    },
  },
});
