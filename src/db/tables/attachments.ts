import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './core';
import { isoNow, touch } from './defaults';

// Mirrors db/migrations 0037.

/** What an attachment hangs on. */
export const ATTACHMENT_PARENT_KINDS = ['work_item', 'thread_message'] as const;
export type AttachmentParentKind = (typeof ATTACHMENT_PARENT_KINDS)[number];

/**
 * A file on a work item or a thread message: the bytes in R2 (`r2Key`), what the gateway decides
 * with here. `pending` until its single-use upload commits, `ready` after, `deleted` when removed
 * (`objectRemovedAt` says the R2 object is gone too).
 */
export const attachments = sqliteTable('attachments', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id'),
  quotaKey: text('quota_key').notNull(),
  parentKind: text('parent_kind', { enum: ATTACHMENT_PARENT_KINDS }).notNull(),
  parentId: text('parent_id').notNull(),
  uploaderId: text('uploader_id').references(() => users.id, { onDelete: 'set null' }),
  /** The API token that asked for the upload URL (an integrator's), refused once it is not usable. */
  uploaderTokenId: text('uploader_token_id'),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  byteSize: integer('byte_size').notNull(),
  sha256: text('sha256'),
  r2Key: text('r2_key').notNull().unique(),
  status: text('status', { enum: ['pending', 'ready', 'deleted'] })
    .notNull()
    .default('pending'),
  uploadToken: text('upload_token').notNull().unique(),
  uploadExpiresAt: text('upload_expires_at').notNull(),
  uploadStartedAt: text('upload_started_at'),
  objectRemovedAt: text('object_removed_at'),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});
