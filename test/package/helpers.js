// Shared by the package tests: the packed tarball, fresh installs of it in
// temporary projects, a static HTTP server on 127.0.0.1, and Chromium.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { startStaticServer } from '../../scripts/static-server.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);

/** Runs a command; resolves with its output, rejects with the output in the message. */
export async function run(command, args, cwd = ROOT) {
  try {
    return await exec(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${error.stdout}\n${error.stderr}`, {
      cause: error,
    });
  }
}

const temps = [];
export function tempDir(name) {
  const dir = mkdtempSync(join(tmpdir(), `viewpoint-cards-${name}-`));
  temps.push(dir);
  return dir;
}
export function removeTemps() {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** `npm pack` of the current build (run `npm run build` first), as a path to the .tgz. */
export async function packTarball() {
  statSync(join(ROOT, 'dist/index.js')); // a clear error when the build is missing
  const dir = tempDir('pack');
  const { stdout } = await run('npm', ['pack', '--pack-destination', dir, '--silent']);
  return join(dir, stdout.trim().split('\n').pop() ?? '');
}

/**
 * Copies a project (whose package.json depends on "file:viewpoint-cards.tgz")
 * into `parent/name`, puts the tarball beside it and installs, as a user would.
 * `extra` directories are copied next to it (the React app's ../stories).
 */
export async function installProject(source, tarball, { name = 'project', extra = {} } = {}) {
  const parent = tempDir(name);
  const dir = join(parent, name);
  cpSync(source, dir, { recursive: true, filter: (path) => !/node_modules|[/\\]dist$/.test(path) });
  cpSync(tarball, join(dir, 'viewpoint-cards.tgz'));
  for (const [to, from] of Object.entries(extra)) cpSync(from, join(parent, to), { recursive: true });
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  return dir;
}

/** Serves files: `routes` maps a URL prefix to a directory or a file (longest prefix first). */
export async function serve(routes) {
  const { url, close } = await startStaticServer({ routes });
  return { url, close };
}

/** Debian's Chromium with the flags of the browser tests. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
}

/** A page that records uncaught errors and console errors/warnings. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Waits until `tag`'s shadow root shows text (its story rendered), and returns that text. */
export async function renderedText(page, selector) {
  await page.waitForFunction(
    (s) => document.querySelector(s)?.shadowRoot?.querySelector('.base:not([part~="loading"])')?.textContent?.trim(),
    { timeout: 20_000, polling: 100 },
    selector,
  );
  return page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector('.base').innerText, selector);
}
