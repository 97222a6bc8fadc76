import { decodeGlobalID } from '@pothos/plugin-relay';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { type Viewer, viewerUserId } from '../auth/viewer';
import type { Context } from '../context';
import { domainEvents, threads, workItems, workspaces } from '../db/tables';
import {
  memberOfWorkspace,
  requireReader,
  threadParticipantOf,
  workItemVisibleTo,
} from '../resolvers/access';
import { AppError, NotFoundError } from '../resolvers/errors';
import { idOf } from '../resolvers/global-id';
import { type InboxItemRow, loadInboxItems } from '../resolvers/inbox/inbox';
import { loadThreadMessages } from '../resolvers/threads/messages';
import type { ThreadMessageRow } from '../resolvers/threads/threads';
import { loadWorkItems, type WorkItemRow } from '../resolvers/work-items/work-items';
import { parseTopic, type Topic, threadTopic, userTopic, workspaceTopic } from './topics';

/** A row of the event log, as feeds read it. */
export type DomainEventRow = typeof domainEvents.$inferSelect;

/**
 * What a feed decides about one event, when it is read: `deliver` it, `skip` it (not of this
 * feed, or not visible to the subscriber), or `end` the stream (the subscriber lost access to
 * the topic: it completes with `accessEnded`'s typed error).
 */
export type Verdict = 'deliver' | 'skip' | 'end';

/**
 * One Subscription field's feed: where its events come from and who may have them. Transports
 * (SSE in src/realtime/stream.ts, the WebSocket's socket object) drive every field the same way:
 * `authorize` once at subscribe time, `topic` to listen and read the log, `accept` for every
 * event of the topic (at the time it is read, with the same predicates as queries), and the
 * field's `resolve` turns a delivered event (the root value) into the field's value with
 * `payload`.
 */
export interface Feed<Args = Record<string, unknown>, Payload = unknown> {
  /** The topic whose log the feed reads (validates the arguments: typed errors). */
  topic(args: Args, viewer: Viewer): Topic;
  /** Subscribe-time check, as a query would make it: throws a typed error when refused. */
  authorize(ctx: Context, args: Args): Promise<void>;
  accept(ctx: Context, args: Args, event: DomainEventRow): Promise<Verdict>;
  /** The field's value for a delivered event, loaded under the subscriber's rules. */
  payload(ctx: Context, event: DomainEventRow): Promise<Payload>;
}

/** The stream's end when the subscriber lost access to its topic (a typed error). */
export function accessEnded(what: string): AppError {
  return new AppError(
    `You no longer have access to ${what}: the subscription has ended.`,
    'SUBSCRIPTION_ACCESS_ENDED',
  );
}

/** The row id inside an event's subject (a global ID). */
export function subjectRowId(event: Pick<DomainEventRow, 'subjectId'>): string {
  return decodeGlobalID(event.subjectId).id;
}

/** The event's small JSON payload (ids and field names). */
export function eventPayload(event: Pick<DomainEventRow, 'payload'>): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(event.payload);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The scope column of a topic's kind: the log is indexed on each with the id. */
const SCOPE_COLUMN = {
  thread: domainEvents.threadId,
  user: domainEvents.userId,
  workspace: domainEvents.workspaceId,
} as const;

/** The topic's events after `afterId`, oldest first: the log a stream reads and resumes from. */
export async function eventsAfter(
  ctx: Context,
  topic: Topic,
  afterId: number,
  limit: number,
): Promise<DomainEventRow[]> {
  const parsed = parseTopic(topic);
  if (!parsed) return [];
  return ctx.db
    .select()
    .from(domainEvents)
    .where(and(eq(SCOPE_COLUMN[parsed.kind], parsed.id), gt(domainEvents.id, afterId)))
    .orderBy(asc(domainEvents.id))
    .limit(limit);
}

/** The newest event id of a topic (0 when none): where a fresh stream starts. */
export async function lastEventId(ctx: Context, topic: Topic): Promise<number> {
  const parsed = parseTopic(topic);
  if (!parsed) return 0;
  const [row] = await ctx.db
    .select({ id: sql<number | null>`max(${domainEvents.id})` })
    .from(domainEvents)
    .where(eq(SCOPE_COLUMN[parsed.kind], parsed.id));
  return Number(row?.id ?? 0);
}

// --- the thread feeds ---------------------------------------------------------------------

type ThreadArgs = { threadId: string };

const threadIdOf = (args: ThreadArgs) => idOf('threadId', args.threadId, 'Thread');

/** Whether the viewer takes part in the thread now (owner or joined; not deleted). */
async function participates(ctx: Context, threadId: string): Promise<boolean> {
  const rows = await ctx.db
    .select({ id: threads.id })
    .from(threads)
    .where(and(eq(threads.id, threadId), threadParticipantOf(ctx, threads.id)));
  return rows.length > 0;
}

async function authorizeThread(ctx: Context, args: ThreadArgs) {
  requireReader(ctx);
  const threadId = threadIdOf(args);
  // A thread one does not take part in answers as a missing one.
  if (!(await participates(ctx, threadId))) throw new NotFoundError('Thread', threadId);
}

/** A thread feed: the events of `types` in the thread, while the viewer takes part in it. */
function threadFeed<P>(
  types: readonly string[],
  payload: Feed<ThreadArgs, P>['payload'],
): Feed<ThreadArgs, P> {
  return {
    topic: (args) => threadTopic(threadIdOf(args)),
    authorize: authorizeThread,
    async accept(ctx, args, event) {
      if (!types.includes(event.type)) return 'skip';
      return (await participates(ctx, threadIdOf(args))) ? 'deliver' : 'end';
    },
    payload,
  };
}

const THREAD_ACTIVITY_TYPES = [
  'thread_message.delivered',
  'thread_message.read',
  'invite.accepted',
] as const;

// --- the inbox feed -----------------------------------------------------------------------

const inboxFeed: Feed<Record<string, never>, InboxItemRow | null> = {
  topic: (_args, viewer) => userTopic(viewerUserId(viewer) ?? ''),
  async authorize(ctx) {
    requireReader(ctx);
  },
  async accept(ctx, _args, event) {
    return event.type === 'inbox_item.created' && event.userId === viewerUserId(ctx.viewer)
      ? 'deliver'
      : 'skip';
  },
  async payload(ctx, event) {
    const [item] = await loadInboxItems(ctx, [subjectRowId(event)]);
    return item ?? null;
  },
};

// --- the work item feed -------------------------------------------------------------------

type WorkspaceArgs = { workspaceId: string };

const workspaceIdOf = (args: WorkspaceArgs) => idOf('workspaceId', args.workspaceId, 'Workspace');

async function isMember(ctx: Context, workspaceId: string): Promise<boolean> {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return false;
  const rows = await ctx.db
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(and(eq(workspaces.id, workspaceId), memberOfWorkspace(workspaces.id, userId)));
  return rows.length > 0;
}

const goneItem = alias(workItems, 'gone_item');

/**
 * Whether the subscriber could see a deleted item: its row is gone, so the rule runs over the
 * columns its event recorded at deletion (owner, assignee, scope, room, list).
 */
async function couldSeeDeleted(ctx: Context, event: DomainEventRow): Promise<boolean> {
  const was = eventPayload(event);
  const text = (key: string) => (typeof was[key] === 'string' ? (was[key] as string) : null);
  if (!text('visibilityScope')) return false;
  const row = sql`(select ${text('ownerId')} as owner_id, ${text('assigneeId')} as assignee_id, ${text('visibilityScope')} as visibility_scope, ${text('roomId')} as room_id, ${text('listId')} as list_id, ${event.workspaceId} as workspace_id) as ${sql.identifier('gone_item')}`;
  const [found] = await ctx.db
    .select({ yes: sql<number>`1` })
    .from(row)
    .where(workItemVisibleTo(ctx, goneItem));
  return found !== undefined;
}

const WORK_ITEM_TYPES = new Set([
  'work_item.created',
  'work_item.updated',
  'work_item.completed',
  'work_item.deleted',
  'work_item.visibility_changed',
  'work_item.assigned',
]);

const workItemFeed: Feed<WorkspaceArgs, { event: DomainEventRow; item: WorkItemRow | null }> = {
  topic: (args) => workspaceTopic(workspaceIdOf(args)),
  async authorize(ctx, args) {
    requireReader(ctx);
    const workspaceId = workspaceIdOf(args);
    if (!(await isMember(ctx, workspaceId))) throw new NotFoundError('Workspace', workspaceId);
  },
  async accept(ctx, args, event) {
    const workspaceId = workspaceIdOf(args);
    // The viewer's own removal ends the stream, unless they are a member again by the time it is
    // read (a stream resumed from before a removal and a later re-adding goes past it).
    if (event.type === 'workspace_member.removed' && event.userId === viewerUserId(ctx.viewer)) {
      return (await isMember(ctx, workspaceId)) ? 'skip' : 'end';
    }
    if (!WORK_ITEM_TYPES.has(event.type)) return 'skip';
    if (!(await isMember(ctx, workspaceId))) return 'end';
    if (event.type === 'work_item.deleted') {
      return (await couldSeeDeleted(ctx, event)) ? 'deliver' : 'skip';
    }
    // Judged on the item as it is when the event is read: an item made private to someone
    // else since is not delivered (a newer state never leaks an older one's readers).
    const [item] = await loadWorkItems(ctx, [subjectRowId(event)]);
    return item ? 'deliver' : 'skip';
  },
  async payload(ctx, event) {
    if (event.type === 'work_item.deleted') return { event, item: null };
    const [item] = await loadWorkItems(ctx, [subjectRowId(event)]);
    return { event, item: item ?? null };
  },
};

/**
 * Every Subscription field's feed, by field name. The schema's Subscription fields and both
 * transports read this one registry.
 */
export const FEEDS = {
  threadMessageAdded: threadFeed<ThreadMessageRow | null>(
    ['thread_message.sent'],
    async (ctx, event) => {
      const [message] = await loadThreadMessages(ctx, [subjectRowId(event)]);
      return message ?? null;
    },
  ),
  threadActivity: threadFeed<DomainEventRow>(
    THREAD_ACTIVITY_TYPES,
    async (_ctx, event) => event as DomainEventRow,
  ),
  inboxItemAdded: inboxFeed,
  workItemChanged: workItemFeed,
} satisfies Record<string, Feed<never, unknown>>;

export type FeedName = keyof typeof FEEDS;

/** The feed of a Subscription field, or undefined for a name that has none. */
export function feedOf(field: string): Feed<Record<string, unknown>> | undefined {
  return (FEEDS as Record<string, Feed<Record<string, unknown>>>)[field];
}
