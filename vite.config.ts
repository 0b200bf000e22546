import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Two jobs:
 * - `vite` (npm start) serves the demo from demo/, where the page's script
 *   tag `/viewpoint-cards.js` is served from the TypeScript sources;
 * - `vite build` (inside npm run build) writes the script-tag bundle
 *   dist/viewpoint-cards.js: one minified ES module with Lit and zod inside.
 */
export default defineConfig({
  root: path('demo'),
  publicDir: false,
  resolve: {
    alias: [{ find: /^\/viewpoint-cards\.js$/, replacement: path('src/index.ts') }],
  },
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
      // Library mode keeps whitespace in ES output (for bundlers that read
      // it again); this file goes to browsers as is, so minify it fully.
      output: { minify: true },
    },
  },
});
