import { sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { auditLogs, users, workspaces } from '../../db/tables';
import { type GroupRow, tableGroups } from '../filters/group';
import type { OrderByInput } from '../filters/order';
import { type FilterSpec, withWhereAndOrder } from '../filters/query';
import { compileWhere, type WhereInput } from '../filters/where';
import type { KeysetQuery } from '../pagination/keyset';

// What the admin lists may filter, sort and group by (admins see every row: no visibility rule
// beyond the `admin` scope of the fields). A user's email is not among them: reading it is
// audited per user (AdminUserProfile.email), and a filter would read it unaudited.

export const ADMIN_USER_FILTERS: FilterSpec = {
  fields: {
    displayName: { column: users.displayName, kind: 'text' },
    status: { column: users.status, kind: 'enum', values: ['active', 'suspended', 'deleted'] },
    createdAt: { column: users.createdAt, kind: 'time' },
    updatedAt: { column: users.updatedAt, kind: 'time' },
  },
  order: {
    createdAt: { key: 'createdAt', column: users.createdAt },
    updatedAt: { key: 'updatedAt', column: users.updatedAt },
    displayName: { key: 'displayName', column: users.displayName },
  },
};

/** What users group by in `adminUserStats`. */
export const ADMIN_USER_DIMENSIONS = {
  status: sql`${users.status}`,
  // The Monday (UTC) of the week the account was made.
  createdWeek: sql`date(${users.createdAt}, '-6 days', 'weekday 1')`,
  createdMonth: sql`strftime('%Y-%m', ${users.createdAt})`,
};

export const ADMIN_WORKSPACE_FILTERS: FilterSpec = {
  fields: {
    name: { column: workspaces.name, kind: 'text' },
    slug: { column: workspaces.slug, kind: 'text' },
    owner: { column: workspaces.ownerId, kind: 'id', typename: 'User' },
    createdAt: { column: workspaces.createdAt, kind: 'time' },
    updatedAt: { column: workspaces.updatedAt, kind: 'time' },
  },
  order: {
    createdAt: { key: 'createdAt', column: workspaces.createdAt },
    updatedAt: { key: 'updatedAt', column: workspaces.updatedAt },
    name: { key: 'name', column: workspaces.name },
  },
};

export const AUDIT_LOG_FILTERS: FilterSpec = {
  fields: {
    actor: { column: auditLogs.actorId, kind: 'id', typename: 'User', nullable: true },
    action: { column: auditLogs.action, kind: 'text' },
    targetType: { column: auditLogs.targetType, kind: 'text', nullable: true },
    targetId: { column: auditLogs.targetId, kind: 'text', nullable: true },
    createdAt: { column: auditLogs.createdAt, kind: 'time' },
  },
  order: {
    createdAt: { key: 'createdAt', column: auditLogs.createdAt },
    action: { key: 'action', column: auditLogs.action },
  },
};

/** `adminUserStats`: accounts counted by status, week or month of creation. */
export function adminUserStats(
  ctx: Context,
  args: { where?: WhereInput | null; groupBy: readonly string[] },
): Promise<GroupRow[]> {
  const where = compileWhere(ADMIN_USER_FILTERS.fields, args.where);
  return tableGroups(
    ctx,
    { table: users, where: where.sql, dimensions: ADMIN_USER_DIMENSIONS },
    args.groupBy,
  );
}

/** `adminUsers`: every account, oldest first unless `orderBy` says otherwise. */
export function adminUsersQuery(args: {
  where?: WhereInput | null;
  orderBy?: readonly OrderByInput[] | null;
}): KeysetQuery<typeof users> {
  return withWhereAndOrder(
    {
      table: users,
      order: [
        { key: 'createdAt', direction: 'asc' },
        { key: 'id', direction: 'asc' },
      ],
    },
    ADMIN_USER_FILTERS,
    args,
  );
}
