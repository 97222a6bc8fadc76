import { encodeGlobalID } from '@pothos/plugin-relay';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { workItems } from '../../db/tables';
import { loaderOptions } from '../../resolvers/loader-options';
import type { ConnectionArgs } from '../../resolvers/pagination/args';
import { loadPage, loadRootPage } from '../../resolvers/pagination/load-page';
import {
  loadWorkItems,
  type WorkItemListArgs,
  type WorkItemRow,
  workItemsQuery,
} from '../../resolvers/work-items/work-items';
import { builder } from '../builder';
import { loadConnection, type PageOf, readWithParents } from '../child-pages';
import {
  DateTimeFilter,
  enumFilter,
  IdFilter,
  orderByInput,
  StringFilter,
  whereInput,
} from '../filters';
import { List } from '../lists/list';
import { joinsOnNode, pageWithJoins } from '../page-joins';
import { Room } from '../rooms/room';
import { startedWithViewer } from '../started-pages';
import { User, userTarget } from '../users/user';
import { Workspace, workspaceTarget } from '../workspaces/workspace';

export const WorkItemTypeEnum = builder.enumType('WorkItemType', {
  description: 'What kind of work item it is.',
  values: {
    TASK: { value: 'task', description: 'Something to do, maybe by a due date.' },
    SCHEDULED: { value: 'scheduled', description: 'Something at a set time (startsAt-endsAt).' },
  } as const,
});

export const WorkItemStatusEnum = builder.enumType('WorkItemStatus', {
  description: 'Where a work item stands.',
  values: {
    TODO: { value: 'todo', description: 'Not started.' },
    IN_PROGRESS: { value: 'in_progress', description: 'Being worked on.' },
    DONE: { value: 'done', description: 'Finished (see completedAt).' },
    CANCELLED: { value: 'cancelled', description: 'Dropped.' },
  } as const,
});

export const WorkItemVisibilityEnum = builder.enumType('WorkItemVisibility', {
  description:
    'Who sees a work item besides its owner and assignee (who always do). Decided in one place, for every path.',
  values: {
    PRIVATE: { value: 'private', description: 'Nobody else.' },
    ROOM: { value: 'room', description: "Members of the item's room." },
    QUEST: { value: 'quest', description: "Members of the item's list (the quest)." },
    SQUAD: { value: 'squad', description: "Members of the item's workspace (the squad)." },
  } as const,
});

export const WorkItemOrderEnum = builder.enumType('WorkItemOrder', {
  description: 'How a list of work items is sorted (ties broken by id, so pages never overlap).',
  values: {
    CREATED_AT_DESC: { value: 'CREATED_AT_DESC', description: 'Newest first (the default).' },
    CREATED_AT_ASC: { value: 'CREATED_AT_ASC', description: 'Oldest first.' },
    DUE_AT_ASC: {
      value: 'DUE_AT_ASC',
      description: 'Soonest due first; items without a due date last.',
    },
  } as const,
});

export const WorkItemFilter = builder.inputType('WorkItemFilter', {
  description:
    'Narrows a list of work items; every field given must match (AND). Superseded by WorkItemWhere (`where`).',
  fields: (t) => ({
    status: t.field({
      type: [WorkItemStatusEnum],
      description: 'Any of these statuses.',
    }),
    type: t.field({ type: WorkItemTypeEnum, description: 'Only this kind.' }),
    visibility: t.field({
      type: [WorkItemVisibilityEnum],
      description: 'Any of these visibility scopes.',
    }),
    assigneeId: t.id({ description: 'Only items assigned to this user.' }),
    dueAfter: t.field({ type: 'DateTime', description: 'Due at or after this moment.' }),
    dueBefore: t.field({ type: 'DateTime', description: 'Due before this moment.' }),
    titleContains: t.string({
      description: 'Title contains this text (case-insensitive for ASCII; up to 100 characters).',
    }),
  }),
});

export const WorkItemWhere = whereInput('WorkItemWhere', 'work items', {
  status: {
    type: enumFilter('WorkItemStatusFilter', WorkItemStatusEnum, 'a status'),
    description: 'Its status.',
  },
  visibility: {
    type: enumFilter('WorkItemVisibilityFilter', WorkItemVisibilityEnum, 'a visibility scope'),
    description: 'Its visibility scope.',
  },
  type: {
    type: enumFilter('WorkItemTypeFilter', WorkItemTypeEnum, 'a kind of work item'),
    description: 'Its kind.',
  },
  owner: { type: IdFilter, description: 'Its owner (User IDs).' },
  assignee: { type: IdFilter, description: 'Its assignee (User IDs; null when unassigned).' },
  room: { type: IdFilter, description: 'Its room (Room IDs; null when none).' },
  list: { type: IdFilter, description: 'Its list (List IDs; null when none).' },
  dueAt: { type: DateTimeFilter, description: 'Its due date (null when none).' },
  createdAt: { type: DateTimeFilter, description: 'When it was created.' },
  updatedAt: { type: DateTimeFilter, description: 'When it last changed.' },
  title: { type: StringFilter, description: 'Its title.' },
});

export const WorkItemOrderFieldEnum = builder.enumType('WorkItemOrderField', {
  description: 'What a list of work items can be sorted by.',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'When it was created.' },
    UPDATED_AT: { value: 'updatedAt', description: 'When it last changed.' },
    DUE_AT: {
      value: 'dueAt',
      description: 'Its due date; items without one come last going up, first going down.',
    },
    TITLE: {
      value: 'title',
      description: 'Its title, by code point (uppercase before lowercase).',
    },
    STATUS: {
      value: 'status',
      description: 'Its status, alphabetically by value (cancelled, done, in_progress, todo).',
    },
  } as const,
});

export const WorkItemOrderBy = orderByInput(
  'WorkItemOrderBy',
  WorkItemOrderFieldEnum,
  'work items',
);

/** The arguments every work-item connection takes. */
const workItemListArgs = builder.args((t) => ({
  filter: t.field({
    type: WorkItemFilter,
    description: 'Only items matching this.',
    deprecationReason: 'Use `where` (WorkItemWhere): and/or/not and operators per field.',
  }),
  order: t.field({
    type: WorkItemOrderEnum,
    description: 'Sort order (CREATED_AT_DESC).',
    deprecationReason: 'Use `orderBy` (a list of field and direction).',
  }),
  where: t.field({
    type: WorkItemWhere,
    description: 'Only items matching this filter (always within what the viewer may see).',
  }),
  orderBy: t.field({
    type: [WorkItemOrderBy],
    description:
      'Sort keys, up to 3, the id appended as the last tie-breaker (default: newest first).',
  }),
}));

export const WorkItem = builder.loadableNode('WorkItem', {
  description:
    'A task or a scheduled item in a workspace. Seen by its owner, its assignee, and whoever its visibility scope admits.',
  id: { resolve: (item: WorkItemRow) => item.id },
  loaderOptions,
  sort: (item) => item.id,
  load: (ids: string[], ctx) => loadWorkItems(ctx, ids),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'A short title.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'Details, in plain text.',
    }),
    type: t.expose('type', { type: WorkItemTypeEnum, description: 'Task or scheduled item.' }),
    status: t.expose('status', { type: WorkItemStatusEnum, description: 'Where it stands.' }),
    visibility: t.expose('visibilityScope', {
      type: WorkItemVisibilityEnum,
      description: 'Who else sees it.',
    }),
    dueAt: t.expose('dueAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it is due.',
    }),
    startsAt: t.expose('startsAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a scheduled item starts.',
    }),
    endsAt: t.expose('endsAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a scheduled item ends.',
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was marked done; null unless DONE.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    owner: t.field({
      type: User,
      description: 'Who created and owns it.',
      resolve: (item) => item.ownerId,
    }),
    assignee: t.field({
      type: User,
      nullable: true,
      description: 'Who it is assigned to; null when unassigned.',
      resolve: (item) => item.assigneeId,
    }),
    room: t.field({
      type: Room,
      nullable: true,
      description: 'The room it belongs to; null when none or when the viewer cannot see the room.',
      resolve: (item) => item.roomId,
    }),
    workspace: t.field({
      type: Workspace,
      nullable: true,
      description:
        'Its workspace; null when the viewer is not a member of it (an owner who left, say).',
      resolve: (item) => item.workspaceId,
    }),
  }),
});

// A refetched work item brings its workspace when the operation asks for it (node(id:)).
joinsOnNode('WorkItem', { workspace: [workItems.workspaceId, workspaceTarget] });

/** The users a page of work items reads along with its rows, when asked for (pageWithJoins). */
const WORK_ITEM_USERS = {
  owner: [workItems.ownerId, userTarget],
  assignee: [workItems.assigneeId, userTarget],
} as const;

/** A nested connection of work items: its loader's name and query, by its parent's column. */
function workItemPageOf(
  name: string,
  parentColumn: SQLiteColumn,
): PageOf<WorkItemListArgs & ConnectionArgs, typeof workItems> {
  return (ctx, args, info) =>
    pageWithJoins(ctx, info, name, workItems, WORK_ITEM_USERS, () =>
      workItemsQuery(ctx, parentColumn, args),
    );
}

/** A nested connection of work items: one statement for every parent of the tick (loadPage). */
function workItemPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  name: string,
  args: WorkItemListArgs & ConnectionArgs,
  parentId: string,
  parentColumn: SQLiteColumn,
) {
  return loadConnection(ctx, workItemPageOf(name, parentColumn)(ctx, args, info), args, parentId);
}

/** A workspace's work items, read with the page of memberships that holds it (dashboards). */
const workspaceWorkItems = readWithParents(
  'Workspace',
  'workItems',
  workItemPageOf('Workspace.workItems', workItems.workspaceId),
);

builder.objectField(Workspace, 'workItems', (t) =>
  t.connection({
    type: WorkItem,
    description: 'Work items of the workspace that the viewer sees, newest first by default.',
    args: workItemListArgs,
    // The query is built once per request and arguments, for all parents (loadPage).
    resolve: (workspace, args, ctx, info) =>
      loadConnection(ctx, workspaceWorkItems(ctx, args, info), args, workspace.id),
  }),
);

builder.objectField(Room, 'workItems', (t) =>
  t.connection({
    type: WorkItem,
    description: 'Work items in the room that the viewer sees, newest first by default.',
    args: workItemListArgs,
    // The query is built once per request and arguments, for all parents (loadPage).
    resolve: (room, args, ctx, info) =>
      workItemPage(ctx, info, 'Room.workItems', args, room.id, workItems.roomId),
  }),
);

builder.objectFields(User, (t) => ({
  ownedWorkItems: t.connection({
    type: WorkItem,
    description: 'Work items this user owns, of those the viewer sees.',
    args: workItemListArgs,
    // The query is built once per request and arguments, for all parents (loadPage).
    resolve: startedWithViewer('ownedWorkItems', (user, args, ctx, info) =>
      workItemPage(ctx, info, 'User.ownedWorkItems', args, user.id, workItems.ownerId),
    ),
  }),
  assignedWorkItems: t.connection({
    type: WorkItem,
    description: 'Work items assigned to this user, of those the viewer sees.',
    args: workItemListArgs,
    // The query is built once per request and arguments, for all parents (loadPage).
    resolve: startedWithViewer('assignedWorkItems', (user, args, ctx, info) =>
      workItemPage(ctx, info, 'User.assignedWorkItems', args, user.id, workItems.assigneeId),
    ),
  }),
}));

builder.queryField('workItems', (t) =>
  t.connection({
    type: WorkItem,
    description:
      'Every work item the viewer sees, across workspaces (empty when anonymous), newest first by default.',
    args: workItemListArgs,
    resolve: (_root, args, ctx) => loadRootPage(ctx, args, workItemsQuery(ctx, undefined, args)),
  }),
);

// Work items <-> lists, both ways. Work items are filtered by the shared work-item rule
// (`workItemVisibleTo`, applied by `workItemsQuery`): seeing a list does not mean seeing its items.

builder.objectField(WorkItem, 'list', (t) =>
  t.field({
    type: List,
    nullable: true,
    description:
      'The list (quest) it belongs to; null when none or when the viewer cannot see the list.',
    resolve: (item) => item.listId,
  }),
);

// The list's id only when the list itself is seen: an item on a quest the viewer is not on must
// not name that quest (hidden is missing), any more than `list` does.
builder.objectField(WorkItem, 'listId', (t) =>
  t.id({
    nullable: true,
    description:
      'Global ID of the list (quest) it belongs to; null when none or when the viewer cannot see the list (as `list`).',
    resolve: async (item, _args, ctx) => {
      if (!item.listId) return null;
      // A list not seen loads as nothing; a failed read rejects, and fails the field (logged).
      const list = await List.getDataloader(ctx).load(item.listId);
      return list != null && !(list instanceof Error) ? encodeGlobalID('List', item.listId) : null;
    },
  }),
);

builder.objectField(List, 'workItems', (t) =>
  t.connection({
    type: WorkItem,
    description:
      'Work items on this list that the viewer sees (by their own visibility rule), newest first by default.',
    args: workItemListArgs,
    // The query is built once per request and arguments, for all parents (loadPage).
    resolve: (list, args, ctx) =>
      loadPage(ctx, 'List.workItems', args, list.id, () =>
        workItemsQuery(ctx, workItems.listId, args),
      ),
  }),
);
