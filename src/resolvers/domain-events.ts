import { encodeGlobalID } from '@pothos/plugin-relay';
import { is, SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client';
import { type DomainEventType, domainEvents } from '../db/tables';
import { insertWhere } from './conditional-insert';
import { nowIso } from './ids';
import { insertSelect } from './threads/sql-helpers';

/** A value known in JavaScript, or SQL computed by the statement (a column of its FROM...). */
type Value = string | null | SQL | SQLiteColumn;

/** One event: what happened, in which scopes, to what, by whom. */
export interface DomainEventInput {
  type: DomainEventType;
  workspaceId?: Value;
  threadId?: Value;
  /** The user the event is for or about (the inbox's owner, the member added or removed...). */
  userId?: Value;
  /** The subject's global ID: `subject(typename, id)`, or `subjectSql` over a row's column. */
  subjectId: string | SQL;
  /** Who did it; null for the system (the cron). */
  actorId: Value;
  /**
   * Kept small: ids and the names of changed fields, never whole rows or secrets (subscribers
   * read the subject itself, under their own visibility rules). SQL when the statement knows it.
   */
  payload?: Record<string, unknown> | SQL;
}

/** The subject's global ID, as the schema encodes it. */
export const subject = (typename: string, id: string) => encodeGlobalID(typename, id);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Global IDs are `Typename:id` in base64: ids up to 64 characters, typenames well under 56. */
const MAX_GLOBAL_ID_BYTES = 120;

/**
 * The global ID of `typename` and a row id known only inside the statement (a column of its
 * FROM), in SQL: the same base64 as `encodeGlobalID`, computed 3 bytes (6 hex digits) at a time.
 */
export function subjectSql(typename: string, id: SQL | SQLiteColumn): SQL {
  const hexOf = sql`hex(${typename} || ':' || ${id})`;
  const digit = (k: number) =>
    sql`(instr('0123456789ABCDEF', substr(${hexOf}, g.i + ${sql.raw(String(k + 1))}, 1)) - 1)`;
  // SQLite gives << and | the same precedence: every shift is in parentheses.
  const group = sql`((${digit(0)} << 20) | (${digit(1)} << 16) | (${digit(2)} << 12) | (${digit(3)} << 8) | (${digit(4)} << 4) | ${digit(5)})`;
  const char = (shift: number) =>
    sql`substr(${BASE64}, ((v >> ${sql.raw(String(shift))}) & 63) + 1, 1)`;
  const padding = sql`((3 - (length(${hexOf}) / 2) % 3) % 3)`;
  return sql`(with recursive g(i) as (select 0 union all select i + 6 from g where i + 6 < ${MAX_GLOBAL_ID_BYTES * 2}) select substr(group_concat(c, ''), 1, length(group_concat(c, '')) - ${padding}) || substr('==', 1, ${padding}) from (select ${char(18)} || ${char(12)} || ${char(6)} || ${char(0)} as c from (select g.i as i, ${group} as v from g where g.i < length(${hexOf})) order by i))`;
}

/**
 * What every event INSERT returns: the ids and scopes of the rows it appended, so the request's
 * counted D1 binding (src/db/d1-stats.ts) learns them from the batch's own answer and publishes
 * them after commit (src/realtime/publish.ts), without another statement.
 */
const APPENDED_COLUMNS = {
  id: domainEvents.id,
  type: domainEvents.type,
  workspaceId: domainEvents.workspaceId,
  threadId: domainEvents.threadId,
  userId: domainEvents.userId,
};

function eventRow(event: DomainEventInput) {
  const { payload = {} } = event;
  return {
    // AUTOINCREMENT: SQLite assigns the next id.
    id: sql`null`,
    type: event.type,
    workspaceId: event.workspaceId ?? null,
    threadId: event.threadId ?? null,
    userId: event.userId ?? null,
    subjectId: event.subjectId,
    actorId: event.actorId,
    payload: is(payload, SQL) ? payload : JSON.stringify(payload),
    createdAt: nowIso(),
  };
}

/**
 * The event of a change, as an INSERT to put IN THE SAME `db.batch` as the change (D1 runs a
 * batch as one transaction: a failed batch leaves neither), right AFTER the change's statement:
 * by default it is written only when that statement changed a row (`changes()` reports the
 * previous statement of the batch's connection), so a refused write, or a conditional one that
 * lost a race, leaves no event. `condition` replaces that test when the change is not the
 * statement just before (say, "the row this batch inserted exists").
 */
export function domainEvent(db: Db, event: DomainEventInput, condition: SQL = sql`changes() > 0`) {
  // Values known in JavaScript, or SQL: a column needs a FROM, which only `domainEventsFrom` has.
  const row = eventRow(event) as unknown as Parameters<typeof insertWhere<typeof domainEvents>>[2];
  return insertWhere(db, domainEvents, row, condition).returning(APPENDED_COLUMNS);
}

/**
 * One event per row that `from` (a `FROM ... WHERE` tail) selects, for changes of many rows at
 * once (the cron expiring invites...). Values may be columns of that FROM. Put it BEFORE the
 * change, with the change's own condition, so it records exactly the rows the change touches.
 */
export function domainEventsFrom(db: Db, event: DomainEventInput, from: SQL) {
  return insertSelect(db, domainEvents, eventRow(event), from).returning(APPENDED_COLUMNS);
}
