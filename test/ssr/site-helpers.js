// For the tests of `viewpoint-cards build` and `serve`: folders of story
// files, the real command in a child process, and a server's address.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { root, seed } from './cli-helpers.js';

/** A fresh temporary folder. */
export const tempFolder = (name) => mkdtempSync(join(tmpdir(), `viewpoint-cards-${name}-`));

/** A story like the seed with its own id (and title), to fill a folder. */
export function variant(id, changes = {}) {
  return { ...seed(), id, title: `${seed().title} (${id})`, ...changes };
}

/** Writes `{ relativePath: story object or raw text }` into a new folder and returns it. */
export function storiesFolder(files) {
  const dir = tempFolder('stories');
  for (const [name, story] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), typeof story === 'string' ? story : JSON.stringify(story, null, 2));
  }
  return dir;
}

/** Every file under `dir`, as relative paths with their modification times. */
export function tree(dir) {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), statSync(path).mtimeMs);
  }
  return files;
}

/** Starts `viewpoint-cards serve` on a free port; resolves with its address and a `stop()`. */
export function serve(folder, args = []) {
  const child = spawn(
    process.execPath,
    [join(root, 'bin/viewpoint-cards.js'), 'serve', folder, '--port', '0', ...args],
    {
      cwd: root,
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = / at (http:\/\/\S+\/) /.exec(output)?.[1];
      if (url) resolve({ url, output: () => output, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}
