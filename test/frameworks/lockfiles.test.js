// Each app in demo/ pins its framework in its own lockfile, and that
// lockfile still fits the package: `npm ci` installs exactly it, and never
// an older build of the tarball from npm's cache.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../package/helpers.js';
import { APPS, DEMO } from './apps.js';

const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const ours = json(join(ROOT, 'package.json'));

for (const name of APPS) {
  describe(`demo/${name}`, () => {
    const manifest = json(join(DEMO, name, 'package.json'));
    const lock = json(join(DEMO, name, 'package-lock.json'));

    it('pins every dependency to one version', () => {
      for (const [dep, range] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        assert.match(range, /^(\d+\.\d+\.\d+|file:viewpoint-cards\.tgz)$/, `${dep}@${range}`);
      }
    });

    it('has a lockfile for this package.json, with the tarball and its dependencies of today (npm run apps:lock)', () => {
      const root = lock.packages[''];
      assert.deepEqual(root.dependencies ?? {}, manifest.dependencies ?? {});
      assert.deepEqual(root.devDependencies ?? {}, manifest.devDependencies ?? {});
      const tarball = lock.packages['node_modules/viewpoint-cards'];
      assert.equal(tarball.resolved, 'file:viewpoint-cards.tgz');
      assert.equal(tarball.integrity, undefined, 'no integrity: npm would install a cached older build');
      assert.deepEqual(tarball.dependencies, ours.dependencies);
      for (const [dep, version] of Object.entries(ours.dependencies)) {
        // Where Node finds it from the package: nested under it, or else hoisted.
        const entry =
          lock.packages[`node_modules/viewpoint-cards/node_modules/${dep}`] ?? lock.packages[`node_modules/${dep}`];
        assert.equal(entry?.version, version, dep);
      }
    });
  });
}
