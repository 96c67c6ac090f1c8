/** Summary statistics of a benchmark figure: every figure is reported as median and p95 of its samples. */
export interface Figure {
  median: number;
  p95: number;
  min: number;
  max: number;
  /** how many samples the figure summarises (requests, runs, trials …) */
  n: number;
}

/**
 * The p-th percentile (0–100) of sorted values, linearly interpolated between the closest ranks (the
 * "R-7" definition used by NumPy and spreadsheets), so a median of an even count is the mean of the middle two.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (rank - low);
}

/** Median, p95, range and count of the samples, rounded to `digits` decimals; null when there are none. */
export function summarize(samples: readonly number[], digits = 2): Figure | null {
  const values = samples.filter((v) => Number.isFinite(v));
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const list = Array.from(sorted);
  const round = (v: number) => Number(v.toFixed(digits));
  return {
    median: round(percentile(list, 50)),
    p95: round(percentile(list, 95)),
    min: round(list[0] ?? Number.NaN),
    max: round(list[list.length - 1] ?? Number.NaN),
    n: values.length,
  };
}
