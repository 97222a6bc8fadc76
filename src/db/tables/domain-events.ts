import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { isoNow } from './defaults';

// Mirrors db/migrations 0032 (the type CHECK as rebuilt by 0037).

/** What happened: `subject.verb`, as the migration's CHECK lists them. */
export const DOMAIN_EVENT_TYPES = [
  'work_item.created',
  'work_item.updated',
  'work_item.completed',
  'work_item.deleted',
  'work_item.visibility_changed',
  'work_item.assigned',
  'thread_message.sent',
  'thread_message.delivered',
  'thread_message.read',
  'invite.accepted',
  'invite.declined',
  'invite.expired',
  'inbox_item.created',
  'workspace_member.added',
  'workspace_member.removed',
  'list_item.added',
  'list_item.completed',
  'attachment.added',
  'attachment.deleted',
] as const;

export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

/**
 * The event log (transactional outbox): one row per committed change others may care about,
 * appended in the change's own batch (`src/resolvers/domain-events.ts`). The id is the cursor
 * of "after id N in scope S"; scopes carry no foreign keys, so an event outlives its subject.
 */
export const domainEvents = sqliteTable('domain_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  type: text('type', { enum: DOMAIN_EVENT_TYPES }).notNull(),
  workspaceId: text('workspace_id'),
  threadId: text('thread_id'),
  userId: text('user_id'),
  subjectId: text('subject_id').notNull(),
  actorId: text('actor_id'),
  payload: text('payload').notNull().default('{}'),
  createdAt: text('created_at').notNull().default(isoNow),
});
