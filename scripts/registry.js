// src/registry.ts (the one list of elements) for Node scripts, the bench and
// the Node tests, which run without a TypeScript loader and some of them
// before any build: esbuild strips the types of that data-only file.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const source = readFileSync(new URL('../src/registry.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const registry = await import(`data:text/javascript,${encodeURIComponent(code)}`);

/** Every element: `{ tag, className, folder, summary, prerender }`, the provider first. */
export const WIDGETS = registry.WIDGETS;
/** Every element's tag, the provider first. */
export const TAGS = registry.TAGS;
/** The four widgets that show a story, in page order. */
export const PRERENDERED = registry.PRERENDERED;
