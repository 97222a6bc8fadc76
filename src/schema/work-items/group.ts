import type { GroupRow } from '../../resolvers/filters/group';
import { loadWorkItemStats } from '../../resolvers/work-items/stats';
import { builder } from '../builder';
import { List } from '../lists/list';
import { Room } from '../rooms/room';
import { User } from '../users/user';
import { Workspace } from '../workspaces/workspace';
import { WorkItemStatusEnum, WorkItemVisibilityEnum, WorkItemWhere } from './work-item';

export const WorkItemGroupByEnum = builder.enumType('WorkItemGroupBy', {
  description: 'What work items are counted by.',
  values: {
    STATUS: { value: 'status', description: 'Their status.' },
    ASSIGNEE: { value: 'assignee', description: 'Their assignee (null: unassigned).' },
    VISIBILITY: { value: 'visibility', description: 'Their visibility scope.' },
    ROOM: { value: 'room', description: 'Their room (null: none, or one the viewer cannot see).' },
    LIST: { value: 'list', description: 'Their list (null: none, or one the viewer cannot see).' },
    DUE_WEEK: {
      value: 'dueWeek',
      description: 'The week (Monday, UTC) of their due date (null: no due date).',
    },
  } as const,
});

const key = (row: GroupRow, name: string) => (row.keys[name] ?? null) as string | null;

export const WorkItemGroup = builder.objectRef<GroupRow>('WorkItemGroup').implement({
  description:
    'How many work items share a combination of keys. Only the keys grouped by are set; the others are null.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'Work items in the group that the viewer sees.' }),
    status: t.field({
      type: WorkItemStatusEnum,
      nullable: true,
      description: 'The status (grouped by STATUS).',
      resolve: (row) => key(row, 'status') as 'todo' | null,
    }),
    visibility: t.field({
      type: WorkItemVisibilityEnum,
      nullable: true,
      description: 'The visibility scope (grouped by VISIBILITY).',
      resolve: (row) => key(row, 'visibility') as 'private' | null,
    }),
    assignee: t.field({
      type: User,
      nullable: true,
      description: 'The assignee (grouped by ASSIGNEE); null for unassigned items.',
      resolve: (row) => key(row, 'assignee'),
    }),
    room: t.field({
      type: Room,
      nullable: true,
      description: 'The room (grouped by ROOM).',
      resolve: (row) => key(row, 'room'),
    }),
    list: t.field({
      type: List,
      nullable: true,
      description: 'The list (grouped by LIST).',
      resolve: (row) => key(row, 'list'),
    }),
    dueWeek: t.string({
      nullable: true,
      description: 'The Monday (YYYY-MM-DD, UTC) of the due week (grouped by DUE_WEEK).',
      resolve: (row) => key(row, 'dueWeek'),
    }),
  }),
});

builder.objectField(Workspace, 'workItemStats', (t) =>
  t.field({
    type: [WorkItemGroup],
    description:
      'Counts of the work items of the workspace that the viewer sees, grouped; largest groups first, at most 500. Hidden items are never counted.',
    args: {
      where: t.arg({ type: WorkItemWhere, description: 'Only items matching this filter.' }),
      groupBy: t.arg({
        type: [WorkItemGroupByEnum],
        required: true,
        description: 'The keys of a group: 1 to 3 of them.',
      }),
    },
    resolve: (workspace, args, ctx) =>
      loadWorkItemStats(ctx, workspace.id, { where: args.where, groupBy: args.groupBy }),
  }),
);
