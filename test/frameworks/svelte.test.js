// demo/svelte: Svelte 5 + Vite, installed from the packed tarball; svelte-check
// type-checks its markup against viewpoint-cards/svelte (events included).
import { describeStaticApp } from './apps.js';

describeStaticApp('svelte', {
  title: 'the Svelte 5 app (demo/svelte) built against the packed tarball',
  scripts: ['check', 'build'],
});
