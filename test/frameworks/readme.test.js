// Every code block in the README and in the pages of docs/ it links to is
// either the marked region of an app in demo/ that a test here builds and
// runs ("// #region readme" … "// #endregion", or the same as HTML comments),
// or says in the Markdown source why it is only illustrative
// (`<!-- illustrative: reason -->` on the line before it). And every marked
// region is in one of those pages, so the two cannot drift apart.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../package/helpers.js';
import { APPS, DEMO } from './apps.js';

/** Fenced blocks whose language is one of these are prose, not code. */
const NOT_CODE = new Set(['', 'text', 'plain']);

/** The README and the longer pages it links to in docs/ (framework recipes among them). */
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

/** A page's fenced blocks: page, language, body, and the nearest non-blank line above the fence. */
function blocksOf(page) {
  const lines = readFileSync(join(ROOT, page), 'utf8').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.indexOf('```', i + 1);
    let above = i - 1;
    while (above >= 0 && !lines[above].trim()) above--;
    blocks.push({
      page,
      lang: open[1],
      body: lines.slice(i + 1, end).join('\n'),
      line: i + 1,
      above: lines[above] ?? '',
    });
    i = end;
  }
  return blocks;
}

/** Source files of the apps (not their dependencies or builds). */
function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (/^(node_modules|dist|\.next|public)$|lock\.json$/.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else yield path;
  }
}

/** Each `#region readme` … `#endregion` of the apps, without the marker lines, as the pages show it. */
function regions() {
  const found = [];
  for (const app of APPS) {
    for (const file of sources(join(DEMO, app))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/^.*#region readme.*\n([\s\S]*?)^.*#endregion.*$/gm)) {
        found.push({ file: relative(ROOT, file), body: match[1].replace(/\n$/, '') });
      }
    }
  }
  return found;
}

const blocks = PAGES.flatMap(blocksOf).filter((block) => !NOT_CODE.has(block.lang));
const marked = regions();

describe('README and docs/ code blocks', () => {
  it('finds the blocks and the regions', () => {
    assert.ok(blocks.length >= 8, `${blocks.length} code blocks`);
    assert.ok(marked.length >= 7, `${marked.length} regions`);
  });

  for (const block of blocks) {
    it(`${block.lang} block at ${block.page}:${block.line} is an app's code, or says why it is illustrative`, () => {
      const reason = /^<!-- illustrative: (.+\S) -->$/.exec(block.above.trim())?.[1];
      if (reason) return;
      const region = marked.find((r) => r.body === block.body);
      assert.ok(
        region,
        `no app in demo/ has this block as a "#region readme", and no "<!-- illustrative: reason -->" precedes it:\n${block.body}`,
      );
    });
  }

  for (const region of marked) {
    it(`the region of ${region.file} is in the README or docs/, as it is`, () => {
      assert.ok(
        blocks.some((block) => block.body === region.body),
        `neither README.md nor docs/*.md has a code block equal to:\n${region.body}`,
      );
    });
  }
});
