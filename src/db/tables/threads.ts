import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { users, workspaces } from './core';
import { isoNow, touch } from './defaults';

// Mirrors db/migrations 0022, 0026, 0028 and 0030.

export const threads = sqliteTable('threads', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  workspaceId: text('workspace_id').references(() => workspaces.id, { onDelete: 'set null' }),
  title: text('title').notNull(),
  description: text('description'),
  status: text('status', { enum: ['active', 'archived', 'deleted'] })
    .notNull()
    .default('active'),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

export const threadInvites = sqliteTable('thread_invites', {
  id: text('id').primaryKey(),
  threadId: text('thread_id')
    .notNull()
    .references(() => threads.id, { onDelete: 'cascade' }),
  token: text('token').notNull().unique(),
  email: text('email').notNull(),
  candidateName: text('candidate_name').notNull(),
  candidateReason: text('candidate_reason'),
  status: text('status', { enum: ['pending', 'accepted', 'declined', 'expired'] })
    .notNull()
    .default('pending'),
  expiresAt: text('expires_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+72 hours'))`),
  acceptedAt: text('accepted_at'),
  createdAt: text('created_at').notNull().default(isoNow),
  emailStatus: text('email_status', { enum: ['queued', 'sent', 'failed'] })
    .notNull()
    .default('queued'),
  emailAttempts: integer('email_attempts').notNull().default(0),
  emailError: text('email_error'),
  invitedUserId: text('invited_user_id').references(() => users.id, { onDelete: 'set null' }),
  respondedAt: text('responded_at'),
  /** When the email's message was last handed to the queue; null: at `createdAt`. */
  emailQueuedAt: text('email_queued_at'),
});

export const threadParticipants = sqliteTable('thread_participants', {
  id: text('id').primaryKey(),
  threadId: text('thread_id')
    .notNull()
    .references(() => threads.id, { onDelete: 'cascade' }),
  /** NULL for a participant who is not a registered user (then `email` is set). */
  userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
  email: text('email'),
  role: text('role', { enum: ['owner', 'member'] })
    .notNull()
    .default('member'),
  joinedAt: text('joined_at').notNull().default(isoNow),
});

export const threadMessages = sqliteTable('thread_messages', {
  id: text('id').primaryKey(),
  threadId: text('thread_id')
    .notNull()
    .references(() => threads.id, { onDelete: 'cascade' }),
  senderUserId: text('sender_user_id').references(() => users.id, { onDelete: 'set null' }),
  body: text('body').notNull(),
  status: text('status', { enum: ['sent', 'edited', 'deleted'] })
    .notNull()
    .default('sent'),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

export const threadMessageDeliveries = sqliteTable(
  'thread_message_deliveries',
  {
    id: text('id').primaryKey(),
    messageId: text('message_id')
      .notNull()
      .references(() => threadMessages.id, { onDelete: 'cascade' }),
    recipientUserId: text('recipient_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'delivered', 'read', 'failed'] })
      .notNull()
      .default('pending'),
    deliveredAt: text('delivered_at'),
    readAt: text('read_at'),
    createdAt: text('created_at').notNull().default(isoNow),
  },
  (t) => [unique().on(t.messageId, t.recipientUserId)],
);

/** Mails kept by the local email sender (development and tests). */
export const emailOutbox = sqliteTable('email_outbox', {
  id: text('id').primaryKey(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  htmlBody: text('html_body').notNull(),
  relatedType: text('related_type'),
  relatedId: text('related_id'),
  createdAt: text('created_at').notNull().default(isoNow),
});

/** Idempotency keys of createThread: per user, the request they stood for and its thread. */
export const threadIdempotencyKeys = sqliteTable(
  'thread_idempotency_keys',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    requestDigest: text('request_digest').notNull(),
    threadId: text('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull().default(isoNow),
  },
  (t) => [unique().on(t.userId, t.idempotencyKey)],
);
