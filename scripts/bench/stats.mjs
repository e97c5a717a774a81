// Small helpers shared by the benchmark's measurements.

/** The median of the finite numbers in `values`; null when there are none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds to one decimal. */
export const round1 = (ms) => Math.round(ms * 10) / 10;

/** The first line of an error's message, for a figure that could not be measured. */
export const message = (error) => (error instanceof Error ? error.message.split('\n')[0] : String(error));
