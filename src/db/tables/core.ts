import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, unique, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { isoNow, touch } from './defaults';

// Mirrors db/migrations 0001, 0004, 0008, 0010, 0024, 0025 (see the SQL for CHECKs and indexes).

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  avatarUrl: text('avatar_url'),
  bio: text('bio'),
  timezone: text('timezone'),
  status: text('status', { enum: ['active', 'suspended', 'deleted'] })
    .notNull()
    .default('active'),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  description: text('description'),
  ownerId: text('owner_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

// Rebuilt by 0025 (workspace access v2).
export const workspaceMembers = sqliteTable(
  'workspace_members',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'admin', 'member', 'viewer'] })
      .notNull()
      .default('member'),
    addedBy: text('added_by').references(() => users.id, { onDelete: 'set null' }),
    joinedAt: text('joined_at').notNull().default(isoNow),
    updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
  },
  (t) => [unique().on(t.workspaceId, t.userId)],
);

export const rooms = sqliteTable('rooms', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  description: text('description'),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  isArchived: integer('is_archived', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

export const roomMembers = sqliteTable(
  'room_members',
  {
    id: text('id').primaryKey(),
    roomId: text('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'member'] })
      .notNull()
      .default('member'),
    joinedAt: text('joined_at').notNull().default(isoNow),
  },
  (t) => [unique().on(t.roomId, t.userId)],
);

export const inboxItems = sqliteTable('inbox_items', {
  id: text('id').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  kind: text('kind', {
    enum: [
      'system',
      'assignment',
      'mention',
      'relationship_request',
      'invite_accepted',
      'thread_message',
      'event',
    ],
  })
    .notNull()
    .default('system'),
  title: text('title').notNull(),
  body: text('body'),
  subjectType: text('subject_type'),
  subjectId: text('subject_id'),
  isRead: integer('is_read', { mode: 'boolean' }).notNull().default(false),
  readAt: text('read_at'),
  archivedAt: text('archived_at'),
  createdAt: text('created_at').notNull().default(isoNow),
});

// UNIQUE (user_id, related_user_id) comes from 0010 (ux_relationships_pair).
export const relationships = sqliteTable(
  'relationships',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    relatedUserId: text('related_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['friend', 'colleague'] })
      .notNull()
      .default('friend'),
    createdAt: text('created_at').notNull().default(isoNow),
  },
  (t) => [uniqueIndex('ux_relationships_pair').on(t.userId, t.relatedUserId)],
);

export const relationshipRequests = sqliteTable(
  'relationship_requests',
  {
    id: text('id').primaryKey(),
    fromUserId: text('from_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    toUserId: text('to_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'accepted', 'declined', 'cancelled'] })
      .notNull()
      .default('pending'),
    message: text('message'),
    respondedAt: text('responded_at'),
    createdAt: text('created_at').notNull().default(isoNow),
    updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
  },
  // At most one pending request per (from, to) pair.
  (t) => [
    uniqueIndex('ux_relationship_requests_pending_pair')
      .on(t.fromUserId, t.toUserId)
      .where(sql`status = 'pending'`),
  ],
);
