import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { listItems, listMembers, lists } from '../../db/tables';
import {
  CONTRIBUTOR_ROLES,
  firstHidden,
  inListWorkspace,
  listEditableBy,
  listManagedBy,
  listOwnedBy,
  listVisibleTo,
  memberOfWorkspace,
  requireUser,
  requireWorkspaceRole,
} from '../access';
import { insertWhere } from '../conditional-insert';
import { changes, mapConstraintError } from '../d1-errors';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { newId, nowIso } from '../ids';
import { holds } from '../sql-helpers';
import { optionalText, requiredText } from '../validate';
import { recordListActivity } from './activity';
import type {
  DeliveryPreference,
  ListItemRow,
  ListKind,
  ListMemberRow,
  ListRole,
  ListRow,
} from './lists';

export async function createList(
  ctx: Context,
  workspaceId: string,
  input: { name: string; description?: string | null; kind?: ListKind | null },
): Promise<ListRow> {
  const userId = requireUser(ctx);
  const name = requiredText('input.name', input.name, 100);
  const description = optionalText('input.description', input.description, 2000);
  await requireWorkspaceRole(
    ctx,
    workspaceId,
    userId,
    CONTRIBUTOR_ROLES,
    'Viewers of a workspace do not create lists.',
  );
  const now = nowIso();
  const row: ListRow = {
    id: newId('lst'),
    workspaceId,
    ownerId: userId,
    name,
    description,
    kind: input.kind ?? 'checklist',
    createdAt: now,
    updatedAt: now,
  };
  const [inserted] = await ctx.db.batch([
    insertWhere(ctx.db, lists, row, memberOfWorkspace(workspaceId, userId, CONTRIBUTOR_ROLES)),
    insertWhere(
      ctx.db,
      listMembers,
      {
        id: newId('lsm'),
        listId: row.id,
        userId,
        role: 'owner',
        joinedAt: now,
        deliveryPreference: 'instant',
      },
      sql`exists (select 1 from ${lists} where ${lists.id} = ${row.id})`,
    ),
  ]);
  if (changes(inserted) === 0) throw new ConflictError('Your role changed meanwhile; try again.');
  return row;
}

/** The list (visible to the viewer) and whether the viewer may edit its items. */
async function editableList(ctx: Context, userId: string, listId: string) {
  const [visible, editable] = await Promise.all([
    ctx.reads.read(
      ctx.db
        .select({ id: lists.id })
        .from(lists)
        .where(and(eq(lists.id, listId), listVisibleTo(ctx, lists.id))),
    ),
    holds(ctx, listEditableBy(userId, listId)),
  ]);
  if (visible.length === 0) throw new NotFoundError('List', listId);
  if (!editable) throw new ForbiddenError('You may read this list but not change it.');
}

/** The item (visible to the viewer), after checking the viewer may edit its list. */
async function editableItem(ctx: Context, userId: string, itemId: string): Promise<ListItemRow> {
  const rows = await ctx.reads.read(
    ctx.db
      .select()
      .from(listItems)
      .where(and(eq(listItems.id, itemId), listVisibleTo(ctx, listItems.listId))),
  );
  const item = rows[0];
  if (!item) throw new NotFoundError('ListItem', itemId);
  if (!(await holds(ctx, listEditableBy(userId, item.listId)))) {
    throw new ForbiddenError('You may read this list but not change it.');
  }
  return item;
}

/** The highest place of a list entry. */
const MAX_POSITION = 1_000_000_000;

export async function addListItem(
  ctx: Context,
  listId: string,
  input: { title: string; position?: number | null },
): Promise<ListItemRow> {
  const userId = requireUser(ctx);
  const title = requiredText('input.title', input.title, 500);
  const { position } = input;
  if (
    position != null &&
    (!Number.isInteger(position) || position < 0 || position > MAX_POSITION)
  ) {
    throw ValidationError.of('input.position', `must be an integer from 0 to ${MAX_POSITION}.`);
  }
  await editableList(ctx, userId, listId);
  const now = nowIso();
  const itemId = newId('lsi');
  const activity = recordListActivity(ctx, {
    listId,
    listItemId: itemId,
    kind: 'item_added',
    actorId: userId,
    createdAt: now,
  });
  const [rows, ...recorded] = await ctx.db.batch([
    insertWhere(
      ctx.db,
      listItems,
      {
        id: itemId,
        listId,
        title,
        isCompleted: false,
        completedAt: null,
        completedBy: null,
        // Omitted: after the last item, computed in the same statement; never past the highest
        // place a client may give (ties there are ordered by id).
        position:
          position ??
          sql`(select min(coalesce(max(${listItems.position}) + 1, 0), ${MAX_POSITION}) from ${listItems} where ${listItems.listId} = ${listId})`,
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      },
      listEditableBy(userId, listId),
    ).returning(),
    ...activity.statements,
  ]);
  const row = rows[0];
  if (!row) throw new ConflictError('Your access to the list changed meanwhile; try again.');
  await activity.announce(recorded);
  return row;
}

/** Completes or reopens an item; idempotent (completing a completed item keeps its time). */
export async function setListItemCompleted(
  ctx: Context,
  itemId: string,
  completed: boolean,
): Promise<ListItemRow> {
  const userId = requireUser(ctx);
  const item = await editableItem(ctx, userId, itemId);
  const now = nowIso();
  const set = completed
    ? {
        isCompleted: true,
        completedAt: sql`case when ${listItems.isCompleted} = 1 then ${listItems.completedAt} else ${now} end`,
        completedBy: sql`case when ${listItems.isCompleted} = 1 then ${listItems.completedBy} else ${userId} end`,
        updatedAt: now,
      }
    : { isCompleted: false, completedAt: null, completedBy: null, updatedAt: now };
  // Checking an entry off is news for the list's members; reopening one is not.
  const activity = completed
    ? recordListActivity(ctx, {
        listId: item.listId,
        listItemId: itemId,
        kind: 'item_completed',
        actorId: userId,
        createdAt: now,
      })
    : null;
  const [rows, ...recorded] = await ctx.db.batch([
    ctx.db
      .update(listItems)
      .set(set)
      .where(and(eq(listItems.id, itemId), listEditableBy(userId, item.listId)))
      .returning(),
    ...(activity?.statements ?? []),
  ]);
  const row = rows[0];
  if (!row) throw new ConflictError('The item or your access changed meanwhile; try again.');
  await activity?.announce(recorded);
  return row;
}

export async function removeListItem(ctx: Context, itemId: string): Promise<string> {
  const userId = requireUser(ctx);
  const item = await editableItem(ctx, userId, itemId);
  const [rows] = await ctx.db.batch([
    ctx.db
      .delete(listItems)
      .where(and(eq(listItems.id, itemId), listEditableBy(userId, item.listId)))
      .returning({ id: listItems.id }),
  ]);
  if (rows.length === 0) {
    throw new ConflictError('The item or your access changed meanwhile; try again.');
  }
  return itemId;
}

/**
 * Adds a member of the list's workspace to the list. List owners and the workspace's owner and
 * admins only; OWNER is not granted this way (a list has its owner from creation).
 */
export async function addListMember(
  ctx: Context,
  listId: string,
  memberUserId: string,
  input: { role?: ListRole | null; deliveryPreference?: DeliveryPreference | null },
): Promise<ListMemberRow> {
  const userId = requireUser(ctx);
  const role = input.role ?? 'editor';
  if (role === 'owner') {
    throw ValidationError.of('input.role', 'must be EDITOR or VIEWER: a list has one owner.');
  }
  const [visible, manages, inWorkspace, unknownUser] = await Promise.all([
    ctx.reads.read(
      ctx.db
        .select({ id: lists.id })
        .from(lists)
        .where(and(eq(lists.id, listId), listVisibleTo(ctx, lists.id))),
    ),
    holds(ctx, listManagedBy(userId, listId)),
    holds(ctx, inListWorkspace(listId, memberUserId)),
    firstHidden(ctx, [{ entity: 'User', id: memberUserId }]),
  ]);
  if (visible.length === 0) throw new NotFoundError('List', listId);
  if (!manages) {
    throw new ForbiddenError('Only the list owner and workspace owners and admins add members.');
  }
  if (unknownUser) throw unknownUser;
  if (!inWorkspace) {
    throw ValidationError.of('input.userId', "must be a member of the list's workspace.");
  }
  const row: ListMemberRow = {
    id: newId('lsm'),
    listId,
    userId: memberUserId,
    role,
    joinedAt: nowIso(),
    deliveryPreference: input.deliveryPreference ?? 'instant',
  };
  try {
    const [inserted] = await ctx.db.batch([
      insertWhere(
        ctx.db,
        listMembers,
        row,
        sql`${listManagedBy(userId, listId)} and ${inListWorkspace(listId, memberUserId)}`,
      ),
    ]);
    if (changes(inserted) === 0) {
      throw new ConflictError('Your access or their membership changed meanwhile; try again.');
    }
  } catch (error) {
    if (error instanceof ConflictError) throw error;
    mapConstraintError(error, 'That user is already a member of the list.');
  }
  return row;
}

/** Changes how a list member hears of the list: the member themself or a list owner. */
export async function changeListMemberDeliveryPreference(
  ctx: Context,
  memberId: string,
  deliveryPreference: DeliveryPreference,
): Promise<ListMemberRow> {
  const userId = requireUser(ctx);
  const rows = await ctx.reads.read(
    ctx.db
      .select()
      .from(listMembers)
      .where(and(eq(listMembers.id, memberId), listVisibleTo(ctx, listMembers.listId))),
  );
  const member = rows[0];
  if (!member) throw new NotFoundError('ListMember', memberId);
  const self = member.userId === userId;
  if (!self && !(await holds(ctx, listOwnedBy(userId, member.listId)))) {
    throw new ForbiddenError("Only the member themself or the list's owner changes this.");
  }
  const guard = self ? eq(listMembers.userId, userId) : listOwnedBy(userId, member.listId);
  const [updated] = await ctx.db.batch([
    ctx.db
      .update(listMembers)
      .set({ deliveryPreference })
      .where(and(eq(listMembers.id, memberId), guard))
      .returning(),
  ]);
  const row = updated[0];
  if (!row) throw new ConflictError('The membership changed meanwhile; try again.');
  return row;
}
