import { decodeGlobalID } from '@pothos/plugin-relay';
import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { type AttachmentParentKind, attachments, threadMessages } from '../../db/tables';
import {
  attachmentDeletableBy,
  attachmentParentEditableBy,
  attachmentVisibleTo,
  itemForChange,
  requireUser,
} from '../access';
import { systemSettingsOf } from '../admin/settings';
import { insertWhere } from '../conditional-insert';
import { changes } from '../d1-errors';
import { domainEvent, subject } from '../domain-events';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { idOf } from '../global-id';
import { newId, nowIso } from '../ids';
import { loadThreadMessages } from '../threads/messages';
import { loadThreads } from '../threads/threads';
import { requiredText } from '../validate';
import type { AttachmentRow } from './attachments';
import { StorageQuotaExceededError } from './errors';
import { removeObjectsNow } from './objects';
import { bytesHeld, quotaKeyOf } from './quota';
import { digestUploadToken, newUploadToken, UPLOAD_TOKEN_TTL_MINUTES } from './tokens';

/** The typename of each parent kind, as global IDs and events name it. */
export const PARENT_TYPENAMES: Record<AttachmentParentKind, string> = {
  work_item: 'WorkItem',
  thread_message: 'ThreadMessage',
};

const FILENAME_MAX_LENGTH = 255;

export interface CreateAttachmentUploadInput {
  parentId: string;
  filename: string;
  contentType: string;
  byteSize: number;
}

export interface AttachmentUpload {
  attachment: AttachmentRow;
  /** The raw token: in the upload URL, never stored. */
  token: string;
}

/** The parent a global ID names: a work item or a thread message. */
function parentOf(globalId: string): { kind: AttachmentParentKind; id: string } {
  let typename = '';
  try {
    typename = decodeGlobalID(globalId).typename;
  } catch {
    // idOf below names the problem.
  }
  if (typename === 'ThreadMessage') {
    return { kind: 'thread_message', id: idOf('input.parentId', globalId, 'ThreadMessage') };
  }
  if (typename !== 'WorkItem') {
    throw ValidationError.of('input.parentId', 'must be the ID of a WorkItem or a ThreadMessage.');
  }
  return { kind: 'work_item', id: idOf('input.parentId', globalId, 'WorkItem') };
}

/**
 * A file name as it will be offered back on download: no path (anything up to the last slash
 * or backslash is dropped), no control characters, 1-255 characters.
 */
function cleanFilename(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  return requiredText('input.filename', base, FILENAME_MAX_LENGTH);
}

/**
 * The workspace of a parent the viewer may attach to, or the typed error saying why not: the
 * same answers as editing it (NotFound when hidden, Forbidden when seen but not editable).
 */
async function parentForUpload(
  ctx: Context,
  parent: { kind: AttachmentParentKind; id: string },
  userId: string,
): Promise<string | null> {
  if (parent.kind === 'work_item') return (await itemForChange(ctx, parent.id)).workspaceId;
  const [message] = await loadThreadMessages(ctx, [parent.id]);
  if (!message || message.status === 'deleted') throw new NotFoundError('ThreadMessage', parent.id);
  if (message.senderUserId !== userId) {
    throw new ForbiddenError('Only the sender of a message may attach files to it.');
  }
  const [thread] = await loadThreads(ctx, [message.threadId]);
  return thread?.workspaceId ?? null;
}

/**
 * Starts an upload: checks the parent (as editing it), the type and size against the settings,
 * and reserves the bytes under the workspace's quota in the same conditional INSERT (two uploads
 * cannot both take the last free bytes). The row is `pending` until its PUT commits.
 */
export async function createAttachmentUpload(
  ctx: Context,
  input: CreateAttachmentUploadInput,
): Promise<AttachmentUpload> {
  const userId = requireUser(ctx);
  const parent = parentOf(input.parentId);
  const filename = cleanFilename(input.filename);
  const { values: settings } = await systemSettingsOf(ctx);
  const contentType = input.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!(settings.attachment_allowed_types as string[]).includes(contentType)) {
    throw ValidationError.of(
      'input.contentType',
      `must be one of ${settings.attachment_allowed_types.join(', ')}.`,
    );
  }
  if (!Number.isInteger(input.byteSize) || input.byteSize < 1) {
    throw ValidationError.of('input.byteSize', 'must be a positive number of bytes.');
  }
  if (input.byteSize > settings.attachment_max_bytes) {
    throw ValidationError.of(
      'input.byteSize',
      `must be at most ${settings.attachment_max_bytes} bytes.`,
    );
  }
  const workspaceId = await parentForUpload(ctx, parent, userId);
  const token = newUploadToken();
  const now = new Date();
  const id = newId('att');
  const quotaKey = quotaKeyOf(workspaceId, userId);
  const quota = settings.workspace_storage_quota_bytes;
  const row: AttachmentRow = {
    id,
    workspaceId,
    quotaKey,
    parentKind: parent.kind,
    parentId: parent.id,
    uploaderId: userId,
    uploaderTokenId: ctx.viewer.kind === 'integrator' ? ctx.viewer.tokenId : null,
    filename,
    contentType,
    byteSize: input.byteSize,
    sha256: null,
    r2Key: `attachments/${id}`,
    status: 'pending',
    uploadToken: await digestUploadToken(token),
    uploadExpiresAt: new Date(now.getTime() + UPLOAD_TOKEN_TTL_MINUTES * 60_000).toISOString(),
    uploadStartedAt: null,
    objectRemovedAt: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const fits = sql`${bytesHeld(quotaKey, 'reserved', row.createdAt)} + ${input.byteSize} <= ${quota}`;
  const inserted = await insertWhere(
    ctx.db,
    attachments,
    row,
    sql`${attachmentParentEditableBy(ctx, parent.kind, parent.id)} and ${fits}`,
  );
  if (changes(inserted) === 0) {
    const [usage] = await ctx.db
      .select({ used: sql<number>`${bytesHeld(quotaKey, 'reserved', row.createdAt)}` })
      .from(sql`(select 1)`);
    const used = Number(usage?.used ?? 0);
    if (used + input.byteSize > quota) {
      throw new StorageQuotaExceededError(used, quota, input.byteSize);
    }
    // The parent changed between the check and the write: answer as the check would now.
    await parentForUpload(ctx, parent, userId);
    throw new NotFoundError(PARENT_TYPENAMES[parent.kind], parent.id);
  }
  return { attachment: row, token };
}

/** SQL: the thread of a message parent (null for a work item), for the event's thread scope. */
export const threadOfParent = (row: Pick<AttachmentRow, 'parentKind' | 'parentId'>) =>
  row.parentKind === 'thread_message'
    ? sql`(select ${threadMessages.threadId} from ${threadMessages} where ${threadMessages.id} = ${row.parentId})`
    : null;

/**
 * Deletes an attachment: its uploader, its parent's owner and its workspace's owners and admins
 * may (NotFound when the viewer cannot see it, as a missing one). The row is marked deleted with
 * its event in one batch, then the object is removed from R2.
 */
export async function deleteAttachment(ctx: Context, attachmentId: string): Promise<string> {
  const userId = requireUser(ctx);
  const id = idOf('input.attachmentId', attachmentId, 'Attachment');
  const [row] = await ctx.reads.read(
    ctx.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, id), attachmentVisibleTo(ctx))),
  );
  if (!row) throw new NotFoundError('Attachment', id);
  const [result] = await ctx.db.batch([
    ctx.db
      .update(attachments)
      .set({ status: 'deleted', updatedAt: nowIso() })
      .where(and(eq(attachments.id, id), attachmentVisibleTo(ctx), attachmentDeletableBy(ctx))),
    domainEvent(ctx.db, {
      type: 'attachment.deleted',
      workspaceId: row.workspaceId,
      threadId: threadOfParent(row),
      subjectId: subject('Attachment', id),
      actorId: userId,
      payload: { parent: subject(PARENT_TYPENAMES[row.parentKind], row.parentId) },
    }),
  ]);
  if (changes(result) === 0) {
    // Still visible: the rule refused. Gone meanwhile: as missing.
    const [still] = await ctx.db
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(eq(attachments.id, id), attachmentVisibleTo(ctx)));
    if (!still) throw new NotFoundError('Attachment', id);
    throw new ForbiddenError(
      "Only the uploader, the parent's owner and the workspace's owners and admins delete a file.",
    );
  }
  await removeObjectsNow(ctx.env, ctx.db, eq(attachments.id, id));
  return id;
}
