// demo/svelte: Svelte 5 + Vite, installed from the packed tarball; svelte-check
// type-checks its markup against viewpoint-cards/svelte (events included).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { describeStaticApp, npmRun } from './apps.js';

describeStaticApp('svelte', {
  title: 'the Svelte 5 app (demo/svelte) built against the packed tarball',
  scripts: ['check', 'build'],
  more: (app) => {
    it('svelte-check catches a wrong use of an event detail (the check above can fail)', async () => {
      const file = join(app(), 'src/App.svelte');
      const source = readFileSync(file, 'utf8');
      writeFileSync(file, source.replace('e.detail.kind', 'e.detail.kinds'));
      try {
        await assert.rejects(
          npmRun(app(), 'check', 'svelte'),
          /Property 'kinds' does not exist on type 'StoryErrorDetail'/,
        );
      } finally {
        writeFileSync(file, source);
      }
    });
  },
});
