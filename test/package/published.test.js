// What ships beside the code: the package metadata (publint, attw), the
// script-tag bundle's size budget, custom-elements.json (complete, and not
// stale against the JSDoc it comes from) and the README parts made from them.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { apiTables, elementsOf, withApiTables } from '../../scripts/api-tables.js';
import { readEmbed, withEmbed } from '../../scripts/readme-embed.js';
import { TAGS } from '../../scripts/registry.js';
import { ROOT, run } from './helpers.js';

/**
 * The budget of dist/viewpoint-cards.js, gzip -9, every element registered: 19,456 bytes (19 KB), issue 10's cap.
 * Measured 19,143 bytes on 2026-12-03 (after the consumer retry, our own css tag and the third round of trims;
 * 19,944 before), so 313 bytes are left for what comes next. History in bench/README.md.
 */
const BUDGET = 19 * 1024;
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
/** The reader events each element fires, as the manifest types them. */
const READER_EVENTS = {
  'story-summary': {
    'story-citation-toggle': 'CustomEvent<CitationToggleDetail>',
    'story-source-open': 'CustomEvent<SourceOpenDetail>',
  },
  'viewpoint-card': {
    'story-viewpoint-toggle': 'CustomEvent<ViewpointToggleDetail>',
    'story-source-open': 'CustomEvent<SourceOpenDetail>',
  },
  'source-list': {
    'story-filter-change': 'CustomEvent<FilterChangeDetail>',
    'story-source-open': 'CustomEvent<SourceOpenDetail>',
  },
};

describe('the label packs beside the bundle', () => {
  const packs = readdirSync(join(ROOT, 'dist/locales')).filter((file) => file.endsWith('.js'));

  it('are one self-contained file per language, each at most 1.5 KB gzip', () => {
    assert.ok(packs.length >= 14, `${packs.length} packs`);
    const sizes = packs.map((file) => {
      const code = readFileSync(join(ROOT, 'dist/locales', file));
      // Loaded from beside the bundle on any CDN: nothing else of ours may be fetched for it.
      assert.doesNotMatch(code.toString(), /\bimport\b/, `${file} imports nothing`);
      return /** @type {[string, number]} */ ([file, gzipSync(code, { level: 9 }).length]);
    });
    console.log(`dist/locales/: ${sizes.map(([file, size]) => `${file} ${size}`).join(', ')} bytes gzip`);
    for (const [file, size] of sizes) assert.ok(size <= 1536, `${file}: ${size} bytes gzip`);
  });
});

describe('package metadata', () => {
  it('publint finds nothing, warnings and suggestions included', async () => {
    const { stdout } = await run('npx', ['publint', '--strict', '--level', 'suggestion']);
    assert.match(stdout, /All good!/);
  });

  it('attw --pack resolves every entry to types and code (ES modules only)', async () => {
    await run('npx', ['attw', '--pack', '.', '--profile', 'esm-only']);
  });
});

describe('the script-tag bundle', () => {
  const bundle = readFileSync(join(ROOT, 'dist/viewpoint-cards.js'));

  it(`is at most ${BUDGET / 1024} KB gzip`, () => {
    const size = gzipSync(bundle, { level: 9 }).length;
    console.log(`dist/viewpoint-cards.js: ${(size / 1024).toFixed(2)} KB gzip (${size} bytes), budget ${BUDGET} bytes`);
    assert.ok(size <= BUDGET, `${size} bytes gzip is over the budget of ${BUDGET}`);
  });

  it("is what the README's embed pins at a release: written from a fresh build, checked before publishing", async () => {
    const { version } = JSON.parse(read('package.json'));
    // The working README names this version; its hash is that of the version's published bytes, so it is compared below
    // through the release steps themselves (npm version writes it, npm publish checks it) on a copy and this build.
    const embed = readEmbed(read('README.md'));
    assert.ok(embed, 'the README has the one-line embed with integrity and crossorigin');
    assert.equal(embed.version, version);
    assert.match(embed.integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
    const { scripts } = JSON.parse(read('package.json'));
    assert.match(scripts.version, /npm run build && node scripts\/readme-embed\.js write && git add README\.md/);
    assert.match(scripts.prepublishOnly, /npm run build && node scripts\/readme-embed\.js check/);

    const dir = mkdtempSync(join(tmpdir(), 'viewpoint-cards-readme-'));
    try {
      const copy = join(dir, 'README.md');
      const embedScript = (action) =>
        run('node', ['scripts/readme-embed.js', action, '--readme', copy]).then(
          () => 0,
          (error) => error,
        );
      writeFileSync(copy, read('README.md'));
      await run('node', ['scripts/readme-embed.js', 'write', '--readme', copy]);
      assert.deepEqual(readEmbed(readFileSync(copy, 'utf8')), {
        version,
        integrity: `sha384-${createHash('sha384').update(bundle).digest('base64')}`,
      });
      assert.equal(await embedScript('check'), 0);
      for (const wrong of [
        (text) => text.replace(/(integrity="sha384-)./, (_, start) => start + 'x'),
        (text) => text.replace(`viewpoint-cards@${version}/`, 'viewpoint-cards@0.0.0-wrong/'),
      ]) {
        writeFileSync(copy, wrong(readFileSync(copy, 'utf8')));
        assert.match(String(await embedScript('check')), /the embed (pins|names)/);
        await run('node', ['scripts/readme-embed.js', 'write', '--readme', copy]);
      }
      // The other words of the README are left as they were.
      assert.equal(withEmbed(read('README.md'), version, bundle), readFileSync(copy, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('custom-elements.json', () => {
  let committed;
  let fresh;
  let dir;
  before(async () => {
    // The committed file (HEAD) when this is a git checkout, else the file on disk.
    committed = await run('git', ['show', 'HEAD:custom-elements.json'])
      .then(({ stdout }) => JSON.parse(stdout))
      .catch(() => JSON.parse(read('custom-elements.json')));
    dir = mkdtempSync(join(tmpdir(), 'viewpoint-cards-cem-'));
    const config = join(dir, 'config.mjs');
    // The analyzer joins `outdir` to the working directory, so it must be relative;
    // packagejson: false, or it would point package.json's customElements at the copy.
    writeFileSync(
      config,
      `import base from ${JSON.stringify(join(ROOT, 'custom-elements-manifest.config.js'))};\nexport default { ...base, outdir: ${JSON.stringify(relative(ROOT, dir))}, packagejson: false };\n`,
    );
    await run('npx', ['cem', 'analyze', '--config', config]);
    fresh = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is what `npm run analyze` makes from the JSDoc today (commit it after changing an element)', () => {
    assert.deepEqual(committed, fresh);
  });

  it('lists the five elements, each with a description', () => {
    const elements = elementsOf(fresh);
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [...TAGS].sort());
    for (const element of elements) assert.ok(element.description && element.summary, element.tagName);
  });

  it('describes every attribute, property, event, slot, part and CSS property', () => {
    for (const element of elementsOf(fresh)) {
      const items = ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'].flatMap((kind) =>
        (element[kind] ?? []).map((item) => [`${element.tagName} ${kind} ${item.name}`, item]),
      );
      for (const [where, item] of items) assert.ok(item.description?.trim(), `${where} has no description`);
    }
  });

  it('has the public API and nothing private', () => {
    for (const element of elementsOf(fresh)) {
      const members = element.members.map((member) => member.name);
      for (const name of ['story', 'src', 'timeout', 'maxBytes'])
        assert.ok(members.includes(name), `${element.tagName}.${name}`);
      if (element.tagName !== 'story-provider') {
        for (const name of ['labels', 'theme', 'headingLevel'])
          assert.ok(members.includes(name), `${element.tagName}.${name}`);
        assert.ok(
          element.cssParts.some((part) => part.name === 'base'),
          `${element.tagName} ::part(base)`,
        );
        assert.ok(
          element.cssProperties.some((property) => property.name === '--vc-color-accent'),
          `${element.tagName} --vc-color-accent`,
        );
      }
      assert.ok(
        element.members.every((member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#')),
        element.tagName,
      );
      const events = Object.fromEntries(element.events.map((event) => [event.name, event.type?.text]));
      assert.deepEqual(
        {
          ...READER_EVENTS[element.tagName],
          'story-load': 'CustomEvent<StoryLoadDetail>',
          'story-error': 'CustomEvent<StoryErrorDetail>',
        },
        events,
        `${element.tagName} events`,
      );
      const attributes = element.attributes.map((attribute) => attribute.name);
      assert.ok(!attributes.includes('story'), 'the story is a property only');
      // labels also come as JSON in markup (and from the server renderer), on widgets and providers alike.
      assert.ok(attributes.includes('labels'), `${element.tagName} labels attribute`);
      assert.ok(attributes.includes('max-bytes'), `${element.tagName} max-bytes`);
    }
    const card = elementsOf(fresh).find((element) => element.tagName === 'viewpoint-card');
    assert.ok(card.attributes.some((attribute) => attribute.name === 'viewpoint'));
    const provider = elementsOf(fresh).find((element) => element.tagName === 'story-provider');
    assert.equal(provider.slots?.[0]?.name, '');
  });

  it("points at the npm build's files", () => {
    for (const module of fresh.modules) assert.match(module.path, /^dist\/.*\.js$/);
  });
});

describe("the README's API tables", () => {
  it('are generated from custom-elements.json (run `npm run docs:api` after `npm run analyze`)', () => {
    const readme = read('README.md');
    assert.equal(readme, withApiTables(readme, JSON.parse(read('custom-elements.json'))));
  });

  it('list every element, attribute, event and part', () => {
    const tables = apiTables(JSON.parse(read('custom-elements.json')));
    for (const tag of TAGS) assert.match(tables, new RegExp(`### \`<${tag}>\``));
    for (const text of [
      '`max-bytes`',
      '`labels`',
      '`story-error`',
      '`CustomEvent<StoryLoadDetail>`',
      '`citation-card`',
      '`--vc-color-lean-left`',
    ]) {
      assert.ok(tables.includes(text), text);
    }
  });
});
