import { setBounded } from './bounded-map';

/**
 * A string literal, a quoted name (a doubled quote inside one reads as two literals side by
 * side: nothing between them is lost), or a bare `?`: scanned by the regex engine, not a loop
 * over each character in JavaScript (a page statement is a few kilobytes: the loop was 2 % of
 * the thread page's CPU).
 */
const PLACES = /'[^']*'|"[^"]*"|`[^`]*`|\?(?![0-9])/g;

/** Rewritten texts by statement text and the pattern of repeats (see `bindOnce`). */
const rewrites = new Map<string, Map<string, string | null>>();
/**
 * Statement texts kept (a page's text differs by its shape, not by its values), and patterns of
 * repeats kept per text (the viewer's id named in a rule, a cursor's values: few per shape).
 * Texts run to a few kilobytes: at most some megabytes of an isolate's 128.
 */
const MAX_TEXTS = 200;
const MAX_PATTERNS = 4;

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
  // The text depends on the statement and on which values repeat, not on the values: a page's
  // statement comes back with the same repeats for every viewer, and rewriting its few kilobytes
  // each time was 3 % of what the thread page allocated (issue 18).
  const repeats = slot.join(',');
  let byRepeats = rewrites.get(query);
  if (!byRepeats) {
    byRepeats = new Map();
    setBounded(rewrites, query, byRepeats, MAX_TEXTS);
  }
  let rewritten = byRepeats.get(repeats);
  if (rewritten === undefined) {
    rewritten = rewrite(query, slot);
    setBounded(byRepeats, repeats, rewritten, MAX_PATTERNS);
  }
  return rewritten === null ? null : { query: rewritten, values: unique };
}

/** `query` with each `?` numbered by `slot`; null when the placeholders do not match it. */
function rewrite(query: string, slot: readonly number[]): string | null {
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
  if (overflow || param !== slot.length) return null;
  return rewritten;
}
