import { and, eq, or, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Context } from '../../context';
import type { ReadBatcher } from '../../db/read-batcher';
import { inboxItems, users, workItems } from '../../db/tables';
import { type ConnectionArgs, parsePageArgs } from '../pagination/args';
import type { KeysetQuery } from '../pagination/keyset';
import { loadRootPage } from '../pagination/load-page';
import { type AuditInput, auditEntry } from './audit';

export type AdminWorkItemRow = typeof workItems.$inferSelect;
export type AdminInboxItemRow = typeof inboxItems.$inferSelect;
type VisibilityScope = AdminWorkItemRow['visibilityScope'];

interface Captured {
  query: BatchItem<'sqlite'>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * Runs `read` with its statements captured, then sends them in ONE `db.batch` after the audit
 * row: the read of private data and its record are a single transaction, whatever the read
 * batcher's mode. `read` must issue its statements synchronously (the pagination helpers do);
 * when it fails before reading (bad arguments) nothing is read and nothing is recorded.
 */
export async function readAudited<T>(
  ctx: Context,
  audit: AuditInput,
  read: (ctx: Context) => Promise<T>,
): Promise<T> {
  const captured: Captured[] = [];
  let sent = false;
  const reads = {
    // Reads issued after the audited batch left (none today) take the ordinary path.
    read: (query: BatchItem<'sqlite'> & PromiseLike<unknown>) =>
      sent
        ? ctx.reads.read(query)
        : new Promise((resolve, reject) => captured.push({ query, resolve, reject })),
  } as unknown as ReadBatcher;
  // Inherits the resolver's context (Yoga's, over ours): a spread would copy only its own fields.
  const result = read(Object.assign(Object.create(ctx) as Context, { reads }));
  if (captured.length === 0) return result;
  sent = true;
  try {
    const [, ...results] = await ctx.db.batch([
      auditEntry(ctx, audit),
      ...captured.map((item) => item.query),
    ]);
    for (const [index, value] of results.entries()) captured[index]?.resolve(value);
  } catch (error) {
    for (const item of captured) item.reject(error);
  }
  return result;
}

/** A user's account row, for the admin profile (public fields; no audit). */
export async function loadAdminUser(ctx: Context, userId: string) {
  const rows = await ctx.reads.read(ctx.db.select().from(users).where(eq(users.id, userId)));
  return rows[0] ?? null;
}

/** The user's email, read with an audit row. */
export function auditedEmail(ctx: Context, userId: string): Promise<string | null> {
  return readAudited(
    ctx,
    { action: 'user.email.read', targetType: 'User', targetId: userId },
    async (c) => {
      const rows = await c.reads.read(
        c.db.select({ email: users.email }).from(users).where(eq(users.id, userId)),
      );
      return rows[0]?.email ?? null;
    },
  );
}

/** Every work item the user owns or is assigned to, whatever its visibility: audited. */
export function auditedWorkItems(
  ctx: Context,
  userId: string,
  args: ConnectionArgs,
  visibilityScope: VisibilityScope | null | undefined,
) {
  const query: KeysetQuery<typeof workItems> = {
    table: workItems,
    where: and(
      or(eq(workItems.ownerId, userId), eq(workItems.assigneeId, userId)),
      // `+`: found through the owner and assignee indexes, not every item of the scope.
      visibilityScope ? sql`+${workItems.visibilityScope} = ${visibilityScope}` : undefined,
    ),
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
  parsePageArgs(args, query.order.length);
  return readAudited(
    ctx,
    {
      action: 'user.work_items.read',
      targetType: 'User',
      targetId: userId,
      changes: { args, visibilityScope: visibilityScope ?? null },
    },
    (c) => loadRootPage(c, args, query),
  );
}

/** The user's inbox, newest first: audited. */
export function auditedInbox(
  ctx: Context,
  userId: string,
  args: ConnectionArgs,
  unreadOnly: boolean,
) {
  const query: KeysetQuery<typeof inboxItems> = {
    table: inboxItems,
    where: and(
      eq(inboxItems.userId, userId),
      unreadOnly ? eq(inboxItems.isRead, false) : undefined,
    ),
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
  parsePageArgs(args, query.order.length);
  return readAudited(
    ctx,
    {
      action: 'user.inbox.read',
      targetType: 'User',
      targetId: userId,
      changes: { args, unreadOnly },
    },
    (c) => loadRootPage(c, args, query),
  );
}
