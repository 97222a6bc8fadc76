import type { Context } from '../context';

/** D1 allows 100 bound parameters per statement: leave room for filters and cursor values. */
export const MAX_KEYS_PER_STATEMENT = 80;

/**
 * Options every loader is built with: one constant for every request of the isolate. The
 * benchmark's naive mode is a property of the request (`ctx.loaderMode`), applied where keys
 * become statements (`readKeys`), never by changing this object.
 */
export const loaderOptions: { readonly maxBatchSize: number } = Object.freeze({
  maxBatchSize: MAX_KEYS_PER_STATEMENT,
});

/**
 * The results of `read` over a loader batch's keys: one statement for them all, or in the
 * benchmark's naive mode (`LOADER_MODE = "naive"`) one statement per key, the N+1 that batching
 * exists to avoid, measured for contrast.
 */
export async function readKeys<K, R>(
  ctx: Pick<Context, 'loaderMode'>,
  keys: readonly K[],
  read: (keys: readonly K[]) => Promise<readonly R[]>,
): Promise<R[]> {
  const statements = ctx.loaderMode === 'naive' ? keys.map((key) => [key]) : [keys];
  return (await Promise.all(statements.map(read))).flat();
}
