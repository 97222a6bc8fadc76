/**
 * A string literal, a quoted name (a doubled quote inside one reads as two literals side by
 * side: nothing between them is lost), or a bare `?`: scanned by the regex engine, not a loop
 * over each character in JavaScript (a page statement is a few kilobytes: the loop was 2 % of
 * the thread page's CPU).
 */
const PLACES = /'[^']*'|"[^"]*"|`[^`]*`|\?(?![0-9])/g;

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
  let param = 0;
  let overflow = false;
  const rewritten = query.replace(PLACES, (match) => {
    if (match !== '?') return match;
    const index = slot[param];
    param += 1;
    // More placeholders than values: not ours to rewrite, let D1 say what is wrong.
    if (index === undefined) overflow = true;
    return `?${index}`;
  });
  if (overflow) return null;
  if (param !== values.length) return null;
  return { query: rewritten, values: unique };
}
