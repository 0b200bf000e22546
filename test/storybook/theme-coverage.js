// "A designer can restyle the widgets from the docs alone": every custom
// property in custom-elements.json is named on the introduction page, and
// every token and part named there is used by one of the example themes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const TOKEN = /--vc-[a-z0-9-]+/g;
const PART = /::part\(([a-z-]+)\)/g;

const namesIn = (text, pattern) => new Set([...text.matchAll(pattern)].map((m) => m[1] ?? m[0]));

/** Lists what the introduction leaves out or names without showing it working. */
export async function themeCoverageProblems(root) {
  const read = (path) => readFile(join(root, path), 'utf8');
  const intro = await read('stories/introduction.mdx');
  const themes = (await read('stories/themes/newspaper.css')) + (await read('stories/themes/high-contrast.css'));
  const manifest = JSON.parse(await read('custom-elements.json'));
  const documented = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .flatMap((declaration) => (declaration.cssProperties ?? []).map((property) => property.name));

  const introTokens = namesIn(intro, TOKEN);
  const themeTokens = namesIn(themes, TOKEN);
  const themeParts = namesIn(themes, PART);
  return [
    ...[...new Set(documented)]
      .filter((name) => !introTokens.has(name))
      .map((name) => `${name} is not named on the introduction page`),
    ...[...introTokens]
      .filter((name) => !themeTokens.has(name))
      .map((name) => `${name} is named but no theme story uses it`),
    ...[...namesIn(intro, PART)]
      .filter((name) => !themeParts.has(name))
      .map((name) => `::part(${name}) is named but no theme story uses it`),
  ];
}
