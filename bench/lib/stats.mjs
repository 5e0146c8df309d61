// Latency summaries: nearest-rank percentiles over the measured requests.

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(values) {
  if (values.length === 0) return { n: 0, p50: null, p95: null, mean: null, min: null, max: null };
  const round = (x) => Math.round(x * 100) / 100;
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    mean: round(values.reduce((sum, x) => sum + x, 0) / values.length),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

/** a / b rounded to two decimals, or null when either is missing. */
export function ratio(a, b) {
  if (a == null || b == null || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}
