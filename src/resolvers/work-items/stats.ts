import DataLoader from 'dataloader';
import { and, type SQL, sql } from 'drizzle-orm';
import { type Context, perRequest } from '../../context';
import { workItems } from '../../db/tables';
import { workItemVisibleTo } from '../access';
import { checkGroupBy, type GroupQuery, type GroupRow, groupCounts } from '../filters/group';
import { compileWhere, type WhereInput } from '../filters/where';
import { readKeys } from '../loader-options';
import { parentsPerStatement } from '../pagination/load-page';
import { seenListId, seenRoomId, workItemFilterFields } from './filters';

export type WorkItemGroupBy = 'status' | 'assignee' | 'visibility' | 'room' | 'list' | 'dueWeek';

/**
 * What work items group by. A room or list the viewer cannot see groups as null (as
 * `WorkItem.room` reads null), so two hidden rooms never show as two groups.
 */
function dimensions(ctx: Context): Record<WorkItemGroupBy, SQL> {
  return {
    status: sql`${workItems.status}`,
    assignee: sql`${workItems.assigneeId}`,
    visibility: sql`${workItems.visibilityScope}`,
    room: seenRoomId(ctx),
    list: seenListId(ctx),
    // The Monday (UTC) of the due date's week: back 6 days, then forward to a Monday.
    dueWeek: sql`date(${workItems.dueAt}, '-6 days', 'weekday 1')`,
  };
}

/** The aggregate query of a workspace's work items: only those the viewer sees, then `where`. */
export function workItemGroupQuery(ctx: Context, where: WhereInput | null | undefined): GroupQuery {
  const compiled = compileWhere(workItemFilterFields(ctx), where);
  return {
    table: workItems,
    parentColumn: workItems.workspaceId,
    where: and(workItemVisibleTo(ctx), compiled.sql),
    dimensions: dimensions(ctx),
  };
}

/**
 * `Workspace.workItemStats`: the groups of one workspace. Workspaces asking with the same
 * arguments in the same tick are counted in one statement.
 */
export function loadWorkItemStats(
  ctx: Context,
  workspaceId: string,
  args: { where?: WhereInput | null; groupBy: readonly WorkItemGroupBy[] },
): Promise<GroupRow[]> {
  const loader = perRequest(ctx, `stats:WorkItem:${JSON.stringify(args)}`, () => {
    const query = workItemGroupQuery(ctx, args.where);
    checkGroupBy(query, args.groupBy);
    return new DataLoader<string, GroupRow[]>(
      async (ids) => {
        const entries = await readKeys(ctx, ids, async (keys) => [
          ...(await groupCounts(ctx, query, args.groupBy, keys)),
        ]);
        const groups = new Map(entries);
        return ids.map((id) => groups.get(id) ?? []);
      },
      // Visibility, the filter and the room/list rules spend parameters: fewer parents then.
      {
        maxBatchSize: parentsPerStatement(and(query.where, ...Object.values(query.dimensions)), 1),
      },
    );
  });
  return loader.load(workspaceId);
}
