import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { workItems } from '../../db/tables';
import {
  CONTRIBUTOR_ROLES,
  itemForChange,
  linkGuards,
  linkProblem,
  memberOfWorkspace,
  requireUser,
  requireWorkspaceRole,
  type Target,
} from '../access';
import { deleteAttachmentsOfParent, ofParent, removeObjectsNow } from '../attachments/objects';
import { insertWhere } from '../conditional-insert';
import { changes } from '../d1-errors';
import { subject } from '../domain-events';
import { ConflictError, type FieldIssue, NotFoundError, ValidationError } from '../errors';
import { idOf } from '../global-id';
import { newId, nowIso } from '../ids';
import { optionalText, requiredText } from '../validate';
import { itemEvent, updateItem } from './update';
import type { WorkItemRow, WorkItemScope, WorkItemStatus, WorkItemType } from './work-items';

const MAX_TITLE = 200;
const MAX_DESCRIPTION = 5000;

/** A global ID argument, decoded; absent stays absent (undefined), null stays null. */
function optionalId(field: string, value: string | null | undefined, typename: string) {
  if (value == null) return value;
  return idOf(field, value, typename);
}

function fail(issues: FieldIssue[]) {
  if (issues.length > 0) throw new ValidationError(issues);
}

/** A task has no time slot; a scheduled item has a start, and its end (if any) is not before it. */
function scheduleIssues(
  type: WorkItemType,
  startsAt: string | null,
  endsAt: string | null,
): FieldIssue[] {
  if (type === 'task') {
    return startsAt !== null || endsAt !== null
      ? [{ field: 'input.startsAt', message: 'only SCHEDULED items have a start and an end.' }]
      : [];
  }
  if (startsAt === null) {
    return [{ field: 'input.startsAt', message: 'is required for a SCHEDULED item.' }];
  }
  if (endsAt !== null && endsAt < startsAt) {
    return [{ field: 'input.endsAt', message: 'must not be before startsAt.' }];
  }
  return [];
}

/** ROOM visibility needs a room, QUEST a list: whom else would they admit? */
function scopeIssues(scope: WorkItemScope, roomId: string | null, listId: string | null) {
  const issues: FieldIssue[] = [];
  if (scope === 'room' && roomId === null) {
    issues.push({ field: 'input.roomId', message: 'is required for ROOM visibility.' });
  }
  if (scope === 'quest' && listId === null) {
    issues.push({ field: 'input.listId', message: 'is required for QUEST visibility.' });
  }
  return issues;
}

/** The legacy 0001 `visibility` column, kept consistent with `visibility_scope`. */
const legacyVisibility = (scope: WorkItemScope) => (scope === 'room' ? 'room' : 'private');

export interface CreateWorkItemInput {
  workspaceId: string;
  title: string;
  description?: string | null;
  type?: WorkItemType | null;
  visibility?: WorkItemScope | null;
  roomId?: string | null;
  listId?: string | null;
  assigneeId?: string | null;
  dueAt?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
}

export async function createWorkItem(
  ctx: Context,
  input: CreateWorkItemInput,
): Promise<WorkItemRow> {
  const userId = requireUser(ctx);
  const workspaceId = idOf('input.workspaceId', input.workspaceId, 'Workspace');
  const roomId = optionalId('input.roomId', input.roomId, 'Room') ?? null;
  const listId = optionalId('input.listId', input.listId, 'List') ?? null;
  const assigneeId = optionalId('input.assigneeId', input.assigneeId, 'User') ?? null;
  const title = requiredText('input.title', input.title, MAX_TITLE);
  const description = optionalText('input.description', input.description, MAX_DESCRIPTION);
  const type = input.type ?? 'task';
  const scope = input.visibility ?? 'private';
  const startsAt = input.startsAt ?? null;
  const endsAt = input.endsAt ?? null;
  fail([...scheduleIssues(type, startsAt, endsAt), ...scopeIssues(scope, roomId, listId)]);

  const links = { roomId, listId, assigneeId };
  const [, linkError] = await Promise.all([
    requireWorkspaceRole(
      ctx,
      workspaceId,
      userId,
      CONTRIBUTOR_ROLES,
      'Viewers of a workspace read only: they cannot create work items.',
    ),
    linkProblem(ctx, workspaceId, links),
  ]);
  if (linkError) throw linkError;

  const now = nowIso();
  const row: WorkItemRow = {
    id: newId('wki'),
    workspaceId,
    roomId,
    ownerId: userId,
    assigneeId,
    type,
    status: 'todo',
    title,
    description,
    visibility: legacyVisibility(scope),
    dueAt: input.dueAt ?? null,
    startsAt,
    endsAt,
    completedAt: null,
    createdAt: now,
    updatedAt: now,
    visibilityScope: scope,
    listId,
  };
  // Every check read above holds again inside the insert, or nothing is written.
  const guard: SQL[] = [
    memberOfWorkspace(workspaceId, userId, CONTRIBUTOR_ROLES),
    ...linkGuards(ctx, workspaceId, links),
  ];
  const [result] = await ctx.db.batch([
    insertWhere(ctx.db, workItems, row, sql.join(guard, sql` and `)),
    itemEvent(ctx, row, { type: 'work_item.created', userId: assigneeId }),
  ]);
  if (changes(result) === 0) {
    throw new ConflictError('The workspace changed meanwhile; read it again and retry.');
  }
  return row;
}

export interface UpdateWorkItemInput {
  workItemId: string;
  title?: string | null;
  description?: string | null;
  status?: WorkItemStatus | null;
  type?: WorkItemType | null;
  dueAt?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
}

/** Changes the fields given: omitted ones stay, null clears the nullable ones. */
export async function updateWorkItem(
  ctx: Context,
  input: UpdateWorkItemInput,
): Promise<WorkItemRow> {
  requireUser(ctx);
  const itemId = idOf('input.workItemId', input.workItemId, 'WorkItem');
  const issues: FieldIssue[] = [];
  for (const field of ['title', 'status', 'type'] as const) {
    if (input[field] === null) issues.push({ field: `input.${field}`, message: 'cannot be null.' });
  }
  fail(issues);
  const title =
    input.title != null ? requiredText('input.title', input.title, MAX_TITLE) : undefined;
  const description =
    input.description !== undefined
      ? optionalText('input.description', input.description, MAX_DESCRIPTION)
      : undefined;

  const item = await itemForChange(ctx, itemId);
  const type = input.type ?? item.type;
  // Turning a scheduled item into a task drops its time slot unless one is given.
  const droppedSlot = type === 'task' && item.type === 'scheduled';
  const startsAt =
    input.startsAt !== undefined ? input.startsAt : droppedSlot ? null : item.startsAt;
  const endsAt = input.endsAt !== undefined ? input.endsAt : droppedSlot ? null : item.endsAt;
  fail(scheduleIssues(type, startsAt, endsAt));

  const status = input.status ?? item.status;
  const completedAt = status === 'done' ? (item.completedAt ?? nowIso()) : null;
  const set: Partial<WorkItemRow> = {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(input.dueAt !== undefined ? { dueAt: input.dueAt } : {}),
    type,
    status,
    startsAt,
    endsAt,
    completedAt,
  };
  // Subscribers hear which fields changed (not their values: they read the item itself).
  const fields = Object.keys(set).filter(
    (key) => set[key as keyof WorkItemRow] !== item[key as keyof WorkItemRow],
  );
  const completes = status === 'done' && item.status !== 'done';
  return updateItem(
    ctx,
    item,
    { ...set, updatedAt: nowIso() },
    { type: completes ? 'work_item.completed' : 'work_item.updated', payload: { fields } },
  );
}

export async function completeWorkItem(ctx: Context, workItemId: string): Promise<WorkItemRow> {
  requireUser(ctx);
  const itemId = idOf('input.workItemId', workItemId, 'WorkItem');
  const item = await itemForChange(ctx, itemId);
  // Completing a done item changes nothing: no write, so subscribers and webhooks do not hear
  // "completed" twice for one completion.
  if (item.status === 'done') return item;
  return updateItem(
    ctx,
    item,
    { status: 'done', completedAt: nowIso(), updatedAt: nowIso() },
    { type: 'work_item.completed' },
  );
}

export interface ChangeWorkItemVisibilityInput {
  workItemId: string;
  visibility: WorkItemScope;
  roomId?: string | null;
  listId?: string | null;
}

/** Sets who else sees the item; ROOM needs a room and QUEST a list, of the item's workspace. */
export async function changeWorkItemVisibility(
  ctx: Context,
  input: ChangeWorkItemVisibilityInput,
): Promise<WorkItemRow> {
  requireUser(ctx);
  const itemId = idOf('input.workItemId', input.workItemId, 'WorkItem');
  const roomInput = optionalId('input.roomId', input.roomId, 'Room');
  const listInput = optionalId('input.listId', input.listId, 'List');
  // Who else sees the item is its owner's call alone: an assignee or a workspace admin could
  // otherwise widen a private item to the whole squad.
  const item = await itemForChange(ctx, itemId, 'owner');
  const roomId = roomInput !== undefined ? roomInput : item.roomId;
  const listId = listInput !== undefined ? listInput : item.listId;
  fail(scopeIssues(input.visibility, roomId, listId));
  // A newly given room or list is checked in full. The item's own room, list or workspace, when
  // the new scope starts to use it, only for visibility (a room may be archived since): an owner
  // who left the workspace, or a quest, would otherwise still publish into what they cannot see.
  const newLinks = {
    roomId: roomInput && roomInput !== item.roomId ? roomInput : null,
    listId: listInput && listInput !== item.listId ? listInput : null,
  };
  const kept: Target[] = [];
  const opens = (scope: WorkItemScope) =>
    input.visibility === scope && item.visibilityScope !== scope;
  if (opens('room') && roomId && !newLinks.roomId) kept.push({ entity: 'Room', id: roomId });
  if (opens('quest') && listId && !newLinks.listId) kept.push({ entity: 'List', id: listId });
  if (opens('squad')) kept.push({ entity: 'Workspace', id: item.workspaceId });
  const linkError = await linkProblem(ctx, item.workspaceId, newLinks, kept);
  if (linkError) throw linkError;
  return updateItem(
    ctx,
    item,
    {
      visibilityScope: input.visibility,
      visibility: legacyVisibility(input.visibility),
      roomId,
      listId,
      updatedAt: nowIso(),
    },
    {
      type: 'work_item.visibility_changed',
      payload: { from: item.visibilityScope, to: input.visibility },
    },
    ...linkGuards(ctx, workItems.workspaceId, newLinks, kept),
  );
}

/** Assigns the item to a member of its workspace, or unassigns it (null). */
export async function assignWorkItem(
  ctx: Context,
  input: { workItemId: string; assigneeId?: string | null },
): Promise<WorkItemRow> {
  requireUser(ctx);
  const itemId = idOf('input.workItemId', input.workItemId, 'WorkItem');
  const assigneeId = optionalId('input.assigneeId', input.assigneeId, 'User') ?? null;
  const item = await itemForChange(ctx, itemId);
  const links = {
    assigneeId: assigneeId !== null && assigneeId !== item.assigneeId ? assigneeId : null,
  };
  const linkError = await linkProblem(ctx, item.workspaceId, links);
  if (linkError) throw linkError;
  return updateItem(
    ctx,
    item,
    { assigneeId, updatedAt: nowIso() },
    // About the new assignee (null when unassigned): the user whose work it now is.
    {
      type: 'work_item.assigned',
      userId: assigneeId,
      payload: { assigneeId: assigneeId && subject('User', assigneeId) },
    },
    ...linkGuards(ctx, workItems.workspaceId, links),
  );
}

/** Deletes an item: its owner only. Returns the deleted item's id. */
export async function deleteWorkItem(ctx: Context, workItemId: string): Promise<string> {
  const userId = requireUser(ctx);
  const itemId = idOf('input.workItemId', workItemId, 'WorkItem');
  const item = await itemForChange(ctx, itemId, 'owner');
  const [result] = await ctx.db.batch([
    ctx.db.delete(workItems).where(and(eq(workItems.id, itemId), eq(workItems.ownerId, userId))),
    // The row goes: its event keeps who could see it, so subscribers are judged by the same
    // rule after the fact (src/realtime/feeds.ts). Ids and the scope only.
    itemEvent(ctx, item, {
      type: 'work_item.deleted',
      payload: {
        ownerId: item.ownerId,
        assigneeId: item.assigneeId,
        visibilityScope: item.visibilityScope,
        roomId: item.roomId,
        listId: item.listId,
      },
    }),
    // Its files go with it (after the event: that one tests the delete's own changes()).
    deleteAttachmentsOfParent(
      ctx.db,
      'work_item',
      itemId,
      sql`not exists (select 1 from ${workItems} where ${workItems.id} = ${itemId})`,
    ),
  ]);
  if (changes(result) === 0) throw new NotFoundError('WorkItem', itemId);
  await removeObjectsNow(ctx.env, ctx.db, ofParent('work_item', itemId));
  return itemId;
}
