import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditLogs } from '../../db/tables';
import { ValidationError } from '../errors';
import type { KeysetQuery } from '../pagination/keyset';

export interface AuditLogFilter {
  actorId?: string | null;
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Inclusive lower bound (ISO-8601 UTC). */
  from?: string | null;
  /** Exclusive upper bound (ISO-8601 UTC). */
  to?: string | null;
}

function checked(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (value.length > 200) throw ValidationError.of(field, 'must be at most 200 characters.');
  return value;
}

/** The audit trail, newest first, filtered by actor, action, target and a time range. */
export function auditLogsQuery(filter: AuditLogFilter): KeysetQuery<typeof auditLogs> {
  const conditions: (SQL | undefined)[] = [];
  const action = checked('filter.action', filter.action);
  const targetType = checked('filter.targetType', filter.targetType);
  const targetId = checked('filter.targetId', filter.targetId);
  if (filter.actorId) conditions.push(eq(auditLogs.actorId, filter.actorId));
  if (action) conditions.push(eq(auditLogs.action, action));
  if (targetType) conditions.push(eq(auditLogs.targetType, targetType));
  if (targetId) conditions.push(eq(auditLogs.targetId, targetId));
  if (filter.from && filter.to && filter.from >= filter.to) {
    throw ValidationError.of('filter.to', 'must be later than filter.from.');
  }
  if (filter.from) conditions.push(gte(auditLogs.createdAt, filter.from));
  if (filter.to) conditions.push(lt(auditLogs.createdAt, filter.to));
  return {
    table: auditLogs,
    where: and(...conditions),
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
}
