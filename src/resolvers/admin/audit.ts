import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import type { Db } from '../../db/client';
import { auditLogs } from '../../db/tables';
import { insertWhere } from '../conditional-insert';
import { newId, nowIso } from '../ids';
import { insertSelect } from '../threads/sql-helpers';

export type AuditLogRow = typeof auditLogs.$inferSelect;

export interface AuditInput {
  /** What was done, as `subject.verb` (`system_setting.update`, `user.inbox.read`...). */
  action: string;
  /** The GraphQL type of the thing acted on (`Workspace`, `User`...). */
  targetType: string;
  /** Its row id (as stored, not the global ID). */
  targetId: string;
  /** What changed (from/to) or what was read: stored as JSON. */
  changes?: unknown;
}

function auditRow(ctx: Context, input: AuditInput): AuditLogRow {
  return {
    id: newId('aud'),
    actorId: viewerUserId(ctx.viewer),
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    changesJson: input.changes === undefined ? null : JSON.stringify(input.changes),
    requestId: ctx.requestId,
    createdAt: nowIso(),
  };
}

/**
 * The audit row of an admin action, as an insert to put IN THE SAME `db.batch` as the change:
 * D1 runs a batch as one transaction, so either both are written or neither is.
 */
export function auditEntry(ctx: Context, input: AuditInput) {
  return ctx.db.insert(auditLogs).values(auditRow(ctx, input));
}

/**
 * Like `auditEntry`, for a batch whose change is conditional (`UPDATE ... WHERE <still true>`):
 * the row is written only when the statement just before it in the batch changed a row
 * (SQLite's `changes()` reports the previous statement of the same connection, and a D1 batch
 * runs its statements in order on one connection). A change that did not apply leaves no trace.
 */
export function auditIfChanged(ctx: Context, input: AuditInput) {
  return auditWhere(ctx, input, sql`changes() > 0`);
}

/**
 * Like `auditEntry`, written only while `condition` holds when the statement runs (its place in
 * the batch decides what it sees). `changesJson`, when given, is SQL computed by that statement
 * (what the next statement is about to change, say), instead of `input.changes`.
 */
export function auditWhere(ctx: Context, input: AuditInput, condition: SQL, changesJson?: SQL) {
  const row = auditRow(ctx, input);
  return insertWhere(ctx.db, auditLogs, changesJson ? { ...row, changesJson } : row, condition);
}

/**
 * The audit row of a scheduled job's change (no viewer, no request): like `auditIfChanged`, it
 * is written only when the statement just before it in the batch changed rows, and it records
 * how many (`changes()`, as `details[countKey]`), so one row tells what one run of the job did.
 */
export function jobAuditOfChanges(
  db: Db,
  input: { action: string; targetType: string; countKey: string; details: object },
) {
  return insertWhere(
    db,
    auditLogs,
    {
      id: newId('aud'),
      actorId: null,
      action: input.action,
      targetType: input.targetType,
      targetId: null,
      changesJson: sql`json_set(${JSON.stringify(input.details)}, ${`$.${input.countKey}`}, changes())`,
      requestId: null,
      createdAt: nowIso(),
    },
    sql`changes() > 0`,
  );
}

/**
 * Audit rows of something the system did on its own (the cron, a queue consumer): no actor and
 * no request. One row per row that `from` (a FROM ... WHERE tail) selects; `targetId` and
 * `changes` may be SQL over those rows. Put it in the same batch as the change, before it, with
 * the change's own condition, so it records exactly the rows the change touches.
 */
export function systemAuditRows(
  db: Db,
  entry: { action: string; targetType: string; targetId: SQL | SQLiteColumn; changes: SQL },
  from: SQL,
  now: string,
) {
  return insertSelect(
    db,
    auditLogs,
    {
      id: sql`'aud_' || lower(hex(randomblob(10)))`,
      actorId: null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      changesJson: entry.changes,
      requestId: null,
      createdAt: now,
    },
    from,
  );
}
