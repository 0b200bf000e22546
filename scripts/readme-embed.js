// The README's one-line embed names a published version and pins its bytes
// (Subresource Integrity). Those bytes change only at a release, so the line
// is written then, not by every build (which would dirty the tree):
//
//   node scripts/readme-embed.js write   `npm version` runs it (package.json "version"),
//                                        after a fresh build, and stages README.md
//                                        into the version commit.
//   node scripts/readme-embed.js check   `npm publish` runs it (prepublishOnly) after a
//                                        fresh build: exit 1 when the README does not pin
//                                        exactly the bytes about to be published.
//
// --readme <file> and --bundle <file> point elsewhere (the tests use copies).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const EMBED =
  /(<script type="module"(?: blocking="render")? src="[^"]*viewpoint-cards@)([^/"]+)(\/dist\/viewpoint-cards\.js"\s+integrity=")([^"]*)(" crossorigin="anonymous">)/;

/** The Subresource Integrity value of some bytes. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The version and integrity the README's embed names, or undefined without one. */
export function readEmbed(readme) {
  const match = EMBED.exec(readme);
  return match && { version: match[2], integrity: match[4] };
}

/** The README with its embed naming `version` and pinning `bytes`. */
export function withEmbed(readme, version, bytes) {
  if (!EMBED.test(readme)) throw new Error('README.md has no one-line embed to update');
  return readme.replace(EMBED, (_, a, _version, b, _integrity, c) => `${a}${version}${b}${integrityOf(bytes)}${c}`);
}

/** What is wrong with the README's embed for these bytes of this version (empty when nothing). */
export function embedProblems(readme, version, bytes) {
  const embed = readEmbed(readme);
  if (!embed) return ['README.md has no one-line embed with integrity and crossorigin'];
  const problems = [];
  if (embed.version !== version) problems.push(`the embed names version ${embed.version}, the package is ${version}`);
  if (embed.integrity !== integrityOf(bytes))
    problems.push(`the embed pins ${embed.integrity}, the bundle is ${integrityOf(bytes)}`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      readme: { type: 'string', default: 'README.md' },
      bundle: { type: 'string', default: 'dist/viewpoint-cards.js' },
    },
  });
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const readme = readFileSync(values.readme, 'utf8');
  const bundle = readFileSync(values.bundle);
  if (positionals[0] === 'write') {
    writeFileSync(values.readme, withEmbed(readme, version, bundle));
    console.log(`${values.readme}: embed of ${version}, ${integrityOf(bundle)}`);
  } else if (positionals[0] === 'check') {
    const problems = embedProblems(readme, version, bundle);
    for (const problem of problems) console.error(`${values.readme}: ${problem}`);
    if (problems.length)
      console.error('run "node scripts/readme-embed.js write" (npm version does) and commit README.md');
    process.exitCode = problems.length ? 1 : 0;
  } else {
    console.error('usage: node scripts/readme-embed.js write|check [--readme FILE] [--bundle FILE]');
    process.exitCode = 2;
  }
}
