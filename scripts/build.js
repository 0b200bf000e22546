// npm run build: the npm build (tsc: ES modules + .d.ts in dist/), the
// script-tag bundle (vite: dist/viewpoint-cards.js) and the label packs beside it
// (dist/locales/), and the story's JSON
// Schema generated from the zod schema (dist/story.schema.json).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { integrityOf } from './readme-embed.js';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('node', 'node_modules/typescript-7/bin/tsc', '-p', 'tsconfig.json');
run('npx', 'vite', 'build', '--logLevel', 'warn');

// A second pass with terser over Rolldown's minified output finds about
// 200 bytes gzip more (tried: either minifier alone does worse), which keeps
// the bundle in its 24 KB budget. The source map is carried through.
const { minify } = await import('terser');
const first = {
  code: readFileSync('dist/viewpoint-cards.js', 'utf8'),
  map: readFileSync('dist/viewpoint-cards.js.map', 'utf8'),
};
const second = await minify(first.code, {
  module: true,
  // unsafe_arrows: a function expression that never reads `this` becomes an
  // arrow (nothing here calls `new` on one or reads its prototype);
  // keep_fargs: unused trailing parameters go (nothing reads a function's
  // `.length`). Together 28 bytes gzip.
  compress: { passes: 3, ecma: 2022, unsafe_arrows: true, keep_fargs: false },
  format: { comments: false },
  sourceMap: { content: first.map, url: 'viewpoint-cards.js.map' },
});
writeFileSync('dist/viewpoint-cards.js', second.code);
writeFileSync('dist/viewpoint-cards.js.map', second.map);

// The two embed scripts (src/embed/): classic scripts, one file each, so a
// sandboxed iframe (an opaque origin) and any host page load them with no
// CORS headers.
const { build } = await import('vite');
for (const [entry, file] of [
  ['src/embed/frame.ts', 'embed-frame.js'],
  ['src/embed/embed.ts', 'embed.js'],
]) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'viewpointCardsEmbed', fileName: () => file },
    },
  });
}
await import('./build-locales.js');

const { storyJsonSchema } = await import('../dist/story/json-schema.js');
writeFileSync('dist/story.schema.json', JSON.stringify(storyJsonSchema(), null, 2) + '\n');

// The bundle exports nothing; its types are the global ones it registers.
writeFileSync(
  'dist/viewpoint-cards.d.ts',
  "// Registers every element (see index.d.ts for the tag and event maps).\nimport './index.js';\n",
);

const bundle = readFileSync('dist/viewpoint-cards.js');
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(`dist/viewpoint-cards.js: ${kb(bundle.length)} KB, ${kb(gzipSync(bundle, { level: 9 }).length)} KB gzip`);
// The README's embed pins a release's bytes: `npm version` writes it (scripts/readme-embed.js), not each build.
console.log(`integrity: ${integrityOf(bundle)}`);
