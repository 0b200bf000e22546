// demo/next: Next.js (app router), installed from the packed tarball. The
// wrappers render in a server component (a story object as a prop) and in a
// client component (with event handlers); `next build`, then `next start` on
// a free port of 127.0.0.1, then the page in Chromium.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, openPage, packTarball, removeTemps } from '../package/helpers.js';
import { assertStoryShownAndHeard, installApp, npmRun, seed } from './apps.js';

/** A port that was free a moment ago (next start takes a number, not 0). */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `next start` in the app; resolves once it answers, with its URL and a stop function. */
async function nextStart(app) {
  const port = await freePort();
  const child = spawn(join(app, 'node_modules/.bin/next'), ['start', '--hostname', '127.0.0.1', '--port', `${port}`], {
    cwd: app,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill();
    });
  return { url, stop, output: () => output };
}

describe('the Next.js app (demo/next, app router) built against the packed tarball', () => {
  let app;
  let build;
  let server;
  let browser;
  before(async () => {
    app = await installApp('next', await packTarball());
    build = await npmRun(app, 'build', 'next');
    server = await nextStart(app);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    removeTemps();
  });

  it('next build passes with no warning', () => {
    assert.doesNotMatch(build, /warn|error/i);
    assert.match(build, /Compiled successfully|Generating static pages/);
  });

  it('renders the wrappers on the server: the page arrives with the elements in it', async () => {
    const html = await (await fetch(server.url)).text();
    assert.match(html, /<story-summary[\s>]/);
    assert.equal(html.match(/<source-list[\s>]/g)?.length, 2);
    // The story object reached the client component's props as data.
    assert.ok(html.includes(JSON.stringify(seed.title).slice(1, -1)), 'the story is in the page');
  });

  it('upgrades on the client: shows the story, and the handlers hear story-load and story-error', async () => {
    const { page, problems } = await openPage(browser, server.url);
    await assertStoryShownAndHeard(page, problems);
    await page.close();
    assert.doesNotMatch(server.output(), /error/i);
  });
});
