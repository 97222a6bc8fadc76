import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import { attachments, threadMessages, workItems } from '../../db/tables';
import { aliased } from '../sql-helpers';
import { MANAGER_ROLES, memberOfWorkspace } from './membership';
import { threadParticipantOf } from './threads';
import type { WithViewer } from './viewer-guards';
import { workItemEditableBy, workItemVisibleTo } from './work-items';

/** The attachments columns the rules read: the table itself, or an alias of it. */
export interface AttachmentColumns {
  parentKind: SQLiteColumn;
  parentId: SQLiteColumn;
  status: SQLiteColumn;
  uploaderId: SQLiteColumn;
  workspaceId: SQLiteColumn;
}

// Aliased: the rules run inside queries and writes over work_items and thread_messages.
const { columns: parentItem, from: parentItemFrom } = aliased(workItems, 'att_parent_item');
const { columns: parentMessage, from: parentMessageFrom } = aliased(
  threadMessages,
  'att_parent_message',
);

/** SQL: the work item `id` exists and `rule` (over its aliased columns) holds for it. */
const itemWhere = (id: SQLiteColumn | string, rule: SQL) =>
  sql`exists (select 1 from ${parentItemFrom} where ${parentItem.id} = ${id} and ${rule})`;
/** SQL: the message `id` exists, is not withdrawn, and `rule` holds for it. */
const messageWhere = (id: SQLiteColumn | string, rule: SQL) =>
  sql`exists (select 1 from ${parentMessageFrom} where ${parentMessage.id} = ${id} and ${parentMessage.status} != 'deleted' and ${rule})`;

/**
 * Who sees an attachment (its row, its `GET /files/<id>`): a ready one is seen by whoever sees
 * its parent, by the parent's own rule (DESIGN.md, "Files"): a work item's `workItemVisibleTo`,
 * a message's thread participants. Pending and deleted ones are seen by nobody, so a file one may
 * not see answers exactly as a missing one.
 */
export function attachmentVisibleTo(
  ctx: WithViewer,
  attachment: AttachmentColumns = attachments,
): SQL {
  if (viewerUserId(ctx.viewer) === null) return sql`0`;
  return sql`(${attachment.status} = 'ready' and ((${attachment.parentKind} = 'work_item' and ${itemWhere(attachment.parentId, workItemVisibleTo(ctx, parentItem))}) or (${attachment.parentKind} = 'thread_message' and ${messageWhere(attachment.parentId, threadParticipantOf(ctx, parentMessage.threadId))})))`;
}

/**
 * Who may attach a file to a parent: a work item's editors (the same rule as editing it: its
 * owner, its assignee, the workspace's owners and admins, while they see it); a message's sender
 * (the one who may change a message), while still a participant of its thread.
 */
export function attachmentParentEditableBy(
  ctx: WithViewer,
  parentKind: 'work_item' | 'thread_message',
  parentId: string,
): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  if (parentKind === 'work_item') {
    return itemWhere(
      parentId,
      sql`${workItemVisibleTo(ctx, parentItem)} and ${workItemEditableBy(ctx, parentItem)}`,
    );
  }
  return messageWhere(
    parentId,
    sql`${parentMessage.senderUserId} = ${userId} and ${threadParticipantOf(ctx, parentMessage.threadId)}`,
  );
}

/**
 * Who may delete an attachment they see: its uploader, the owner of its parent (a work item's
 * owner, a message's sender) and the owners and admins of its workspace.
 */
export function attachmentDeletableBy(
  ctx: WithViewer,
  attachment: AttachmentColumns = attachments,
): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  const parentOwner = sql`((${attachment.parentKind} = 'work_item' and ${itemWhere(attachment.parentId, sql`${parentItem.ownerId} = ${userId}`)}) or (${attachment.parentKind} = 'thread_message' and ${messageWhere(attachment.parentId, sql`${parentMessage.senderUserId} = ${userId}`)}))`;
  return sql`(${attachment.uploaderId} = ${userId} or ${parentOwner} or ${memberOfWorkspace(attachment.workspaceId, userId, MANAGER_ROLES)})`;
}
