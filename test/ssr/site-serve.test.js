// `viewpoint-cards serve` over real HTTP on 127.0.0.1: the live oEmbed
// endpoint (maxwidth and maxheight honoured, 404, 501, 400), cache and CORS
// headers, and requests for anything outside the folder refused.
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cli, root, seed } from './cli-helpers.js';
import { serve, storiesFolder, tempFolder, variant } from './site-helpers.js';

/** A GET with the path sent exactly as written (fetch would tidy away the "..").  */
function raw(url, path, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const oembed = (server, params) => raw(server.url, `/oembed?${new URLSearchParams(params)}`);

describe('viewpoint-cards serve on a folder of stories (built in memory)', () => {
  let server;
  before(async () => (server = await serve(storiesFolder({ 'a.json': seed(), 'b.json': variant('second') }))));
  after(() => server?.stop());

  test('answers oEmbed for an embed page, all widgets or one', async () => {
    const page = `${server.url}embed/open-source-ai/`;
    const all = await oembed(server, { url: page });
    assert.equal(all.status, 200);
    assert.match(all.headers['content-type'], /^application\/json/);
    const answer = JSON.parse(all.body);
    assert.equal(answer.type, 'rich');
    assert.equal(answer.width, 640);
    assert.ok(answer.html.includes(`src="${page}"`));
    const one = JSON.parse((await oembed(server, { url: `${page}source-list/`, format: 'json' })).body);
    assert.ok(one.html.includes(`src="${page}source-list/"`));
    assert.ok(one.height < answer.height, 'one widget is shorter than four');
    const indexHtml = await oembed(server, { url: `${page}index.html` });
    assert.equal(indexHtml.status, 200);
  });

  test('honours maxwidth and maxheight', async () => {
    const url = `${server.url}embed/open-source-ai/`;
    const wide = JSON.parse((await oembed(server, { url })).body);
    const narrow = JSON.parse((await oembed(server, { url, maxwidth: '320' })).body);
    assert.equal(narrow.width, 320);
    assert.ok(narrow.height > wide.height, 'narrower is taller');
    assert.match(narrow.html, /width="320"/);
    const low = JSON.parse((await oembed(server, { url, maxwidth: '2000', maxheight: '300' })).body);
    assert.equal(low.width, 640);
    assert.equal(low.height, 300);
    assert.match(low.html, /height="300"/);
  });

  test('404 for an address that is not one of its embed pages', async () => {
    for (const url of [
      `${server.url}embed/no-such-story/`,
      `${server.url}embed/open-source-ai/story-card/`,
      `${server.url}stories/open-source-ai.json`,
      `https://elsewhere.example/embed/open-source-ai/`,
    ]) {
      const answer = await oembed(server, { url });
      assert.equal(answer.status, 404, url);
      assert.match(answer.body, /No embed page/);
    }
  });

  test('501 for format=xml, 400 for a missing or malformed parameter', async () => {
    const url = `${server.url}embed/open-source-ai/`;
    assert.equal((await oembed(server, { url, format: 'xml' })).status, 501);
    for (const params of [
      {},
      { url: 'embed/open-source-ai/' },
      { url, format: 'yaml' },
      { url, maxwidth: 'wide' },
      { url, maxheight: '-4' },
      { url, maxwidth: '0' },
    ]) {
      const answer = await oembed(server, params);
      assert.equal(answer.status, 400, JSON.stringify(params));
      assert.match(answer.headers['content-type'], /^text\/plain/);
    }
  });

  test('story JSON with CORS open, an ETag, and 304 when it is unchanged', async () => {
    const first = await raw(server.url, '/stories/second.json');
    assert.equal(first.status, 200);
    assert.equal(first.headers['access-control-allow-origin'], '*');
    assert.equal(first.headers['cache-control'], 'no-cache');
    assert.match(first.headers['content-type'], /^application\/json/);
    assert.equal(JSON.parse(first.body).id, 'second');
    const again = await raw(server.url, '/stories/second.json', { headers: { 'if-none-match': first.headers.etag } });
    assert.equal(again.status, 304);
    assert.equal(again.body, '');
    const page = await raw(server.url, '/embed/second/');
    assert.match(page.headers['content-type'], /^text\/html/);
    assert.notEqual(page.headers.etag, first.headers.etag);
  });

  test('an embed page address without its final slash is redirected to it', async () => {
    const answer = await raw(server.url, '/embed/second');
    assert.equal(answer.status, 301);
    assert.equal(answer.headers.location, '/embed/second/');
  });

  test('other methods get 405', async () => {
    const answer = await raw(server.url, '/stories/second.json', { method: 'POST' });
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.allow, 'GET, HEAD');
  });
});

describe('viewpoint-cards serve on a built site', () => {
  let server;
  let site;
  before(async () => {
    site = tempFolder('served');
    const stories = storiesFolder({ 'a.json': seed() });
    await cli(['build', stories, '--out', site, '--base-url', 'https://stories.example/']);
    // A link inside the folder that points outside it.
    symlinkSync(join(root, 'package.json'), join(site, 'leak.json'));
    server = await serve(site);
  });
  after(() => server?.stop());

  test('serves the files and answers oEmbed for the address the site was built for', async () => {
    assert.equal((await raw(server.url, '/embed/open-source-ai/source-list/')).status, 200);
    assert.match((await raw(server.url, '/embed.js')).headers['content-type'], /^text\/javascript/);
    const answer = await oembed(server, { url: 'https://stories.example/embed/open-source-ai/', maxwidth: '500' });
    assert.equal(answer.status, 200);
    assert.equal(JSON.parse(answer.body).width, 500);
    assert.equal((await oembed(server, { url: `${server.url}embed/open-source-ai/` })).status, 404);
  });

  test('refuses every path outside its folder', async () => {
    for (const path of [
      '/../../package.json',
      '/embed/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/stories/..%2f..%2fpackage.json',
      '/stories/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5c..%5cpackage.json',
      '/stories/%00.json',
      '/leak.json',
    ]) {
      const answer = await raw(server.url, path);
      assert.equal(answer.status, 403, path);
      assert.ok(!answer.body.includes('"name": "viewpoint-cards"'), path);
    }
    assert.equal((await raw(server.url, '/.viewpoint-cards-build.json')).status, 404);
    assert.equal((await raw(server.url, '/%E0%A4%A')).status, 400);
    assert.equal((await raw(server.url, '/nothing-here.json')).status, 404);
  });

  test('still answers after all those bad requests', async () => {
    assert.equal((await raw(server.url, '/')).status, 200);
  });
});
