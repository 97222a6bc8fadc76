// Dates as clients send them: checked against the calendar, not only the shape. `new Date`
// rolls an impossible day over (2026-02-30 becomes 2026-03-02), so a date that does not exist
// would be stored as one the client never sent.

// ISO-8601 with a time and an explicit zone: what D1 stores, in UTC.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` has the shape of an ISO-8601 date and time with a zone (real or not). */
export const isDateTimeShaped = (value: string): boolean =>
  value.length <= 40 && ISO_DATE_TIME.test(value);

/** Whether year, month (1-12) and day name a day of the calendar (leap years included). */
function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * An ISO-8601 date and time with a zone, like 2026-01-31T09:30:00Z, in the canonical UTC form
 * D1 stores; null when it is not of that shape, names a moment that does not exist (February
 * 30th, 24:00, a 61st second, a zone past 23:59), or falls outside years 0001 to 9999.
 */
export function canonicalDateTime(value: string): string | null {
  const match = value.length <= 40 ? ISO_DATE_TIME.exec(value) : null;
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0, zoneHours = 0, zoneMinutes = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (!dayExists(year as number, month as number, day as number)) return null;
  if ((hour as number) > 23 || (minute as number) > 59 || second > 59) return null;
  if (zoneHours > 23 || zoneMinutes > 59) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  // Stored text sorts as time only with four-digit years: a zone can push 9999-12-31 into
  // "+010000-..." or 0000-01-01 into "-000001-...". The last millisecond of 9999 is the
  // gateway's own "no due date" (it sorts after every real one), so it is not a client's.
  return iso.length === 24 && iso >= FIRST_MOMENT && iso < NO_MOMENT ? iso : null;
}

/** The first moment a DateTime may name. */
export const FIRST_MOMENT = '0001-01-01T00:00:00.000Z';
/** Past every moment a DateTime may name: what an unset date sorts as (src/resolvers/work-items). */
export const NO_MOMENT = '9999-12-31T23:59:59.999Z';

/** Whether `value` is a day of the calendar written YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  return match !== null && dayExists(Number(match[1]), Number(match[2]), Number(match[3]));
}
