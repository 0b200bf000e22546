// The README's API tables, generated from custom-elements.json (itself
// generated from the elements' JSDoc), so the README never describes an
// element differently from the code.
//
//   node scripts/api-tables.js          rewrites the marked region of README.md
//   node scripts/api-tables.js --check  exits 1 when that region is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { PRERENDERED, WIDGETS } from './registry.js';

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

/** Each kind of table: its head, the manifest entries it lists, and an entry's cells. */
const KINDS = [
  {
    head: ['property', 'attribute', 'type', 'default', 'description'],
    entries: (element) => (element.members ?? []).filter((member) => member.kind === 'field' && !member.static),
    cells: (field, element) => [
      code(field.name),
      code(element.attributes?.find((attribute) => attribute.fieldName === field.name)?.name),
      code(field.type?.text),
      code(field.default),
      field.description,
    ],
  },
  {
    head: ['event', 'type', 'description'],
    entries: (element) => element.events ?? [],
    cells: (event) => [code(event.name), code(event.type?.text), event.description],
  },
  {
    head: ['slot', 'description'],
    entries: (element) => element.slots ?? [],
    cells: (slot) => [slot.name ? code(slot.name) : '(default)', slot.description],
  },
  {
    head: ['part', 'description'],
    entries: (element) => element.cssParts ?? [],
    cells: (part) => [code(part.name), part.description],
  },
  {
    head: ['CSS property', 'description'],
    entries: (element) => element.cssProperties ?? [],
    cells: (property) => [code(property.name), property.description],
  },
];

/** Each kind's rows as cells, for one element. */
const rowsOf = (element) => KINDS.map((kind) => kind.entries(element).map((entry) => kind.cells(entry, element)));

const key = (row) => row.join('|');
const listed = (rows, row) => rows.some((other) => key(other) === key(row));

/** Per kind, the rows that two or more of `elements` have word for word, each with the tags of those that have it. */
function shared(elements) {
  const rows = elements.map(rowsOf);
  return KINDS.map((_, kind) => {
    const found = new Map();
    elements.forEach((element, i) =>
      rows[i][kind].forEach((row) => {
        const entry = found.get(key(row)) ?? { row, tags: [] };
        entry.tags.push(element.tagName);
        found.set(key(row), entry);
      }),
    );
    // Those that every one has first.
    return [...found.values()]
      .filter((entry) => entry.tags.length > 1)
      .sort((a, b) => Number(b.tags.length === elements.length) - Number(a.tags.length === elements.length));
  });
}

/**
 * The tables of `rowsByKind` (each row an array of cells), leaving out rows for which `skip(kind, row)` holds.
 * @param {string[][][]} rowsByKind
 * @param {(kind: number, row: string[]) => boolean} [skip]
 */
const tables = (rowsByKind, skip = () => false) =>
  KINDS.flatMap((kind, i) =>
    table(
      kind.head,
      rowsByKind[i].filter((row) => !skip(i, row)),
    ),
  );

/** The whole generated region, markers included. */
export function apiTables(manifest) {
  const elements = elementsOf(manifest);
  const widgetTags = new Set(PRERENDERED);
  const widgets = elements.filter((element) => widgetTags.has(element.tagName));
  // What every element has is listed once; then what every widget, or several, have (saying which); then each
  // element's own.
  const everyElement = shared(elements).map((entries) =>
    entries.filter((entry) => entry.tags.length === elements.length).map((entry) => entry.row),
  );
  const byWidgets = shared(widgets).map((entries, kind) =>
    entries.filter((entry) => !listed(everyElement[kind], entry.row)),
  );
  const of = (tags) =>
    tags.length === widgets.length ? 'every widget' : tags.map((tag) => code(`<${tag}>`)).join(', ');
  const lines = [START, ''];
  lines.push('Every element takes its story through these:', '', ...tables(everyElement));
  lines.push(
    'Every widget (each element but `<story-provider>`) also has these; a part that only some widgets have says which:',
    '',
  );
  KINDS.forEach((kind, i) => {
    const entries = byWidgets[i];
    const some = entries.some((entry) => entry.tags.length < widgets.length);
    const [name, ...rest] = kind.head;
    lines.push(
      ...table(
        some ? [name, 'of', ...rest] : kind.head,
        entries.map(({ row: [first, ...cells], tags }) => (some ? [first, of(tags), ...cells] : [first, ...cells])),
      ),
    );
  });
  for (const element of elements) {
    const mine = widgetTags.has(element.tagName);
    const skip = (kind, row) =>
      listed(everyElement[kind], row) ||
      (mine && byWidgets[kind].some((entry) => key(entry.row) === key(row) && entry.tags.includes(element.tagName)));
    lines.push(`### \`<${element.tagName}>\``, '', cell(element.summary ?? element.description), '');
    lines.push(...tables(rowsOf(element), skip));
  }
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
