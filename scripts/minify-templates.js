// A Vite plugin for the script-tag bundle: the minifier leaves the text of
// Lit's css`` and html`` templates as written, indentation and all, and that
// text is a large share of the bundle. This squeezes the static parts of
// those templates without changing what the browser makes of them.
//
// The edits go through Rolldown's MagicString, so the source map still points
// each minified template at its lines. Only whitespace that CSS and HTML
// collapse anyway is touched, plus, in CSS, quotes a selector does not need
// and the names of the private custom properties; templates holding <pre> or
// <textarea> are left alone.
//
// Why not the Lit project's @lit-labs/rollup-plugin-minify-html-literals
// (0.2.0, html-minifier-next + lightningcss), tried in this Vite 8 build on
// 2026-12-03: it cannot parse our declaration-list templates (tokens.styles.ts,
// "LightningCSS error: Invalid qualified rule", so those stay unminified or
// the build fails), and with them skipped the bundle came out larger:
// 20,494 bytes gzip after the terser pass against 20,410 with this file. It
// also parses with the TypeScript JS API, which TypeScript 7 (native) no
// longer has, so it installs a second TypeScript (5.x) of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RolldownMagicString } from 'rolldown';
import { parseAst } from 'vite';

const TAGS = new Set(['css', 'html', 'svg']);

const PRIVATE_NAME = /--_[\w-]+/g;

/**
 * Short names for the widgets' private custom properties (`--_text`,
 * `--_lean-lean-left` become `--_0`, `--_1`…): only the `--vc-*` ones are
 * public, and nothing but the stylesheets reads the private ones (the plugin
 * fails the build if a string in the scripts names one). One table for the
 * whole build, from the names in the given sources in sorted order, so every
 * stylesheet agrees and a build gives the same bytes every time.
 */
export function privateNames(sources) {
  const names = [...new Set(sources.flatMap((text) => text.match(PRIVATE_NAME) ?? []))].sort();
  return new Map(names.map((name, i) => [name, `--_${i.toString(36)}`]));
}

/**
 * CSS outside quoted strings: no comments, no line breaks or indentation, no
 * spaces beside punctuation, private custom properties renamed by `names`.
 */
export function minifyCss(text, names = new Map()) {
  // Comments first, in one pass with the quoted strings so that whichever starts first wins: an apostrophe in a
  // comment ("the legend's rows") must not open a string that would keep the rest of the stylesheet as written.
  const uncommented = text.replace(/\/\*[\s\S]*?\*\/|'[^']*'|"[^"]*"/g, (match) =>
    match.startsWith('/*') ? ' ' : match,
  );
  // An attribute selector's value needs no quotes when it is an identifier: [part~='heading'] is [part~=heading].
  // Strings are matched whole first, so a quoted `[a='b']` inside a `content` string stays as written.
  const unquoted = uncommented.replace(
    /(\[[\w-]+[~|^$*]?=)(['"])(-?[a-zA-Z_][\w-]*)\2\]|'[^']*'|"[^"]*"/g,
    (match, selector, _quote, value) => (selector ? `${selector}${value}]` : match),
  );
  const css = unquoted
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) => {
      if (i % 2) return part; // a quoted string: kept verbatim
      return (
        part
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};,>]) ?/g, '$1')
          .replace(/: /g, ':')
          .replace(/;}/g, '}')
          .replace(/ !important/g, '!important')
          // `+` and `~` between selectors (in a rule's prelude: before a `{`, not in an @-rule's), not in calc()
          .replace(/(?<!@[^{};]*) ([+~]) (?=[^{};]*\{)/g, '$1')
          // `* 0.5` and `1 / -1` in values (a space-delimited `*` is a selector, so only before a number)
          .replace(/ \* (?=[\d.])/g, '*')
          .replace(/ \/ /g, '/')
          // 0.5em is .5em
          .replace(/(?<![\w.-])(-?)0\.(\d)/g, '$1.$2')
          .replace(PRIVATE_NAME, (name) => names.get(name) ?? name)
      );
    })
    .join('');
  return css;
}

/**
 * A css`` template's static parts, each through minifyCss. A template is a
 * stylesheet or a list of declarations, so the whitespace it starts with goes,
 * and so does the whitespace after an interpolation that stands where a rule or
 * declaration starts (after `{`, `;` or `}`: a fragment such as bareList, not a
 * number inside a value).
 */
export function minifyCssParts(parts, names) {
  const texts = parts.map((part) => minifyCss(part, names));
  return texts.map((text, i) => (i === 0 || /[{;}]$/.test(texts[i - 1]) ? text.trimStart() : text));
}

// Elements the widgets' styles leave as blocks, and those that lay out their content in a block of its own (a
// button is an inline-block): a test checks every one the widgets render.
export const BLOCKS = 'details div h1 h2 h3 h4 h5 h6 li ol p section summary ul'.split(' ');
export const BOXES = [...BLOCKS, 'button'];
const tagNames = (list) => `(?:${list.join('|')})(?=[\\s>])`;
// Whitespace before a block's start tag or after its end tag, and just inside a box (after its start tag or
// before its end tag).
const EDGE = new RegExp(
  `\\s+(?=<${tagNames(BLOCKS)}|</${tagNames(BOXES)})|(<${tagNames(BOXES)}[^<>]*>|</${tagNames(BLOCKS)}[^<>]*>)\\s+`,
  'g',
);

/**
 * HTML, given a template's static parts: a whitespace run holding a newline
 * renders as one space, so it becomes one; inside a tag, whitespace before its
 * `>` goes (Prettier writes `</span\n>` so that no text node appears); and
 * whitespace at a block's edges goes, as it renders nothing there (it would
 * start or end a line, where a space collapses away). Parts are joined with a
 * character that is neither `<` nor `>` (where the expressions go) to tell
 * whether a `>` closes a tag, then split again.
 */
export function minifyHtml(parts) {
  const joined = parts.join('\0');
  if (/<(pre|textarea)\b/i.test(joined)) return parts;
  const inTag = (before) => before.lastIndexOf('<') > before.lastIndexOf('>');
  return joined
    .replace(/\s+>/g, (run, at) => (inTag(joined.slice(0, at)) ? '>' : run))
    .replace(/\s*\n\s*/g, ' ')
    .replace(EDGE, '$1')
    .split('\0');
}

function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) yield node;
  for (const key in node) {
    if (key !== 'type' && typeof node[key] === 'object') yield* taggedTemplates(node[key]);
  }
}

/** The text of every string and template in a module that is not a css`` template. */
function* scriptStrings(node, inCss = false) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* scriptStrings(child, inCss);
    return;
  }
  if (node.type === 'Literal' && typeof node.value === 'string') yield node.value;
  if (node.type === 'TemplateElement' && !inCss) yield node.value.raw;
  const css =
    inCss || (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css');
  for (const key in node) {
    if (key !== 'type' && typeof node[key] === 'object') yield* scriptStrings(node[key], css);
  }
}

const SOURCES = fileURLToPath(new URL('../src/', import.meta.url));

/** The table of privateNames() for the TypeScript files of src/. */
export function sourcePrivateNames() {
  const files = readdirSync(SOURCES, { recursive: true, encoding: 'utf8' }).filter((file) => /\.ts$/.test(file));
  return privateNames(files.map((file) => readFileSync(join(SOURCES, file), 'utf8')));
}

export default function minifyTemplates() {
  let names = new Map();
  return {
    name: 'viewpoint-cards:minify-templates',
    apply: 'build',
    // After TypeScript is stripped, so the parser sees plain JavaScript.
    enforce: 'post',
    buildStart() {
      names = sourcePrivateNames();
    },
    transform(code, id) {
      if (!/\/src\/.*\.[jt]s$/.test(id)) return null;
      const ast = parseAst(code);
      for (const text of scriptStrings(ast)) {
        const name = text.match(PRIVATE_NAME)?.[0];
        if (name) this.error(`${id}: a script names the private custom property ${name}, which css templates rename`);
      }
      if (!/\b(css|html|svg)`/.test(code)) return null;
      const edits = [];
      for (const node of taggedTemplates(ast)) {
        const { quasis } = node.quasi;
        // Only edit where the parser's offsets really point at the raw text.
        if (quasis.some((quasi) => code.slice(quasi.start, quasi.end) !== quasi.value.raw)) continue;
        const raws = quasis.map((quasi) => quasi.value.raw);
        const texts = node.tag.name === 'css' ? minifyCssParts(raws, names) : minifyHtml(raws);
        quasis.forEach((quasi, i) => {
          if (texts[i] !== raws[i]) edits.push({ start: quasi.start, end: quasi.end, text: texts[i] });
        });
      }
      if (!edits.length) return null;
      const out = new RolldownMagicString(code);
      for (const { start, end, text } of edits) out.overwrite(start, end, text);
      // Rolldown takes the MagicString itself and chains its map with the module's.
      return { code: out };
    },
  };
}
