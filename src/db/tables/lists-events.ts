import { integer, sqliteTable, text, unique } from 'drizzle-orm/sqlite-core';
import { users, workspaces } from './core';
import { isoNow, touch } from './defaults';

// Mirrors db/migrations 0002, 0021 and 0031.

export const lists = sqliteTable('lists', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  ownerId: text('owner_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  description: text('description'),
  kind: text('kind', { enum: ['checklist', 'quest'] })
    .notNull()
    .default('checklist'),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

export const listItems = sqliteTable('list_items', {
  id: text('id').primaryKey(),
  listId: text('list_id')
    .notNull()
    .references(() => lists.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  isCompleted: integer('is_completed', { mode: 'boolean' }).notNull().default(false),
  completedAt: text('completed_at'),
  completedBy: text('completed_by').references(() => users.id, { onDelete: 'set null' }),
  position: integer('position').notNull().default(0),
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

export const listMembers = sqliteTable(
  'list_members',
  {
    id: text('id').primaryKey(),
    listId: text('list_id')
      .notNull()
      .references(() => lists.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'editor', 'viewer'] })
      .notNull()
      .default('editor'),
    joinedAt: text('joined_at').notNull().default(isoNow),
    deliveryPreference: text('delivery_preference', { enum: ['instant', 'daily_digest', 'none'] })
      .notNull()
      .default('instant'),
  },
  (t) => [unique().on(t.listId, t.userId)],
);

/** A list change members may hear of (by email, instantly or in a digest). */
export const listActivity = sqliteTable('list_activity', {
  id: text('id').primaryKey(),
  listId: text('list_id')
    .notNull()
    .references(() => lists.id, { onDelete: 'cascade' }),
  listItemId: text('list_item_id')
    .notNull()
    .references(() => listItems.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['item_added', 'item_completed'] }).notNull(),
  actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: text('created_at').notNull().default(isoNow),
});

/** The daily digests sent: one per user and UTC day (`digestDate` is YYYY-MM-DD). */
export const listActivityDigests = sqliteTable(
  'list_activity_digests',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    digestDate: text('digest_date').notNull(),
    activityCount: integer('activity_count').notNull().default(0),
    sentAt: text('sent_at').notNull().default(isoNow),
  },
  (t) => [unique().on(t.userId, t.digestDate)],
);

export const hostedEvents = sqliteTable('hosted_events', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id').references(() => workspaces.id, { onDelete: 'set null' }),
  hostId: text('host_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  description: text('description'),
  location: text('location'),
  startsAt: text('starts_at').notNull(),
  endsAt: text('ends_at'),
  capacity: integer('capacity'),
  status: text('status', { enum: ['scheduled', 'cancelled', 'completed'] })
    .notNull()
    .default('scheduled'),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
});

export const eventParticipants = sqliteTable(
  'event_participants',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => hostedEvents.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['going', 'maybe', 'declined'] })
      .notNull()
      .default('going'),
    joinedAt: text('joined_at').notNull().default(isoNow),
  },
  (t) => [unique().on(t.eventId, t.userId)],
);
