import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * Whether a text column holds `text` anywhere, ASCII letters in either case: what
 * `LIKE '%text%'` matches, without LIKE. D1 refuses a LIKE pattern over 50 bytes ("LIKE or GLOB
 * pattern too complex"), so a filter of 49 characters (or fewer, with escaped `%` and `_`, or
 * accented letters) failed; `instr` takes any length, and user text needs no escaping.
 * `lower` folds ASCII only, as LIKE does.
 */
export function textContains(column: SQL | SQLiteColumn, text: SQL | string): SQL {
  return sql`instr(lower(${column}), lower(${text})) > 0`;
}

/** Whether a text column starts with `text`, ASCII letters in either case (`LIKE 'text%'`). */
export function textStartsWith(column: SQL | SQLiteColumn, text: SQL | string): SQL {
  return sql`instr(lower(${column}), lower(${text})) = 1`;
}
