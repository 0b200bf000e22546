// A fresh project installs the packed tarball (test/package/ts-project):
// - its code type-checks against the package under NodeNext and Bundler
//   resolution, with React 19 and Preact JSX, and no skipLibCheck;
// - bundling one entry keeps only that element: the gzip cost of each entry
//   (with Lit and @lit/context inside, minified) is printed.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { TAGS } from '../../scripts/registry.js';
import { ROOT, installProject, packTarball, removeTemps, run } from './helpers.js';

let project;

before(async () => {
  const started = Date.now();
  project = await installProject(join(ROOT, 'test/package/ts-project'), await packTarball(), { name: 'ts' });
  console.log(`packed and installed in ${Date.now() - started} ms`);
});
after(removeTemps);

describe('types, in a fresh TypeScript project', () => {
  for (const config of ['tsconfig.json', 'tsconfig.bundler.json', 'tsconfig.react.json', 'tsconfig.preact.json']) {
    it(`type-checks with ${config}`, async () => {
      await run(join(project, 'node_modules/.bin/tsc'), ['-p', config], project);
    });
  }

  it('catches a wrong use (the checks above can fail)', async () => {
    writeFileSync(
      join(project, 'src/wrong.ts'),
      "import 'viewpoint-cards/source-list.js';\ndocument.querySelector('source-list')!.headingLevel = 'three';\n",
    );
    writeFileSync(
      join(project, 'tsconfig.wrong.json'),
      JSON.stringify({ extends: './tsconfig.json', include: ['src/wrong.ts'] }),
    );
    await assert.rejects(run(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.wrong.json'], project), /TS2322/);
  });
});

/** Bundles `source` (an entry module in the project) as an app would ship it; returns the code. */
async function bundle(name, source) {
  const entry = join(project, `${name}.entry.js`);
  writeFileSync(entry, source);
  await build({
    configFile: false,
    logLevel: 'silent',
    root: project,
    build: {
      outDir: join(project, 'out', name),
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'bundle.js' },
      rolldownOptions: { external: ['react', 'react-dom'], output: { minify: true, comments: false } },
    },
  });
  return readFileSync(join(project, 'out', name, 'bundle.js'), 'utf8');
}

const row = (entry, code, note = '') =>
  `  ${entry.padEnd(48)}${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzip${note}`;
const tagsIn = (code) => TAGS.filter((tag) => new RegExp(`["'\`]${tag}["'\`]`).test(code));

describe('tree-shaking: one entry, one element', () => {
  const sizes = [];
  after(() => console.log(`gzip cost of each entry, dependencies included:\n${sizes.join('\n')}`));

  it('viewpoint-cards registers all five', async () => {
    const code = await bundle('index', "import 'viewpoint-cards';\n");
    sizes.push(row('viewpoint-cards', code));
    assert.deepEqual(tagsIn(code), TAGS);
  });

  for (const tag of TAGS) {
    it(`viewpoint-cards/${tag}.js registers <${tag}> and no other`, async () => {
      const code = await bundle(tag, `import 'viewpoint-cards/${tag}.js';\n`);
      sizes.push(row(`viewpoint-cards/${tag}.js`, code));
      assert.deepEqual(tagsIn(code), [tag]);
    });
  }

  it('viewpoint-cards/classes.js registers nothing', async () => {
    const code = await bundle(
      'classes',
      "import { SourceList } from 'viewpoint-cards/classes.js';\nexport { SourceList };\n",
    );
    sizes.push(row('{ SourceList } from viewpoint-cards/classes.js', code));
    assert.deepEqual(tagsIn(code), []);
  });

  it('{ SourceList } from viewpoint-cards/react keeps only <source-list>', async () => {
    const code = await bundle('react', "export { SourceList } from 'viewpoint-cards/react';\n");
    sizes.push(row('{ SourceList } from viewpoint-cards/react', code, ' (React not counted)'));
    assert.deepEqual(tagsIn(code), ['source-list']);
  });
});

describe('viewpoint-cards/server in a project without @lit-labs/ssr (an optional peer dependency)', () => {
  const node = (code) => run(process.execPath, ['--input-type=module', '-e', code], project);

  it('the project has no @lit-labs/ssr', () => {
    assert.throws(() => readFileSync(join(project, 'node_modules/@lit-labs/ssr/package.json')), { code: 'ENOENT' });
  });

  it('validates a story, as the README shows', async () => {
    const { stdout } = await run(
      process.execPath,
      ['-e', "import('viewpoint-cards/server').then(m => console.log(m.validateStory({id:'a',title:'b'}).valid))"],
      project,
    );
    assert.equal(stdout, 'true\n');
  });

  it('writes JSON-LD and the CSP sources', async () => {
    const { stdout } = await node(
      "import { storyJsonLdScript, cspStyleHashes } from 'viewpoint-cards/server';\n" +
        "console.log(storyJsonLdScript({ id: 'a', title: 'b' }).startsWith('<script type=\"application/ld+json\">'));\n" +
        'console.log(cspStyleHashes().length);',
    );
    assert.equal(stdout, 'true\n4\n');
  });

  it('rendering rejects with a MissingRendererError that says what to install', async () => {
    const { stdout } = await node(
      "import { renderStory, MissingRendererError } from 'viewpoint-cards/server';\n" +
        "try { await renderStory({ id: 'a', title: 'b' }); } catch (e) { console.log(e instanceof MissingRendererError, e.message); }",
    );
    assert.match(stdout, /^true .*needs @lit-labs\/ssr.*npm install @lit-labs\/ssr\n$/);
  });

  it('the command validates and prints the CSP sources, and render says what to install', async () => {
    const bin = join(project, 'node_modules/.bin/viewpoint-cards');
    writeFileSync(join(project, 'story.json'), JSON.stringify({ id: 'a', title: 'b' }));
    assert.equal((await run(bin, ['validate', 'story.json'], project)).stdout, 'story.json: valid\n');
    assert.match((await run(bin, ['csp'], project)).stdout, /^('sha256-[\w+/=]+' ?){4}\n$/);
    await assert.rejects(run(bin, ['render', 'story.json'], project), /needs @lit-labs\/ssr/);
  });
});
