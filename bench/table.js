// The results as a Markdown table: one line per scenario and variant, its
// median, spread (± half the interquartile range) and ratios to baselines.

const number = (value, unit) => {
  if (unit === 'bytes') return value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${Math.round(value)} B`;
  if (unit === 'score') return value.toFixed(4);
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
};

function extra(row, unit) {
  const parts = [];
  if (row.nodes !== undefined) parts.push(`${Math.round(row.nodes)} nodes`);
  if (row.bytes !== undefined) parts.push(`${(row.bytes / 1024).toFixed(1)} KB`);
  if (unit === 'score') parts.push(`max ${row.max.toFixed(4)}`);
  return parts.join(', ');
}

export function table(results) {
  const lines = ['| scenario | variant | median | spread | ratio | notes |', '| --- | --- | ---: | ---: | --- | --- |'];
  for (const scenario of results.scenarios) {
    for (const [i, row] of scenario.rows.entries()) {
      const ratios = Object.entries(row.ratios)
        .map(([base, r]) => `${r.toFixed(2)}× ${base}`)
        .join(', ');
      lines.push(
        `| ${i === 0 ? `${scenario.id}. ${scenario.title.replace(/<[a-z-]+>/g, '`$&`')}` : ''} | ${row.variant} | ${number(row.median, scenario.unit)} | ±${(row.spread * 100).toFixed(0)}% | ${ratios} | ${extra(row, scenario.unit)} |`,
      );
    }
  }
  return lines.join('\n');
}
