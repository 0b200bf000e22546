// One build for bench/site-build.js, in a process of its own so that its
// peak memory is its own: prints { ms, maxRssKb, report } as JSON.
//   node bench/site-build-run.js STORIES OUT THREADS
import { buildSite } from '../dist/server/build-site.js';
import { siteOf } from '../dist/server/site-options.js';
import { DiskOutput } from '../dist/server/site-output.js';

const [stories, out, threads] = process.argv.slice(2);
const started = performance.now();
const report = await buildSite(stories, new DiskOutput(out), {
  site: siteOf('https://stories.example/'),
  threads: Number(threads),
});
const ms = performance.now() - started;
// maxRSS covers the whole process, worker threads included.
console.log(
  JSON.stringify({
    ms,
    maxRssKb: process.resourceUsage().maxRSS,
    report: { ...report, skipped: report.skipped.length },
  }),
);
