import { encodeGlobalID } from '@pothos/plugin-relay';
import { ConflictError } from '../../resolvers/errors';
import {
  assignWorkItem,
  changeWorkItemVisibility,
  completeWorkItem,
  createWorkItem,
  deleteWorkItem,
  updateWorkItem,
} from '../../resolvers/work-items/mutations';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import {
  WorkItem,
  WorkItemStatusEnum,
  WorkItemTypeEnum,
  WorkItemVisibilityEnum,
} from './work-item';

const mutationErrors = { types: [...commonMutationErrors, ConflictError] };

const CreateWorkItemInput = builder.inputType('CreateWorkItemInput', {
  description: 'A new work item, owned by the viewer, in a workspace they contribute to.',
  fields: (t) => ({
    workspaceId: t.id({ required: true, description: 'The workspace.' }),
    title: t.string({ required: true, description: 'A short title, 1-200 characters.' }),
    description: t.string({ description: 'Details, up to 5,000 characters.' }),
    type: t.field({ type: WorkItemTypeEnum, description: 'TASK (default) or SCHEDULED.' }),
    visibility: t.field({
      type: WorkItemVisibilityEnum,
      description:
        'Who else sees it: PRIVATE (default), ROOM (needs roomId), QUEST (needs listId), SQUAD.',
    }),
    roomId: t.id({
      description:
        'An open room of the same workspace to put it in; one you cannot see answers NotFoundError.',
    }),
    listId: t.id({
      description:
        'A list (quest) of the same workspace it belongs to; one you cannot see answers NotFoundError.',
    }),
    assigneeId: t.id({ description: 'A member of the workspace to assign it to.' }),
    dueAt: t.field({ type: 'DateTime', description: 'When it is due.' }),
    startsAt: t.field({ type: 'DateTime', description: 'Start of a SCHEDULED item (required).' }),
    endsAt: t.field({
      type: 'DateTime',
      description: 'End of a SCHEDULED item, not before startsAt.',
    }),
  }),
});

const UpdateWorkItemInput = builder.inputType('UpdateWorkItemInput', {
  description:
    'Fields to change: omitted ones stay; null clears description, dueAt, startsAt, endsAt.',
  fields: (t) => ({
    workItemId: t.id({ required: true, description: 'The work item.' }),
    title: t.string({ description: 'A new title, 1-200 characters.' }),
    description: t.string({ description: 'New details; null clears them.' }),
    status: t.field({
      type: WorkItemStatusEnum,
      description: 'A new status; DONE sets completedAt, any other clears it.',
    }),
    type: t.field({
      type: WorkItemTypeEnum,
      description: 'A new kind; turning SCHEDULED into TASK drops startsAt and endsAt.',
    }),
    dueAt: t.field({ type: 'DateTime', description: 'A new due date; null clears it.' }),
    startsAt: t.field({ type: 'DateTime', description: 'A new start (SCHEDULED items).' }),
    endsAt: t.field({
      type: 'DateTime',
      description: 'A new end (SCHEDULED items); null clears it.',
    }),
  }),
});

const ChangeWorkItemVisibilityInput = builder.inputType('ChangeWorkItemVisibilityInput', {
  description: 'Who else may see a work item.',
  fields: (t) => ({
    workItemId: t.id({ required: true, description: 'The work item.' }),
    visibility: t.field({
      type: WorkItemVisibilityEnum,
      required: true,
      description: 'The new scope.',
    }),
    roomId: t.id({
      description:
        "The room (of the item's workspace) for ROOM; omitted keeps the item's room, null clears it.",
    }),
    listId: t.id({
      description:
        "The list (of the item's workspace) for QUEST; omitted keeps the item's list, null clears it.",
    }),
  }),
});

const AssignWorkItemInput = builder.inputType('AssignWorkItemInput', {
  description: 'Whom a work item is assigned to.',
  fields: (t) => ({
    workItemId: t.id({ required: true, description: 'The work item.' }),
    assigneeId: t.id({
      description: "A member of the item's workspace; null or omitted unassigns it.",
    }),
  }),
});

const WorkItemRefInput = builder.inputType('WorkItemRefInput', {
  description: 'A work item to act on.',
  fields: (t) => ({
    workItemId: t.id({ required: true, description: 'The work item.' }),
  }),
});

const whoMayEdit = 'Its owner, its assignee, and the owners and admins of its workspace may.';

builder.mutationFields((t) => ({
  createWorkItem: t.field({
    type: WorkItem,
    description:
      'Creates a work item owned by the viewer. Workspace members other than VIEWERs may. A room, list or assignee you cannot see answers NotFoundError, exactly as one that does not exist; one you see but of another workspace, ValidationError.',
    errors: mutationErrors,
    args: { input: t.arg({ type: CreateWorkItemInput, required: true, description: 'The item.' }) },
    resolve: (_root, { input }, ctx) => createWorkItem(ctx, input),
  }),
  updateWorkItem: t.field({
    type: WorkItem,
    description: `Changes a work item's fields. ${whoMayEdit}`,
    errors: mutationErrors,
    args: {
      input: t.arg({ type: UpdateWorkItemInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { input }, ctx) => updateWorkItem(ctx, input),
  }),
  changeWorkItemVisibility: t.field({
    type: WorkItem,
    description:
      "Changes who else sees a work item. Only its owner may (ForbiddenError for the assignee and workspace admins). A room, list or workspace you cannot see (a new one, or the item's own that the new scope would open it to) answers NotFoundError, as a missing one.",
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: ChangeWorkItemVisibilityInput,
        required: true,
        description: 'The new visibility.',
      }),
    },
    resolve: (_root, { input }, ctx) => changeWorkItemVisibility(ctx, input),
  }),
  assignWorkItem: t.field({
    type: WorkItem,
    description: `Assigns a work item to a workspace member, or unassigns it. ${whoMayEdit}`,
    errors: mutationErrors,
    args: {
      input: t.arg({ type: AssignWorkItemInput, required: true, description: 'The assignment.' }),
    },
    resolve: (_root, { input }, ctx) => assignWorkItem(ctx, input),
  }),
  completeWorkItem: t.field({
    type: WorkItem,
    description: `Marks a work item DONE (keeps completedAt if it already was). ${whoMayEdit}`,
    errors: mutationErrors,
    args: {
      input: t.arg({ type: WorkItemRefInput, required: true, description: 'The work item.' }),
    },
    resolve: (_root, { input }, ctx) => completeWorkItem(ctx, input.workItemId),
  }),
  deleteWorkItem: t.id({
    description:
      'Deletes a work item; only its owner may (others who see it get ForbiddenError). Returns its ID.',
    errors: mutationErrors,
    args: {
      input: t.arg({ type: WorkItemRefInput, required: true, description: 'The work item.' }),
    },
    resolve: async (_root, { input }, ctx) =>
      encodeGlobalID('WorkItem', await deleteWorkItem(ctx, input.workItemId)),
  }),
}));
