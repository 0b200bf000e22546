// demo/vue: Vue 3 + Vite, installed from the packed tarball, in Chromium.
import { describeStaticApp } from './apps.js';

describeStaticApp('vue', { title: 'the Vue 3 app (demo/vue) built against the packed tarball' });
