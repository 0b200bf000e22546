// `viewpoint-cards build` as a publisher runs it on a folder of stories:
// the site's layout, the skipped files and the exit code, what an embed
// page and an oEmbed answer hold, and rebuilds that rewrite only what changed.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SHIPPED_PACKS } from '../../dist/i18n/shipped-packs.js';
import { PRERENDERED as ELEMENTS } from '../../scripts/registry.js';
import { cli, seed } from './cli-helpers.js';
import { storiesFolder, tempFolder, tree, variant } from './site-helpers.js';

const BASE = 'https://stories.example/news/';
const storyFilesOf = (id) => [
  `stories/${id}.json`,
  `embed/${id}/index.html`,
  ...ELEMENTS.map((element) => `embed/${id}/${element}/index.html`),
  `oembed/${id}.json`,
  ...ELEMENTS.map((element) => `oembed/${id}/${element}.json`),
];

describe('viewpoint-cards build', () => {
  const stories = storiesFolder({
    'open-source-ai.json': seed(),
    'world/arabic.json': variant('arabic', { lang: 'ar' }),
    'untitled.json': { id: 'untitled' },
    'broken.json': '{ "id": "broken", ',
    'escape.json': variant('../escape'),
    'zz-again.json': variant('arabic'),
    'notes.txt': 'not a story',
  });
  const out = join(tempFolder('site'), 'site');
  let result;
  const built = async () => (result ??= await cli(['build', stories, '--out', out, '--base-url', BASE]));

  test('writes the layout for every valid story, the scripts and the index', async () => {
    await built();
    for (const id of ['open-source-ai', 'arabic']) {
      for (const path of storyFilesOf(id)) assert.ok(existsSync(join(out, path)), path);
    }
    for (const path of ['index.html', 'viewpoint-cards.js', 'embed.js', 'embed-frame.js', '_headers']) {
      assert.ok(existsSync(join(out, path)), path);
    }
    const json = JSON.parse(readFileSync(join(out, 'stories/open-source-ai.json'), 'utf8'));
    assert.equal(json.title, seed().title);
    const bundle = readFileSync(join(out, 'viewpoint-cards.js'));
    assert.ok(bundle.equals(readFileSync(new URL('../../dist/viewpoint-cards.js', import.meta.url))));
  });

  test("writes the label packs beside the bundle, and each story's pages in its language", async () => {
    await built();
    for (const lang of SHIPPED_PACKS) {
      const pack = readFileSync(join(out, `locales/${lang}.js`));
      assert.ok(pack.equals(readFileSync(new URL(`../../dist/locales/${lang}.js`, import.meta.url))), lang);
    }
    assert.ok(!existsSync(join(out, 'locales/ar.d.ts')), 'no type declarations on the site');
    const arabic = readFileSync(join(out, 'embed/arabic/source-list/index.html'), 'utf8');
    assert.ok(arabic.includes('المصادر') && !arabic.includes('>Sources<'), 'the Arabic story is labelled in Arabic');
  });

  test('skips invalid stories, lists each with its problem, and exits 1', async () => {
    const { code, stdout } = await built();
    assert.equal(code, 1);
    assert.match(stdout, /untitled\.json: skipped, 1 problem\n {2}title: required\n {4}hint: /);
    assert.match(stdout, /broken\.json: skipped, 1 problem\n {2}\(root\): not valid JSON/);
    assert.match(
      stdout,
      /escape\.json: skipped, 1 problem\n {2}id: the id "\.\.\/escape" cannot be part of a web address/,
    );
    assert.match(stdout, /zz-again\.json: skipped, 1 problem\n {2}id: .*arabic\.json has the id "arabic" too/);
    assert.match(stdout, /: 2 stories \(2 written, 0 unchanged, 0 removed\); 4 files skipped\n$/);
    assert.ok(!existsSync(join(out, 'embed/untitled')) && !existsSync(join(out, 'escape.json')));
    assert.deepEqual([...tree(out).keys()].filter((path) => path.startsWith('stories/')).sort(), [
      'stories/arabic.json',
      'stories/open-source-ai.json',
    ]);
  });

  test('exits 0 when every story is valid', async () => {
    const { code, stdout } = await cli([
      'build',
      storiesFolder({ 'a.json': seed() }),
      '--out',
      tempFolder('ok'),
      '--base-url',
      BASE,
    ]);
    assert.equal(code, 0, stdout);
  });

  test('an embed page: prerendered widgets, lang and dir, links, JSON-LD, scripts and a CSP that allows its styles by hash', async () => {
    await built();
    const page = readFileSync(join(out, 'embed/arabic/index.html'), 'utf8');
    assert.match(page, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
    assert.ok(page.includes(`<link rel="canonical" href="${BASE}embed/arabic/">`));
    assert.ok(page.includes(`<link rel="alternate" type="application/json+oembed" href="${BASE}oembed/arabic.json"`));
    assert.match(page, /<script type="application\/ld\+json">.*"@type":"NewsArticle"/);
    assert.ok(page.includes('<script type="module" src="../../viewpoint-cards.js"></script>'));
    assert.ok(page.includes('<script src="../../embed-frame.js" defer></script>'));
    assert.deepEqual(
      [...page.matchAll(/^<([a-z]+-[a-z-]+)[ >]/gm)].map((m) => m[1]),
      ELEMENTS,
    );
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    assert.ok(!csp.includes('unsafe'), csp);
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.ok(styles.length >= 5, 'the page style and each widget’s');
    for (const css of styles) {
      assert.ok(csp.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`), css.slice(0, 40));
    }
    const one = readFileSync(join(out, 'embed/arabic/source-list/index.html'), 'utf8');
    assert.ok(one.includes(`href="${BASE}oembed/arabic/source-list.json"`));
    assert.ok(one.includes(`<link rel="canonical" href="${BASE}embed/arabic/">`));
    assert.ok(one.includes('src="../../../viewpoint-cards.js"'));
    assert.match(one, /<source-list heading-level="1">/);
  });

  test('each oEmbed answer has every field oEmbed 1.0 asks of a rich type, and a sandboxed iframe with a title', async () => {
    await built();
    for (const path of storyFilesOf('open-source-ai').filter((p) => p.startsWith('oembed/'))) {
      const answer = JSON.parse(readFileSync(join(out, path), 'utf8'));
      assert.equal(answer.type, 'rich');
      assert.equal(answer.version, '1.0');
      assert.equal(answer.title, seed().title);
      assert.equal(answer.provider_name, 'stories.example');
      assert.equal(answer.provider_url, BASE);
      assert.ok(Number.isInteger(answer.cache_age) && answer.cache_age > 0);
      assert.equal(answer.width, 640);
      assert.ok(Number.isInteger(answer.height) && answer.height > 100, `${path}: ${answer.height}`);
      const page = `${BASE}${path.replace(/^oembed\//, 'embed/').replace(/\.json$/, '/')}`;
      assert.ok(answer.html.startsWith(`<blockquote class="viewpoint-cards-embed"><a href="${page}">`), answer.html);
      const iframe = /<iframe ([^>]*)><\/iframe>$/.exec(answer.html)?.[1] ?? '';
      assert.ok(iframe.includes(`src="${page}"`) && iframe.includes(`height="${answer.height}"`), iframe);
      assert.match(iframe, /title="Debate Intensifies/);
      assert.match(iframe, /sandbox="allow-scripts[^"]*"/);
      assert.ok(!/allow-same-origin/.test(iframe));
    }
  });

  test('a rebuild rewrites only what changed, and removes a deleted story’s files', async () => {
    const folder = storiesFolder(Object.fromEntries(['one', 'two', 'three'].map((id) => [`${id}.json`, variant(id)])));
    const site = tempFolder('rebuild');
    const build = () => cli(['build', folder, '--out', site, '--base-url', BASE]);
    assert.equal((await build()).code, 0);
    const first = tree(site);
    await new Promise((resolve) => setTimeout(resolve, 20));

    const same = await build();
    assert.match(same.stdout, /3 stories \(0 written, 3 unchanged, 0 removed\)/);
    const unchanged = tree(site);
    assert.deepEqual(
      [...unchanged].filter(([path, time]) => first.get(path) !== time).map(([p]) => p),
      ['.viewpoint-cards-build.json'],
    );

    writeFileSync(join(folder, 'two.json'), JSON.stringify(variant('two', { title: 'A new title' })));
    const changed = await build();
    assert.match(changed.stdout, /3 stories \(1 written, 2 unchanged, 0 removed\)/);
    const rewritten = [...tree(site)]
      .filter(([path, time]) => unchanged.get(path) !== time)
      .map(([p]) => p)
      .sort();
    assert.deepEqual(rewritten, ['.viewpoint-cards-build.json', 'index.html', ...storyFilesOf('two')].sort());
    assert.match(readFileSync(join(site, 'index.html'), 'utf8'), /A new title/);

    rmSync(join(folder, 'three.json'));
    assert.match((await build()).stdout, /2 stories \(0 written, 2 unchanged, 1 removed\)/);
    assert.deepEqual(
      [...tree(site).keys()].filter((path) => path.includes('three')),
      [],
    );
    assert.ok(!readFileSync(join(site, 'index.html'), 'utf8').includes('embed/three/'));
  });

  test('worker threads write the same site as one thread', async () => {
    const many = Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`s${i}.json`, variant(`s${i}`)]));
    const folder = storiesFolder(many);
    const [threads, single] = [tempFolder('threads'), tempFolder('single')];
    assert.equal((await cli(['build', folder, '--out', threads, '--base-url', BASE, '--threads', '2'])).code, 0);
    assert.equal((await cli(['build', folder, '--out', single, '--base-url', BASE, '--threads', '0'])).code, 0);
    const paths = [...tree(single).keys()].sort();
    assert.deepEqual([...tree(threads).keys()].sort(), paths);
    assert.equal(paths.filter((path) => path.endsWith('/index.html') && path.startsWith('embed/')).length, 24 * 5);
    for (const path of paths)
      assert.ok(readFileSync(join(threads, path)).equals(readFileSync(join(single, path))), path);
  });

  test('the embed code in the README is the one build writes for the seed story', async () => {
    const site = tempFolder('readme');
    await cli(['build', storiesFolder({ 'a.json': seed() }), '--out', site, '--base-url', 'https://stories.example/']);
    const { html } = JSON.parse(readFileSync(join(site, 'oembed/open-source-ai.json'), 'utf8'));
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    assert.ok(readme.includes(`\n${html}\n<script src="https://stories.example/embed.js" async></script>\n`));
  });

  test('wrong usage exits 2', async () => {
    const folder = storiesFolder({ 'a.json': seed() });
    for (const args of [
      ['build', folder, '--base-url', BASE],
      ['build', folder, '--out', tempFolder('x')],
      ['build', folder, '--out', tempFolder('x'), '--base-url', 'stories/'],
      ['build', folder, '--out', tempFolder('x'), '--base-url', 'ftp://stories.example/'],
      ['build', join(folder, 'a.json'), '--out', tempFolder('x'), '--base-url', BASE],
      ['build', folder, '--out', tempFolder('x'), '--base-url', BASE, '--threads', 'many'],
    ]) {
      const { code, stderr } = await cli(args);
      assert.equal(code, 2, `${args.slice(2).join(' ')}: ${stderr}`);
      assert.match(stderr, /Usage:/);
    }
  });
});
