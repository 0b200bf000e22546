// Runs the real `viewpoint-cards` command (bin/viewpoint-cards.js over the
// built dist/server/) in a child process, and writes story files to a
// temporary folder for it to read.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * Runs the command; resolves with its exit code, stdout and stderr.
 * @param {string[]} args
 * @param {{ stdin?: string }} [options]
 */
export function cli(args, { stdin } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}
