import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../auth/viewer';
import type { Context } from '../context';
import { lists, rooms, workItems } from '../db/tables';
import {
  ConflictError,
  type FieldIssue,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from './errors';
import { holds } from './sql-helpers';
import { workItemEditableBy, workItemVisibleTo } from './visibility';
import { firstHidden, type Target, visibleTarget } from './visible-targets';
import { ANY_ROLE, hasWorkspaceRole } from './work-access';
import type { WorkItemRow } from './work-items';

/**
 * Reads a work item for a change: NotFound when the viewer cannot see it (so its existence is not
 * told), Forbidden when they see it but may not change it (`owner`: only its owner may).
 */
export async function itemForChange(
  ctx: Context,
  itemId: string,
  who: 'editor' | 'owner' = 'editor',
): Promise<WorkItemRow> {
  const allowed =
    who === 'owner'
      ? sql`${workItems.ownerId} = ${viewerUserId(ctx.viewer) ?? ''}`
      : workItemEditableBy(ctx);
  const [row] = await ctx.reads.read(
    ctx.db
      .select({
        ...getTableColumns(workItems),
        allowed: sql<number>`case when ${allowed} then 1 else 0 end`,
      })
      .from(workItems)
      .where(and(eq(workItems.id, itemId), workItemVisibleTo(ctx))),
  );
  if (!row) throw new NotFoundError('WorkItem', itemId);
  const { allowed: isAllowed, ...item } = row;
  if (Number(isAllowed) !== 1) {
    throw new ForbiddenError(
      who === 'owner'
        ? 'Only the owner of a work item may do this.'
        : 'Only the owner, the assignee and the workspace owners and admins change a work item.',
    );
  }
  return item;
}

/**
 * The WHERE of a write to `item`: still visible to and editable by the viewer, and unchanged
 * since it was read (optimistic concurrency on updated_at), all decided by SQLite in the write.
 */
export function changeGuard(ctx: Context, item: WorkItemRow, ...extra: (SQL | undefined)[]) {
  return and(
    eq(workItems.id, item.id),
    eq(workItems.updatedAt, item.updatedAt),
    workItemVisibleTo(ctx),
    workItemEditableBy(ctx),
    ...extra,
  );
}

/** Runs one guarded UPDATE ... RETURNING in a batch; a guard that no longer holds is a conflict. */
export async function updateItem(
  ctx: Context,
  item: WorkItemRow,
  set: Partial<WorkItemRow>,
  ...extra: (SQL | undefined)[]
): Promise<WorkItemRow> {
  const [rows] = await ctx.db.batch([
    ctx.db
      .update(workItems)
      .set(set)
      .where(changeGuard(ctx, item, ...extra))
      .returning(),
  ]);
  const updated = rows[0];
  if (!updated)
    throw new ConflictError('The work item changed meanwhile; read it again and retry.');
  return updated;
}

/** SQL: the room exists in the workspace (a column or an id) and is not archived. */
function roomInWorkspace(roomId: string, workspaceId: string | SQLiteColumn): SQL {
  return sql`exists (select 1 from ${rooms} where ${rooms.id} = ${roomId} and ${rooms.workspaceId} = ${workspaceId} and ${rooms.isArchived} = 0)`;
}

/** SQL: the list exists in the workspace. */
function listInWorkspace(listId: string, workspaceId: string | SQLiteColumn): SQL {
  return sql`exists (select 1 from ${lists} where ${lists.id} = ${listId} and ${lists.workspaceId} = ${workspaceId})`;
}

/** SQL: the user is a member (any role) of the workspace. */
const memberOfWorkspace = (userId: string, workspaceId: string | SQLiteColumn): SQL =>
  hasWorkspaceRole(workspaceId, userId, ANY_ROLE);

export interface ItemLinks {
  roomId?: string | null;
  listId?: string | null;
  assigneeId?: string | null;
}

interface LinkRule extends Target {
  /** SQL: the target belongs to the item's workspace (and a room is open). */
  fits: SQL;
  issue: FieldIssue;
}

// Each link a work item has: the entity its id names, the SQL that it belongs to the item's
// workspace (a room must also be open), and what to tell a viewer who sees it but elsewhere.
const LINKS = [
  { key: 'roomId', entity: 'Room', fits: roomInWorkspace, issue: 'an open room' },
  { key: 'listId', entity: 'List', fits: listInWorkspace, issue: 'a list' },
  { key: 'assigneeId', entity: 'User', fits: memberOfWorkspace, issue: 'a member' },
] as const;

/** The rules of each link given: whom it must be visible to, where it must belong. */
function linkRules(links: ItemLinks, workspaceId: string | SQLiteColumn): LinkRule[] {
  return LINKS.flatMap(({ key, entity, fits, issue }) => {
    const id = links[key];
    if (!id) return [];
    const field = `input.${key}`;
    return [
      {
        entity,
        id,
        fits: fits(id, workspaceId),
        issue: { field, message: `must be ${issue} of the item's workspace.` },
      },
    ];
  });
}

/**
 * What is wrong with the room, list and assignee a work item is being pointed at, read in one
 * round trip; null when nothing. Each must be visible to the viewer by the rule of its own reads
 * (else a NotFoundError, worded as for an id that does not exist: a hidden quest list is not told
 * apart from a missing one), then belong to the item's workspace (else a ValidationError: the
 * viewer sees that target anyway). `kept` are the item's own room, list or workspace that a new
 * scope starts to use: visible only (an archived room the item is already in stays allowed).
 */
export async function linkProblem(
  ctx: Context,
  workspaceId: string,
  links: ItemLinks,
  kept: readonly Target[] = [],
): Promise<NotFoundError | ValidationError | null> {
  const rules = linkRules(links, workspaceId);
  const [hidden, fits] = await Promise.all([
    firstHidden(ctx, [...rules, ...kept]),
    Promise.all(rules.map((rule) => holds(ctx, rule.fits))),
  ]);
  if (hidden) return hidden;
  const issues = rules.filter((_, index) => !fits[index]).map((rule) => rule.issue);
  return issues.length > 0 ? new ValidationError(issues) : null;
}

/** The SQL of `linkProblem` for the write's WHERE: every check holds again, or nothing is written. */
export function linkGuards(
  ctx: Context,
  workspaceId: string | SQLiteColumn,
  links: ItemLinks,
  kept: readonly Target[] = [],
): SQL[] {
  return [
    ...linkRules(links, workspaceId).flatMap((rule) => [visibleTarget(ctx, rule), rule.fits]),
    ...kept.map((target) => visibleTarget(ctx, target)),
  ];
}
