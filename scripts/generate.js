// Everything that follows from the list of elements (src/registry.ts) and
// their public API (custom-elements.json, from the classes' JSDoc), written
// here rather than by hand so that no copy can drift:
//   src/index.ts, src/elements.ts        registration and class exports
//   src/server/tag-literals.ts           the server renderer's tag names
//   src/react/*.ts                       the React wrappers ('use client')
//   jsx/props.d.ts, react.d.ts, preact.d.ts   JSX types, attributes documented
//   stories/support/widget-args.ts       Storybook's attribute controls
//   package.json                         `exports` of the element entries, `sideEffects`
//   demo/demo.css, demo/ssr/prerendered.css   the marked selector lists of the widgets
// and, from the story's zod schema (src/story/schema.ts):
//   src/story/validate-story.generated.ts  the zod-free validator that parseStory runs
//
//   npm run generate               rewrites what is stale (run `npm run analyze` first after an API change)
//   npm run generate -- --check    exits 1 naming each stale file (part of `npm test`)
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { WIDGETS } from './registry.js';
import { elementFiles } from './generate/elements.js';
import { basesOf } from './generate/common.js';
import { jsxFiles } from './generate/jsx.js';
import { storybookFiles } from './generate/storybook.js';
import { svelteFiles } from './generate/svelte.js';
import { withPackageEntries, withCssRegion } from './generate/edits.js';
import { storyValidatorFiles } from './generate/story-validator.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

/** Stops with `message` alone: a disagreement to fix by hand, not a crash. */
function fail(message) {
  console.error(message);
  process.exit(1);
}

for (const { tagName } of declarations.filter((d) => d.tagName))
  if (!WIDGETS.some((widget) => widget.tag === tagName))
    fail(`custom-elements.json has <${tagName}>, which src/registry.ts does not list: add its line there.`);

/** The manifest's declaration of each element, in registry order; the summaries must agree. */
const elements = WIDGETS.map((widget) => {
  const declaration = declarations.find((d) => d.tagName === widget.tag);
  if (!declaration) fail(`custom-elements.json has no <${widget.tag}>: run \`npm run analyze\`.`);
  if (declaration.name !== widget.className)
    fail(
      `src/registry.ts names the class of <${widget.tag}> ${widget.className}; the code names it ${declaration.name}.`,
    );
  if (declaration.summary !== widget.summary)
    fail(
      `The summary of <${widget.tag}> differs between src/registry.ts and the class's JSDoc @summary:\n` +
        `  registry: ${widget.summary}\n  JSDoc:    ${declaration.summary}`,
    );
  return { ...widget, declaration };
});

const bases = basesOf(declarations, elements);
const read = (path) => readFileSync(path, 'utf8');
const outputs = [
  ...elementFiles(elements),
  ...jsxFiles(elements, bases),
  ...storybookFiles(elements, bases),
  ...svelteFiles(elements),
  ...(await storyValidatorFiles()),
  { path: 'package.json', text: withPackageEntries(read('package.json'), elements) },
  ...['demo/demo.css', 'demo/ssr/prerendered.css'].map((path) => ({
    path,
    text: withCssRegion(path, read(path), elements),
  })),
];

const check = process.argv.includes('--check');
const stale = [];
for (const { path, text } of outputs) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  const next = await prettier.format(text, { ...options, filepath: path });
  let current;
  try {
    current = read(path);
  } catch {
    current = undefined;
  }
  if (current === next) continue;
  stale.push(path);
  if (!check) writeFileSync(path, next);
}
if (check && stale.length) {
  console.error(
    `Generated files are stale (they differ from what they are generated from):\n` +
      stale.map((path) => `  ${path}\n`).join('') +
      'Run `npm run analyze && npm run generate`.',
  );
  process.exit(1);
}
if (!check) console.log(stale.length ? `Rewrote ${stale.join(', ')}.` : 'Every generated file is up to date.');
