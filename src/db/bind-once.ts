/**
 * D1 caps a statement at 100 bound parameters, and drizzle binds a value once per place it is
 * used: a visibility rule names the viewer five or six times, a keyset cursor repeats its values
 * for each order term. Rewritten with numbered parameters (`?N`, which D1 and SQLite accept),
 * each distinct value is bound once, so a loader's 80 keys leave room for any filter, cursor
 * and order (the worst case bound 98 before).
 *
 * Returns null when no value repeats (the statement is sent as written).
 */
export function bindOnce(
  query: string,
  values: readonly unknown[],
): { query: string; values: unknown[] } | null {
  const firstIndex = new Map<unknown, number>();
  const unique: unknown[] = [];
  const slot: number[] = [];
  for (const value of values) {
    // Only plain values compare by value: a blob (ArrayBuffer) is bound where it stands.
    const key =
      typeof value === 'object' && value !== null ? Symbol() : `${typeof value}:${String(value)}`;
    let index = firstIndex.get(key);
    if (index === undefined) {
      unique.push(value);
      index = unique.length;
      firstIndex.set(key, index);
    }
    slot.push(index);
  }
  if (unique.length === values.length) return null;
  let rewritten = '';
  let param = 0;
  let quote: string | null = null;
  for (let i = 0; i < query.length; i++) {
    const char = query[i] as string;
    if (quote) {
      // Inside a string literal or a quoted name: a doubled quote is an escaped one.
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
    } else if (char === '?' && !/[0-9]/.test(query[i + 1] ?? '')) {
      const index = slot[param];
      // More placeholders than values: not ours to rewrite, let D1 say what is wrong.
      if (index === undefined) return null;
      rewritten += `?${index}`;
      param += 1;
      continue;
    }
    rewritten += char;
  }
  if (param !== values.length) return null;
  return { query: rewritten, values: unique };
}
