// Robust summaries for noisy samples: medians and quartiles, never means.

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

/** Median, quartiles and the spread as half the interquartile range relative to the median. */
export function summarize(values) {
  const median = quantile(values, 0.5);
  const p25 = quantile(values, 0.25);
  const p75 = quantile(values, 0.75);
  return { median, p25, p75, spread: median ? (p75 - p25) / 2 / median : 0, n: values.length };
}

/**
 * The ratio of two variants measured in the same rounds: the median of the
 * per-round ratios, so that a burst of load from another process (which
 * slows both samples of a round) cancels out.
 */
export function pairedRatio(values, baseline) {
  return quantile(
    values.map((value, i) => value / baseline[i]),
    0.5,
  );
}
