// npm run bench:site: `viewpoint-cards build` on 100, 1,000 and 10,000
// generated stories (variants of the seed story, so each has the seed's size
// and shape), each size in a fresh process: wall time, peak memory (the
// process's maximum resident set, worker threads included), output size;
// then one story is changed and the site rebuilt, counting the files
// rewritten. Prints a Markdown table for bench/README.md.
//   node bench/site-build.js [--sizes=100,1000] [--threads=N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (arg('sizes') ?? '100,1000,10000').split(',').map(Number);
const threads = Number(arg('threads') ?? availableParallelism());
const seed = JSON.parse(readFileSync(new URL('../demo/stories/open-source-ai.json', import.meta.url), 'utf8'));

/** Story i: the seed with its own id, and text that differs so no two pages are alike. */
function story(i) {
  const s = structuredClone(seed);
  s.id = `story-${String(i).padStart(5, '0')}`;
  s.title = `${seed.title} (${i})`;
  s.summary = `${seed.summary} Story ${i}.`;
  return s;
}

/** Runs a build in a child process, which reports its own time and peak memory. */
function build(stories, out) {
  const runner = new URL('./site-build-run.js', import.meta.url).pathname;
  const child = spawnSync(process.execPath, [runner, stories, out, String(threads)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

function walk(dir, files = new Map()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, files);
    else files.set(path, statSync(path));
  }
  return files;
}

const rows = [];
for (const n of sizes) {
  const root = mkdtempSync(join(tmpdir(), 'viewpoint-cards-site-bench-'));
  const stories = join(root, 'stories');
  const out = join(root, 'site');
  mkdirSync(stories);
  for (let i = 1; i <= n; i++) writeFileSync(join(stories, `${i}.json`), JSON.stringify(story(i)));
  const full = build(stories, out);
  const before = walk(out);
  const bytes = [...before.values()].reduce((sum, s) => sum + s.size, 0);
  const changed = story(Math.ceil(n / 2));
  changed.title += ' (updated)';
  writeFileSync(join(stories, `${Math.ceil(n / 2)}.json`), JSON.stringify(changed));
  const again = build(stories, out);
  const after = walk(out);
  const rewritten = [...after]
    .filter(([path, s]) => before.get(path)?.mtimeMs !== s.mtimeMs)
    .map(([p]) => p.slice(out.length + 1));
  rows.push({ n, full, again, files: before.size, bytes, rewritten });
  console.error(
    `${n} stories: ${(full.ms / 1000).toFixed(1)} s, ${(full.maxRssKb / 1024).toFixed(0)} MB peak; rebuild ${(again.ms / 1000).toFixed(2)} s, rewrote ${rewritten.length}: ${rewritten.join(' ')}`,
  );
  rmSync(root, { recursive: true, force: true });
}

const fmt = (n) => n.toLocaleString('en-US');
console.log(
  `\n${cpus().length} × ${cpus()[0].model}, Node ${process.version}, ${threads} worker thread${threads === 1 ? '' : 's'}\n`,
);
console.log(
  '| stories | build | per story | peak memory | files | size on disk | rebuild after changing one story | files rewritten |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { n, full, again, files, bytes, rewritten } of rows) {
  console.log(
    `| ${fmt(n)} | ${(full.ms / 1000).toFixed(1)} s | ${(full.ms / n).toFixed(1)} ms | ${fmt(Math.round(full.maxRssKb / 1024))} MB | ${fmt(files)} | ${fmt(Math.round(bytes / 1048576))} MB | ${(again.ms / 1000).toFixed(2)} s | ${rewritten.length} |`,
  );
}
