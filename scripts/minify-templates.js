// A Vite plugin for the script-tag bundle: the minifier leaves the text of
// Lit's css`` and html`` templates as written, indentation and all, and that
// text is a large share of the bundle. This squeezes the static parts of
// those templates without changing what the browser makes of them.
//
// The edits go through Rolldown's MagicString, so the source map still points
// each minified template at its lines. Only whitespace that CSS and HTML
// collapse anyway is touched; templates holding <pre> or <textarea> are left alone.
//
// Why not the Lit project's @lit-labs/rollup-plugin-minify-html-literals
// (0.2.0, html-minifier-next + lightningcss), tried in this Vite 8 build on
// 2026-12-03: it cannot parse our declaration-list templates (tokens.styles.ts,
// "LightningCSS error: Invalid qualified rule", so those stay unminified or
// the build fails), and with them skipped the bundle came out larger:
// 20,494 bytes gzip after the terser pass against 20,410 with this file. It
// also parses with the TypeScript JS API, which TypeScript 7 (native) no
// longer has, so it installs a second TypeScript (5.x) of its own.
import { RolldownMagicString } from 'rolldown';
import { parseAst } from 'vite';

const TAGS = new Set(['css', 'html', 'svg']);

/** CSS outside quoted strings: no comments, no line breaks or indentation, no spaces beside punctuation. */
export function minifyCss(text) {
  // Comments first, in one pass with the quoted strings so that whichever starts first wins: an apostrophe in a
  // comment ("the legend's rows") must not open a string that would keep the rest of the stylesheet as written.
  const uncommented = text.replace(/\/\*[\s\S]*?\*\/|'[^']*'|"[^"]*"/g, (match) =>
    match.startsWith('/*') ? ' ' : match,
  );
  // An attribute selector's value needs no quotes when it is an identifier: [part~='heading'] is [part~=heading].
  // Strings are matched whole first, so a quoted `[a='b']` inside a `content` string stays as written.
  const unquoted = uncommented.replace(
    /(\[[\w-]+[~|^$*]?=)(['"])(-?[a-zA-Z_][\w-]*)\2\]|'[^']*'|"[^"]*"/g,
    (match, selector, quote, value) => (selector ? `${selector}${value}]` : match),
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
          // `* 0.5` and `1 / -1` in values (a space-delimited `*` is a selector, so only before a number)
          .replace(/ \* (?=[\d.])/g, '*')
          .replace(/ \/ /g, '/')
          // 0.5em is .5em
          .replace(/(?<![\w.-])(-?)0\.(\d)/g, '$1.$2')
      );
    })
    .join('');
  return css;
}

/**
 * HTML, given a template's static parts: a whitespace run holding a newline
 * renders as one space, so it becomes one; inside a tag, whitespace before its
 * `>` goes (Prettier writes `</span\n>` so that no text node appears). Parts
 * are joined with a character that is neither `<` nor `>` (where the
 * expressions go) to tell whether a `>` closes a tag, then split again.
 */
export function minifyHtml(parts) {
  const joined = parts.join('\0');
  if (/<(pre|textarea)\b/i.test(joined)) return parts;
  const inTag = (before) => before.lastIndexOf('<') > before.lastIndexOf('>');
  return joined
    .replace(/\s+>/g, (run, at) => (inTag(joined.slice(0, at)) ? '>' : run))
    .replace(/\s*\n\s*/g, ' ')
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

export default function minifyTemplates() {
  return {
    name: 'viewpoint-cards:minify-templates',
    apply: 'build',
    // After TypeScript is stripped, so the parser sees plain JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.[jt]s$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = [];
      for (const node of taggedTemplates(parseAst(code))) {
        const { quasis } = node.quasi;
        // Only edit where the parser's offsets really point at the raw text.
        if (quasis.some((quasi) => code.slice(quasi.start, quasi.end) !== quasi.value.raw)) continue;
        const raws = quasis.map((quasi) => quasi.value.raw);
        const texts = node.tag.name === 'css' ? raws.map(minifyCss) : minifyHtml(raws);
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
