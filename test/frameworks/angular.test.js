// demo/angular: Angular 21 (the newest major whose CLI accepts Node 20; 22
// asks for Node 22.22 or later), standalone component, strict templates.
import { describeStaticApp } from './apps.js';

describeStaticApp('angular', {
  title: 'the Angular 21 app (demo/angular) built against the packed tarball',
  out: 'dist/browser',
});
