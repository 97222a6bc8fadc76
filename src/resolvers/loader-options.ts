/** D1 allows 100 bound parameters per statement: leave room for filters and cursor values. */
export const MAX_KEYS_PER_STATEMENT = 80;

/**
 * Options every loader is built with (per request). The benchmark's naive mode
 * (`LOADER_MODE = "naive"`) sets `maxBatchSize` to 1: one statement per key, the N+1 resolvers
 * batching exists to avoid, measured for contrast.
 */
export const loaderOptions = { maxBatchSize: MAX_KEYS_PER_STATEMENT };

export function applyLoaderMode(env: Env): void {
  loaderOptions.maxBatchSize = env.LOADER_MODE === 'naive' ? 1 : MAX_KEYS_PER_STATEMENT;
}
