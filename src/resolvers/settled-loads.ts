import type DataLoader from 'dataloader';
import { entryOf } from '../db/map-entry';

/**
 * Per loader (loaders live one request), the answers its cache holds already resolved. A
 * DataLoader answers a cached key with a promise all the same, and every promise a field returns
 * costs graphql-js a round of microtasks and its object a `Promise.all` (promiseForObject): a
 * thread page's senders and recipients, read with the page, made every message complete late.
 */
const settled = new WeakMap<object, Map<unknown, unknown>>();

/**
 * Primes `loader` with `value` for `key`, and records what its cache then answers for the key
 * (prime never overwrites: a key loaded before keeps its first answer), so `settledValue` can
 * hand that answer over as it is. DataLoader answers a cached key with its next dispatch, in the
 * tick the page arrives: the fields of the page's rows find the record when graphql-js reaches
 * them; one that comes earlier takes the loader's promise, the same answer.
 */
export function primeSettled<K, V>(loader: DataLoader<K, V>, key: K, value: V): void {
  loader.prime(key, value);
  loader.load(key).then(
    (answer) => {
      entryOf(settled, loader, () => new Map()).set(key, answer);
    },
    // A key that failed before keeps failing through `load`, as it would without this record.
    () => undefined,
  );
}

/** The loader's settled answer for `key`, or undefined when only `load` can give it. */
export function settledValue<K, V>(loader: DataLoader<K, V>, key: K): V | undefined {
  return settled.get(loader)?.get(key) as V | undefined;
}

/** The loader's answer for `key`: the value itself when settled, its promise otherwise. */
export function settledLoad<K, V>(loader: DataLoader<K, V>, key: K): V | Promise<V> {
  const value = settledValue(loader, key);
  return value === undefined ? loader.load(key) : value;
}

/**
 * Per loader, rows read with only the columns one selection needs (a page's join), by the
 * selection's field node and the row's id. They never enter the loader's cache: another field
 * asking for the same row may need other columns.
 */
const partial = new WeakMap<object, WeakMap<object, Map<unknown, unknown>>>();

/** Records `row` (part of a row of `loader`'s) for the fields `selections` (field nodes). */
export function keepPartial<K>(
  loader: DataLoader<K, unknown>,
  selections: readonly object[],
  key: K,
  row: unknown,
): void {
  const bySelection = entryOf(partial, loader, () => new WeakMap());
  for (const selection of selections) {
    entryOf(bySelection, selection, () => new Map()).set(key, row);
  }
}

/** The row kept for the field `selection` (its first field node) and `key`, if any. */
export function partialValue<K, V>(
  loader: DataLoader<K, V>,
  selection: object | undefined,
  key: K,
): V | undefined {
  if (!selection) return undefined;
  return partial.get(loader)?.get(selection)?.get(key) as V | undefined;
}
