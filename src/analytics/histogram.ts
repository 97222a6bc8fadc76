/**
 * The duration histogram kept in every operation rollup: fixed log-scale buckets, so rows of
 * different hours, clients and deliveries add up column by column, and a percentile over any
 * range is read from the summed counts without keeping raw durations.
 *
 * Bucket 0 holds durations up to 1 ms; bucket i (1-16) holds (2^(i-1), 2^i] ms; bucket 17
 * everything above 65,536 ms. A percentile read from them is exact to within its bucket's width.
 */
export const DURATION_BUCKETS = 18;

/** Upper bound (ms, inclusive) of each bucket; the last is open. */
export const BUCKET_UPPER_MS: readonly number[] = Array.from(
  { length: DURATION_BUCKETS },
  (_, i) => (i === DURATION_BUCKETS - 1 ? Number.POSITIVE_INFINITY : 2 ** i),
);

/** Lower bound (ms, exclusive) of each bucket: 0 for bucket 0. */
export function bucketLowerMs(index: number): number {
  return index === 0 ? 0 : 2 ** (index - 1);
}

/** The bucket a duration (ms) falls in. */
export function bucketOf(durationMs: number): number {
  if (!(durationMs > 1)) return 0;
  return Math.min(DURATION_BUCKETS - 1, Math.ceil(Math.log2(durationMs)));
}

/** The column names, in bucket order: d0 ... d17. */
export const BUCKET_COLUMNS: readonly string[] = Array.from(
  { length: DURATION_BUCKETS },
  (_, i) => `d${i}`,
);

/**
 * The q-quantile (0 < q <= 1) of the durations counted in `counts`: the bucket holding the
 * ceil(q * n)-th duration, interpolated linearly inside it (the open last bucket answers the
 * largest duration seen, `maxMs`). Null when nothing was counted.
 */
export function percentileMs(counts: readonly number[], q: number, maxMs: number): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let below = 0;
  for (let index = 0; index < counts.length; index += 1) {
    const count = counts[index] ?? 0;
    if (below + count >= rank) {
      const lower = bucketLowerMs(index);
      const upper = Math.min(BUCKET_UPPER_MS[index] ?? maxMs, maxMs);
      if (upper <= lower) return upper;
      return lower + ((rank - below) / count) * (upper - lower);
    }
    below += count;
  }
  return maxMs;
}
