// npm run test:budgets: the benchmark's figures that a noisy shared machine
// can hold, as ratios and counts (never absolute milliseconds), checked on a
// short run of scenarios 1 and 5. Bundle bytes are checked by the package
// tests, not here. The bounds come from `npm run bench` (bench/README.md)
// with room for noise; a failure means a real regression, not a slow machine.
import { runScenarios } from './scenarios.js';
import { table } from './table.js';

export const BUDGETS = {
  // Seed story, 4 widgets: render time over the plain-DOM build of the same
  // content (measured 0.8–1.5× on a loaded machine; paired per round, so
  // load mostly cancels out, but small renders stay noisy: hence 4).
  renderVsPlain: 4,
  // ... and over the same markup as static HTML with no script at all (1.2–1.9×).
  renderVsStatic: 4,
  // Nodes the 4 widgets add (shadow trees, Lit's markers, inline JSON) over
  // the static HTML of the same content (measured 2.0×).
  nodesVsStatic: 2.5,
  // Layout-shift score of the demo page, every viewport, story on time or
  // late (measured 0 at 1280 and 390 px wide, 0.0069 at 1024; 0.29 before
  // the demo reserved the widgets' space).
  layoutShift: 0.01,
};

const results = await runScenarios({ profile: 'quick', only: [1, 5], progress: (text) => console.error(`  ${text}`) });
console.log(table(results));

const failures = [];
const check = (ok, text) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${text}`);
  if (!ok) failures.push(text);
};

const seed = results.scenarios.find((s) => s.id === 1);
const row = (variant) => seed.rows.find((r) => r.variant === variant);
const widgets = row('widgets');
check(
  widgets.ratios.plain <= BUDGETS.renderVsPlain,
  `seed render ${widgets.ratios.plain.toFixed(2)}× plain DOM (budget ${BUDGETS.renderVsPlain}×)`,
);
check(
  widgets.ratios.static <= BUDGETS.renderVsStatic,
  `seed render ${widgets.ratios.static.toFixed(2)}× static HTML (budget ${BUDGETS.renderVsStatic}×)`,
);
const nodes = widgets.nodes / row('static').nodes;
check(
  nodes <= BUDGETS.nodesVsStatic,
  `seed nodes ${widgets.nodes} = ${nodes.toFixed(2)}× static HTML (budget ${BUDGETS.nodesVsStatic}×)`,
);

for (const scenario of results.scenarios.filter((s) => s.id === 5)) {
  for (const { variant, max, worst } of scenario.rows) {
    const where = worst.length
      ? `; worst: ${worst.map((s) => `${s.value.toFixed(4)} moving ${s.sources.join(', ')}`).join('; ')}`
      : '';
    check(
      max <= BUDGETS.layoutShift,
      `${scenario.title}, ${variant}: ${max.toFixed(4)} (budget ${BUDGETS.layoutShift})${where}`,
    );
  }
}

if (failures.length) {
  console.error(`\n${failures.length} budget(s) exceeded`);
  process.exit(1);
}
