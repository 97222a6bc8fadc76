/**
 * Whether an `Accept` header admits `mediaType` (RFC 9110 §12.5.1): the most specific range
 * that covers it decides (`text/event-stream` over `text/*` over `*\/*`), and a range with
 * `q=0` means "not acceptable". No header (or an empty one) admits anything.
 */
export function admits(accept: string | null, mediaType: string): boolean {
  if (accept === null || accept.trim() === '') return true;
  const [type, subtype] = mediaType.split('/');
  let best: { specificity: number; q: number } | null = null;
  for (const range of accept.split(',')) {
    const [name = '', ...params] = range.split(';');
    const [rangeType, rangeSubtype] = name.trim().toLowerCase().split('/');
    const specificity =
      rangeType === type && rangeSubtype === subtype
        ? 2
        : rangeType === type && rangeSubtype === '*'
          ? 1
          : rangeType === '*' && rangeSubtype === '*'
            ? 0
            : -1;
    if (specificity < 0 || (best && best.specificity > specificity)) continue;
    const q = qualityOf(params);
    // Of two ranges as specific, the one that admits wins (a repeated range is a client's slip).
    if (!best || specificity > best.specificity || q > best.q) best = { specificity, q };
  }
  return best !== null && best.q > 0;
}

/** A range's `q` parameter (1 when absent; an unreadable one counts as 1, as if absent). */
function qualityOf(params: readonly string[]): number {
  for (const param of params) {
    const [key, value] = param.split('=').map((part) => part.trim().toLowerCase());
    if (key !== 'q' || value === undefined) continue;
    return /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : 1;
  }
  return 1;
}
