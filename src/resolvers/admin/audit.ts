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
  return insertWhere(ctx.db, auditLogs, auditRow(ctx, input), sql`changes() > 0`);
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
