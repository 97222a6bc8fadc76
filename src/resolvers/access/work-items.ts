import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import { listMembers, roomMembers, workItems } from '../../db/tables';
import { aliased } from '../sql-helpers';
import { MANAGER_ROLES, memberOfWorkspace, workspacesOf } from './membership';
import type { WithViewer } from './viewer-guards';
import { viewerRule } from './viewer-rule';

/** The work_items columns visibility depends on: the table itself, or an alias of it. */
export interface WorkItemVisibilityColumns {
  ownerId: SQLiteColumn;
  assigneeId: SQLiteColumn;
  visibilityScope: SQLiteColumn;
  roomId: SQLiteColumn;
  listId: SQLiteColumn;
  workspaceId: SQLiteColumn;
}

// Aliased: an unaliased inner table would shadow a query over the same table.
const { columns: roomMember, from: roomMemberFrom } = aliased(roomMembers, 'vis_item_room_member');
const { columns: listMember, from: listMemberFrom } = aliased(listMembers, 'vis_item_list_member');

/**
 * SQL: the item is assigned to the user and the user is a member of the item's workspace.
 * Removing a member clears their assignments in the same batch (workspaces/departure.ts); this
 * is the second line, for what that cannot reach: assignments left by removals made before that
 * rule, or a row written around the API (an import, a repair). One more parameter and one
 * more non-correlated subquery (read once per statement) is its whole cost.
 */
function assignedMember(
  item: Pick<WorkItemVisibilityColumns, 'assigneeId' | 'workspaceId'>,
  userId: string,
): SQL {
  return sql`(${item.assigneeId} = ${userId} and ${item.workspaceId} in ${workspacesOf(userId)})`;
}

/**
 * THE rule for who sees a work item (DESIGN.md, "Visibility of a work item"), as SQL over the
 * item's row. The viewer sees it when they own it or are assigned to it (while a member of its
 * workspace, see `assignedMember`), or when its scope is
 *  - `room`: they are a member of the item's room;
 *  - `quest`: they are a member of the item's list (the quest);
 *  - `squad`: they are a member of the item's workspace;
 *  - `private`: nobody else.
 * Anonymous viewers see none; integrator tokens see what their user sees; admins see nothing more
 * here (their reads of others' data go through audited admin fields). Every path that reads work
 * items (node, nodes, each connection, filters, counts) puts this in its WHERE clause, and every
 * write re-checks it.
 */
export function workItemVisibleTo(
  ctx: WithViewer,
  item: WorkItemVisibilityColumns = workItems,
): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  // Scope names are literals in the SQL text, not parameters: D1 caps a statement at 100 bound
  // parameters and connections spend up to 80 of them on parent ids.
  // Each arm is one index lookup (EXPLAIN QUERY PLAN, test/bench/query-plans.test.ts): the
  // viewer's rooms, lists and workspaces are read once (`IN (SELECT ...)` is not correlated) and
  // the items found through room_id, list_id and workspace_id; the unary `+` keeps SQLite off
  // the scope's own index, which would walk every item of that scope in the database. As a WHERE
  // term this is the membership rule above (a NULL room or list reads as not visible).
  return viewerRule('workItemVisibleTo', item, userId, () => {
    const rooms = sql`(select ${roomMember.roomId} from ${roomMemberFrom} where ${roomMember.userId} = ${userId})`;
    const lists = sql`(select ${listMember.listId} from ${listMemberFrom} where ${listMember.userId} = ${userId})`;
    return sql`(${item.ownerId} = ${userId} or ${assignedMember(item, userId)} or (+${item.visibilityScope} = 'room' and ${item.roomId} in ${rooms}) or (+${item.visibilityScope} = 'quest' and ${item.listId} in ${lists}) or (+${item.visibilityScope} = 'squad' and ${item.workspaceId} in ${workspacesOf(userId)}))`;
  });
}

/**
 * Who may change a work item they can see: its owner, its assignee, and the owners and admins of
 * its workspace. Always combined with `workItemVisibleTo` (a workspace admin does not edit a
 * private item they cannot see).
 */
export function workItemEditableBy(
  ctx: WithViewer,
  item: Pick<WorkItemVisibilityColumns, 'ownerId' | 'assigneeId' | 'workspaceId'> = workItems,
): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return sql`(${item.ownerId} = ${userId} or ${assignedMember(item, userId)} or ${memberOfWorkspace(item.workspaceId, userId, MANAGER_ROLES)})`;
}
