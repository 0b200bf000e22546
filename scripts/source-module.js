// Imports a small self-contained file of src/ (no imports of its own: data
// and pure functions) in Node scripts, the bench and the Node tests, which run
// without a TypeScript loader and some of them before any build: esbuild
// strips the types, and the module is loaded from that text.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

/** The module `src/<path>` (e.g. `registry.ts`). */
export async function importSource(path) {
  const source = readFileSync(new URL(`../src/${path}`, import.meta.url), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}
