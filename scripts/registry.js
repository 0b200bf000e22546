// src/registry.ts (the one list of elements) for Node scripts, the bench and
// the Node tests (see source-module.js).
import { importSource } from './source-module.js';

const registry = await importSource('registry.ts');

/** Every element: `{ tag, className, folder, summary, prerender }`, the provider first. */
export const WIDGETS = registry.WIDGETS;
/** Every element's tag, the provider first. */
export const TAGS = registry.TAGS;
/** The four widgets that show a story, in page order. */
export const PRERENDERED = registry.PRERENDERED;
