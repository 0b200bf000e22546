// Runs the real `viewpoint-cards` command (bin/viewpoint-cards.js over the
// built dist/server/) in a child process, and writes story files to a
// temporary folder for it to read.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const seedPath = join(root, 'demo/stories/open-source-ai.json');
const bin = join(root, 'bin/viewpoint-cards.js');

/** A fresh copy of the seed story, to break on purpose. */
export const seed = () => JSON.parse(readFileSync(seedPath, 'utf8'));

const folder = mkdtempSync(join(tmpdir(), 'viewpoint-cards-cli-'));

/** Writes a story (an object, or raw text) to a file and returns its path. */
export function storyFile(name, story) {
  const path = join(folder, name);
  writeFileSync(path, typeof story === 'string' ? story : JSON.stringify(story, null, 2));
  return path;
}

/**
 * Runs the command (`node` given `nodeArgs` first); resolves with its exit code, stdout and stderr.
 * @param {string[]} args
 * @param {{ stdin?: string, nodeArgs?: string[] }} [options]
 */
export function cli(args, { stdin, nodeArgs = [] } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, bin, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/**
 * Node flags that load a broken dist/server/script-json.js in place of the
 * real one: a TypeError in the middle of rendering, as a bug would throw.
 */
export function brokenRendererFlags() {
  const hooks = storyFile(
    'broken-renderer-hooks.mjs',
    `export async function load(url, context, next) {
      if (!url.endsWith('/dist/server/script-json.js')) return next(url, context);
      return { format: 'module', shortCircuit: true, source: 'export function scriptJson(value) { return value.nope(); }' };
    }`,
  );
  const preload = storyFile(
    'broken-renderer.mjs',
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});`,
  );
  return ['--import', pathToFileURL(preload).href];
}
