import { type AnySQLiteColumn, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rooms, users, workspaces } from './core';
import { isoNow, touch } from './defaults';
import { lists } from './lists-events';

// Mirrors db/migrations 0001 and 0024 (see the SQL for CHECKs and indexes). In a file of its own:
// a work item belongs to a workspace (core.ts) and may belong to a list (lists-events.ts), which
// itself belongs to a workspace, so neither of those files can hold it without a cycle.

export const workItems = sqliteTable('work_items', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  roomId: text('room_id').references(() => rooms.id, { onDelete: 'set null' }),
  ownerId: text('owner_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  assigneeId: text('assignee_id').references(() => users.id, { onDelete: 'set null' }),
  type: text('type', { enum: ['task', 'scheduled'] })
    .notNull()
    .default('task'),
  status: text('status', { enum: ['todo', 'in_progress', 'done', 'cancelled'] })
    .notNull()
    .default('todo'),
  title: text('title').notNull(),
  description: text('description'),
  /** Legacy (0001); `visibilityScope` (0024) is the one that decides visibility. */
  visibility: text('visibility', { enum: ['private', 'room'] })
    .notNull()
    .default('private'),
  dueAt: text('due_at'),
  startsAt: text('starts_at'),
  endsAt: text('ends_at'),
  completedAt: text('completed_at'),
  createdAt: text('created_at').notNull().default(isoNow),
  updatedAt: text('updated_at').notNull().default(isoNow).$onUpdate(touch),
  visibilityScope: text('visibility_scope', { enum: ['private', 'room', 'quest', 'squad'] })
    .notNull()
    .default('private'),
  listId: text('list_id').references((): AnySQLiteColumn => lists.id, { onDelete: 'set null' }),
});
