// npm run apps:lock [name...]: rewrites the package-lock.json of each app in
// demo/ (or only the named ones) from a fresh install of the packed tarball,
// so that the framework tests install exactly these versions with `npm ci`.
//
// The tarball's own entry keeps no `integrity`: it changes with every build,
// and npm would otherwise install an older build from its cache (it looks
// tarballs up by that hash) instead of the one the test has just packed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APPS, DEMO, withoutTarballIntegrity } from '../test/frameworks/apps.js';

const names = process.argv.slice(2).length ? process.argv.slice(2) : APPS;
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });

const packDir = mkdtempSync(join(tmpdir(), 'viewpoint-cards-lock-'));
try {
  const tarball = join(packDir, run('npm', ['pack', '--silent', '--pack-destination', packDir]).toString().trim());
  for (const name of names) {
    const dir = join(packDir, name);
    cpSync(join(DEMO, name), dir, {
      recursive: true,
      filter: (path) => !/node_modules|package-lock\.json$/.test(path),
    });
    cpSync(tarball, join(dir, 'viewpoint-cards.tgz'));
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    const lock = withoutTarballIntegrity(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    writeFileSync(join(DEMO, name, 'package-lock.json'), lock);
    console.log(`demo/${name}/package-lock.json`);
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
