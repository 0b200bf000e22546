// The README's API tables, generated from custom-elements.json (itself
// generated from the elements' JSDoc), so the README never describes an
// element differently from the code.
//
//   node scripts/api-tables.js          rewrites the marked region of README.md
//   node scripts/api-tables.js --check  exits 1 when that region is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { WIDGETS } from './registry.js';

const START = '<!-- api-tables:start (generated from custom-elements.json by `npm run docs:api`; do not edit) -->';
const END = '<!-- api-tables:end -->';

const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${text}\`` : '');
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
        '',
      ]
    : [];

/** The elements in the manifest, in the order of the README's element table: the widgets, then the provider that feeds them. */
export function elementsOf(manifest) {
  const order = [...WIDGETS.filter((w) => w.prerender), ...WIDGETS.filter((w) => !w.prerender)].map((w) => w.tag);
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => order.indexOf(a.tagName) - order.indexOf(b.tagName));
}

function elementSection(element, sharedCssProperties) {
  const attributes = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName, attribute]));
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static);
  const lines = [`### \`<${element.tagName}>\``, '', cell(element.summary ?? element.description), ''];
  lines.push(
    ...table(
      ['property', 'attribute', 'type', 'default', 'description'],
      fields.map((field) => [
        code(field.name),
        code(attributes.get(field.name)?.name),
        code(field.type?.text),
        code(field.default),
        field.description,
      ]),
    ),
  );
  lines.push(
    ...table(
      ['event', 'type', 'description'],
      (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), event.description]),
    ),
  );
  lines.push(
    ...table(
      ['slot', 'description'],
      (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description]),
    ),
  );
  lines.push(
    ...table(
      ['part', 'description'],
      (element.cssParts ?? []).map((part) => [code(part.name), part.description]),
    ),
  );
  const own = (element.cssProperties ?? []).filter((property) => !sharedCssProperties.has(property.name));
  lines.push(
    ...table(
      ['CSS property', 'description'],
      own.map((property) => [code(property.name), property.description]),
    ),
  );
  return lines;
}

/** The whole generated region, markers included. */
export function apiTables(manifest) {
  const elements = elementsOf(manifest);
  // Tokens every widget reads are listed once; each element lists only its own.
  const widgets = elements.filter((element) => element.cssProperties?.length);
  const shared = (widgets[0]?.cssProperties ?? []).filter((property) =>
    widgets.every((element) => element.cssProperties.some((other) => other.name === property.name)),
  );
  const sharedNames = new Set(shared.map((property) => property.name));
  const lines = [START, ''];
  lines.push('CSS custom properties that every widget reads (set them on the element or any ancestor):', '');
  lines.push(
    ...table(
      ['CSS property', 'description'],
      shared.map((property) => [code(property.name), property.description]),
    ),
  );
  for (const element of elements) lines.push(...elementSection(element, sharedNames));
  lines.push(END);
  return lines.join('\n');
}

/** `readme` with its marked region replaced; throws when the markers are missing. */
export function withApiTables(readme, manifest) {
  const start = readme.indexOf(START.slice(0, 24));
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no region marked "${START.slice(0, 24)}…" / "${END}"`);
  return readme.slice(0, start) + apiTables(manifest) + readme.slice(end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const next = withApiTables(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the API tables differ from custom-elements.json; run `npm run docs:api`.');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync('README.md', next);
    console.log('README.md: API tables rewritten from custom-elements.json.');
  }
}
