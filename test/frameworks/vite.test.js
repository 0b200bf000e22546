// demo/vite: a plain Vite + TypeScript app with the README's npm block:
// every element registered, one entry, and a subclass under another tag name.
import { describeStaticApp } from './apps.js';

describeStaticApp('vite', {
  title: 'the plain Vite app (demo/vite) built against the packed tarball',
  tag: 'news-sources',
});
