/**
 * Sets `key` in an isolate-wide map kept to `max` entries: the key moves to the newest place, and
 * the oldest entry goes when the map is full. For per-isolate memory of many keys (leases, clean
 * addresses) that must not grow without bound.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  if (map.size >= max) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
}
