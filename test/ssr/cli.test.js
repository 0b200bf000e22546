// The `viewpoint-cards` command as a CMS pipeline runs it: exit codes,
// every problem with its JSON path and a hint, machine-readable output, and
// prerendered HTML that is safe whatever the story holds.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brokenRendererFlags, cli, seed, seedPath, storyFile } from './cli-helpers.js';
import { PRERENDERED } from '../../scripts/registry.js';

describe('viewpoint-cards validate', () => {
  test('passes the seed story with exit code 0', async () => {
    const { code, stdout } = await cli(['validate', seedPath]);
    assert.equal(code, 0);
    assert.match(stdout, /open-source-ai\.json: valid/);
  });

  test('lists every problem with its path and a hint, and exits 1', async () => {
    const story = seed();
    delete story.title;
    story.sources[1].lean = 'Lean Left';
    story.viewpoints[0].sourceIds = ['2'];
    const { code, stdout } = await cli(['validate', storyFile('three-problems.json', story)]);
    assert.equal(code, 1);
    assert.match(stdout, /three-problems\.json: 3 problems/);
    assert.match(stdout, /^ {2}title: required\n {4}hint: add "title"/m);
    assert.match(
      stdout,
      /^ {2}sources\.1\.lean: must be one of left, lean-left, center, lean-right, right, unrated\n {4}hint: .*did you mean "lean-left"\?/m,
    );
    assert.match(
      stdout,
      /^ {2}viewpoints\.0\.sourceIds\.0: expected .*, received string\n {4}hint: "sourceIds\[0\]" takes .*found "2" \(a string\)/m,
    );
  });

  test('reports a duplicate source id at the second entry', async () => {
    const story = seed();
    story.sources[3].id = story.sources[0].id;
    const { code, stdout } = await cli(['validate', storyFile('duplicate-id.json', story)]);
    assert.equal(code, 1);
    assert.match(stdout, /sources\.3\.id: duplicate id 1\n {4}hint: each entry of "sources" needs its own id/);
  });

  test('points at the line and column of a JSON syntax error', async () => {
    const { code, stdout } = await cli([
      'validate',
      storyFile('trailing-comma.json', '{\n  "id": "x",\n  "title": "y",\n}\n'),
    ]);
    assert.equal(code, 1);
    assert.match(stdout, /\(root\): not valid JSON: .*\n {4}hint: look at line 4, column 1/);
  });

  test('checks every file given and fails when any one fails', async () => {
    const bad = storyFile('no-id.json', { title: 'A title' });
    const { code, stdout } = await cli(['validate', seedPath, bad]);
    assert.equal(code, 1);
    assert.match(stdout, /open-source-ai\.json: valid/);
    assert.match(stdout, /no-id\.json: 1 problem\n {2}id: required/);
  });

  test('reports a file it cannot read as a problem', async () => {
    const { code, stdout } = await cli(['validate', 'no/such/story.json']);
    assert.equal(code, 1);
    assert.match(stdout, /no\/such\/story\.json: 1 problem\n {2}\(file\): cannot read/);
  });

  test('--json prints the problems as data, with paths as arrays', async () => {
    const story = seed();
    story.sources[2].outlet = '';
    const { code, stdout } = await cli(['validate', '--json', seedPath, storyFile('empty-outlet.json', story)]);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, false);
    assert.deepEqual(
      report.files.map((file) => file.valid),
      [true, false],
    );
    const [problem] = report.files[1].problems;
    assert.deepEqual(problem.path, ['sources', 2, 'outlet']);
    assert.equal(problem.at, 'sources.2.outlet');
    assert.match(problem.message, /empty|at least 1/);
    assert.equal(typeof problem.hint, 'string');
  });

  test('warns on a citation [n] with no source n and a viewpoint naming a missing source, and exits 0', async () => {
    const story = seed();
    story.body[1] += ' See also [9].';
    story.viewpoints[2].sourceIds = [3, 12];
    const { code, stdout } = await cli(['validate', storyFile('dangling.json', story)]);
    assert.equal(code, 0);
    assert.match(stdout, /dangling\.json: valid, 2 warnings/);
    assert.match(
      stdout,
      /^ {2}body\.1: warning: cites \[9\], but there is no source 9\n {4}hint: add a source with "id": 9/m,
    );
    assert.match(stdout, /^ {2}viewpoints\.2\.sourceIds\.1: warning: names source 12, which the story does not have/m);
  });

  test('--strict turns the warnings into a failure (exit 1); --json carries them with their paths', async () => {
    const story = seed();
    story.body[0] += ' [7]';
    const file = storyFile('dangling-strict.json', story);
    const strict = await cli(['validate', '--strict', file]);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /dangling-strict\.json: not valid \(--strict\), 1 warning/);
    const json = await cli(['validate', '--json', file]);
    assert.equal(json.code, 0);
    const report = JSON.parse(json.stdout);
    assert.equal(report.valid, true);
    assert.deepEqual(report.files[0].problems, []);
    assert.deepEqual(
      report.files[0].warnings.map((w) => [w.path, w.at]),
      [[['body', 0], 'body.0']],
    );
    const strictJson = JSON.parse((await cli(['validate', '--json', '--strict', file])).stdout);
    assert.equal(strictJson.valid, false);
    assert.equal(strictJson.files[0].warnings.length, 1);
  });

  test('the seed story has no warnings', async () => {
    const { code, stdout } = await cli(['validate', '--strict', seedPath]);
    assert.equal(code, 0);
    assert.match(stdout, /open-source-ai\.json: valid\n/);
  });

  test('reads a story from standard input with -', async () => {
    const { code, stdout } = await cli(['validate', '-'], { stdin: '[1, 2]' });
    assert.equal(code, 1);
    assert.match(stdout, /\(root\): expected object, received array\n {4}hint: a story is an object with id, title/);
  });

  test('wrong usage exits 2 with the usage text', async () => {
    for (const args of [[], ['check', seedPath], ['validate'], ['validate', '--loose', seedPath]]) {
      const { code, stderr } = await cli(args);
      assert.equal(code, 2, `exit code for ${args.join(' ')}`);
      assert.match(stderr, /Usage:/);
    }
  });
});

describe('viewpoint-cards render', () => {
  test('writes the labels in the story language, or in --lang for a story without one, reworded by --labels', async () => {
    const { lang: _, ...unmarked } = seed();
    const file = storyFile('no-lang.json', unmarked);
    const german = await cli(['render', file, '--element', 'source-list', '--lang', 'de']);
    assert.equal(german.code, 0);
    assert.match(german.stdout, /^<source-list lang="de"/);
    assert.match(german.stdout, /<h2 part="heading">(<!--[^>]*-->)*Quellen</);
    const labels = storyFile('labels.json', { sources: 'Unsere Quellen' });
    const own = await cli(['render', file, '--element', 'source-list', '--lang', 'de', '--labels', labels]);
    assert.match(own.stdout, /<h2 part="heading">(<!--[^>]*-->)*Unsere Quellen</);
    assert.match(own.stdout, /Mitte-rechts/, 'the rest from the German pack');
    const french = await cli(['render', storyFile('fr.json', { ...seed(), lang: 'fr' }), '--element', 'source-list']);
    assert.match(french.stdout, /<h2 part="heading">(<!--[^>]*-->)*Sources</);
    assert.match(french.stdout, /Centre droit/);
  });

  test('refuses a --labels file that is not a JSON object, saying why', async () => {
    const bad = await cli(['render', seedPath, '--labels', storyFile('list.json', ['Quellen'])]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /list\.json must hold a JSON object of labels/);
    const missing = await cli(['render', seedPath, '--labels', 'nowhere.json']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read the labels in nowhere\.json/);
  });

  test('prints one widget as declarative shadow DOM with its story inline', async () => {
    const { code, stdout } = await cli([
      'render',
      seedPath,
      '--element',
      'source-list',
      '--theme',
      'dark',
      '--heading-level',
      '3',
    ]);
    assert.equal(code, 0);
    assert.match(
      stdout,
      /^<source-list theme="dark" heading-level="3"><template shadowroot="open" shadowrootmode="open">/,
    );
    assert.match(stdout, /<h3 part="heading">/);
    for (const source of seed().sources) assert.ok(stdout.includes(escapeHtml(source.outlet)), source.outlet);
    const inline = /<script type="application\/json">(.*?)<\/script><\/source-list>\n$/s.exec(stdout);
    assert.ok(inline, 'the story sits inside the element, after the shadow root');
    assert.equal(JSON.parse(inline[1]).id, 'open-source-ai');
    for (const tag of PRERENDERED.filter((other) => other !== 'source-list'))
      assert.ok(!stdout.includes(`<${tag}`), tag);
  });

  test('--element all prints the four widgets in order', async () => {
    const { code, stdout } = await cli(['render', seedPath]);
    assert.equal(code, 0);
    const tags = [...stdout.matchAll(/^<([a-z-]+)[\s>]/gm)].map((match) => match[1]);
    assert.deepEqual(tags, PRERENDERED);
  });

  test('--jsonld adds a schema.org NewsArticle citing every source', async () => {
    const story = seed();
    story.sources[0].url = 'https://outlet.example/ai-bill';
    const file = storyFile('linked.json', story);
    const { code, stdout } = await cli([
      'render',
      file,
      '--element',
      'coverage-gaps',
      '--jsonld',
      '--base-url',
      'https://news.example/ai/',
    ]);
    assert.equal(code, 0);
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(stdout);
    assert.ok(block);
    const article = JSON.parse(block[1]);
    assert.equal(article['@type'], 'NewsArticle');
    assert.equal(article.headline, story.title);
    assert.equal(article.url, 'https://news.example/ai/');
    assert.equal(article.citation.length, story.sources.length);
    assert.deepEqual(article.citation[0], {
      '@type': 'CreativeWork',
      headline: story.sources[0].headline,
      publisher: { '@type': 'Organization', name: story.sources[0].outlet },
      url: 'https://outlet.example/ai-bill',
    });
    assert.equal('url' in article.citation[1], false, 'a source without a link has no url');
  });

  test('story text cannot close a script or add markup', async () => {
    const story = seed();
    const attack = '</script><script>alert(1)</script><!--<img src=x onerror=alert(2)>';
    story.title = attack;
    story.notRepresented = [attack];
    story.sources[0].headline = attack;
    const { code, stdout } = await cli(['render', storyFile('hostile.json', story), '--jsonld']);
    assert.equal(code, 0);
    // Our own script elements only: four inline stories and one JSON-LD block.
    assert.equal(stdout.match(/<script/g).length, 5);
    assert.equal(stdout.match(/<\/script>/g).length, 5);
    assert.ok(!stdout.includes('<img'));
    assert.ok(!stdout.includes('<!--<'));
    for (const [, json] of stdout.matchAll(/<script type="application\/(?:json|ld\+json)">(.*?)<\/script>/gs)) {
      assert.ok(JSON.stringify(JSON.parse(json)).includes(attack), 'the text survives escaping unchanged');
    }
  });

  test('links that are not http(s) are left out; relative ones resolve against --base-url', async () => {
    const story = seed();
    story.sources[0].url = 'javascript:alert(1)';
    story.sources[1].url = '/reports/open-weights';
    const { code, stdout, stderr } = await cli([
      'render',
      storyFile('links.json', story),
      '--element',
      'source-list',
      '--base-url',
      'https://news.example/ai/',
    ]);
    assert.equal(code, 0);
    assert.ok(!stdout.includes('javascript:'));
    assert.ok(stdout.includes('href="https://news.example/reports/open-weights"'));
    assert.match(stderr, /sources\.0\.url is not an http\(s\) link/);
  });

  test('an invalid story exits 1 and points to validate', async () => {
    const { code, stdout, stderr } = await cli(['render', storyFile('untitled.json', { id: 'x' })]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /untitled\.json is not a valid story; run "viewpoint-cards validate/);
  });

  test('an unknown viewpoint exits 1 with the reason', async () => {
    const { code, stdout, stderr } = await cli([
      'render',
      seedPath,
      '--element',
      'viewpoint-card',
      '--viewpoint',
      'nobody',
    ]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /has no viewpoint "nobody"/);
  });

  test('unknown options and values exit 2', async () => {
    for (const args of [
      ['render', seedPath, '--element', 'story-card'],
      ['render', seedPath, '--theme', 'sepia'],
      ['render', seedPath, '--heading-level', '7'],
      ['render', seedPath, seedPath],
      ['render', seedPath, '--base-url', 'news/ai'],
    ]) {
      const { code, stderr } = await cli(args);
      assert.equal(code, 2, `exit code for ${args.slice(2).join(' ')}`);
      assert.match(stderr, /viewpoint-cards: .+\n\nviewpoint-cards \d/);
    }
  });

  test('a failure inside rendering exits 3, apart from wrong usage (2)', async () => {
    const nodeArgs = brokenRendererFlags();
    const usage = await cli(['render', seedPath, '--theme', 'sepia'], { nodeArgs });
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Unknown theme "sepia"[^]*Usage:/);
    const bug = await cli(['render', seedPath, '--element', 'source-list'], { nodeArgs });
    assert.equal(bug.code, 3);
    assert.equal(bug.stdout, '');
    assert.match(bug.stderr, /rendering failed; this is a bug in viewpoint-cards/);
    assert.match(bug.stderr, /TypeError: value\.nope is not a function/);
    assert.doesNotMatch(bug.stderr, /Usage:/);
    const help = await cli(['--help']);
    assert.match(help.stdout, /Exit codes:\n {2}0 +done\n {2}1 .*\n {2}2 +wrong usage.*\n {2}3 +rendering failed/);
  });
});

function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
