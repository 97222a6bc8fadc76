import { type SQL, sql } from 'drizzle-orm';
import { lists, rooms, workItems } from '../../db/tables';
import { listVisibleTo, roomVisibleTo, type WithViewer } from '../access';
import { NO_MOMENT } from '../dates';
import type { OrderFields } from '../filters/order';
import type { FilterFields } from '../filters/where';
import { aliased } from '../sql-helpers';

// Aliased: these subqueries run inside queries over work items (and beside the access rules'
// own aliases), where an unaliased table would shadow the outer row.
const { columns: room, from: roomFrom } = aliased(rooms, 'flt_room');
const { columns: list, from: listFrom } = aliased(lists, 'flt_list');

/** A NULL due date sorts past every real one (last going up, first going down). */
export const NO_DUE_DATE = NO_MOMENT;

/** Of these room ids, those the viewer sees (a hidden room filters as a missing one). */
export function visibleRoomIds(ctx: WithViewer, ids?: SQL): SQL {
  const among = ids ? sql`${room.id} in ${ids} and ` : sql``;
  return sql`select ${room.id} from ${roomFrom} where ${among}${roomVisibleTo(ctx, room.workspaceId)}`;
}

/** Of these list ids, those the viewer sees. */
export function visibleListIds(ctx: WithViewer, ids?: SQL): SQL {
  const among = ids ? sql`${list.id} in ${ids} and ` : sql``;
  return sql`select ${list.id} from ${listFrom} where ${among}${listVisibleTo(ctx, list.id)}`;
}

/**
 * An item's list as the viewer reads it (`WorkItem.listId`): null when the list is hidden from
 * them. What filters and groupings test, so that neither `isNull` nor `neq` nor a group tells
 * an item on a hidden list from one on none. (`seenRoomId`: the same for its room.)
 */
export function seenListId(ctx: WithViewer): SQL {
  return sql`(case when ${workItems.listId} in (${visibleListIds(ctx)}) then ${workItems.listId} end)`;
}

/** An item's room as the viewer reads it: null when the room is hidden from them. */
export function seenRoomId(ctx: WithViewer): SQL {
  return sql`(case when ${workItems.roomId} in (${visibleRoomIds(ctx)}) then ${workItems.roomId} end)`;
}

/** What a `WorkItemWhere` may test, for the filter compiler. */
export function workItemFilterFields(ctx: WithViewer): FilterFields {
  return {
    status: {
      column: workItems.status,
      kind: 'enum',
      values: ['todo', 'in_progress', 'done', 'cancelled'],
    },
    visibility: {
      column: workItems.visibilityScope,
      kind: 'enum',
      values: ['private', 'room', 'quest', 'squad'],
    },
    type: { column: workItems.type, kind: 'enum', values: ['task', 'scheduled'] },
    // Every signed-in viewer sees every user: no rule to apply to user ids.
    owner: { column: workItems.ownerId, kind: 'id', typename: 'User' },
    assignee: { column: workItems.assigneeId, kind: 'id', typename: 'User', nullable: true },
    room: {
      column: seenRoomId(ctx),
      kind: 'id',
      typename: 'Room',
      nullable: true,
      visibleIds: (ids) => visibleRoomIds(ctx, ids),
    },
    list: {
      column: seenListId(ctx),
      kind: 'id',
      typename: 'List',
      nullable: true,
      visibleIds: (ids) => visibleListIds(ctx, ids),
    },
    dueAt: { column: workItems.dueAt, kind: 'time', nullable: true },
    createdAt: { column: workItems.createdAt, kind: 'time' },
    updatedAt: { column: workItems.updatedAt, kind: 'time' },
    title: { column: workItems.title, kind: 'text' },
  };
}

/** What a `WorkItemOrderBy` may sort by. */
export const WORK_ITEM_ORDER_FIELDS: OrderFields = {
  createdAt: { key: 'createdAt', column: workItems.createdAt },
  updatedAt: { key: 'updatedAt', column: workItems.updatedAt },
  dueAt: { key: 'dueAt', column: workItems.dueAt, nullsAs: NO_DUE_DATE },
  title: { key: 'title', column: workItems.title },
  status: { key: 'status', column: workItems.status },
};
