// npm run bench: every scenario with its baselines, printed as a table and
// written to bench/results.json. `--quick` uses the budget checks' smaller
// sample counts (faster, noisier); `--only=1,5` runs some scenarios.
import { writeFileSync } from 'node:fs';
import { runScenarios } from './scenarios.js';
import { table } from './table.js';

const profile = process.argv.includes('--quick') ? 'quick' : 'full';
// --only=1,5 runs some scenarios (while working on them).
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',')
  .map(Number);
const started = Date.now();
const results = await runScenarios({ profile, only, progress: (text) => console.error(`  ${text}`) });
const out = new URL('./results.json', import.meta.url);
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');

console.log(
  `\nviewpoint-cards benchmark (${profile}), ${results.machine.chromium}, ${results.machine.cpus} × ${results.machine.cpu}`,
);
console.log('medians; spread = ± half the interquartile range; ratios = median of per-round ratios\n');
console.log(table(results));
console.log(`\nwritten to bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
