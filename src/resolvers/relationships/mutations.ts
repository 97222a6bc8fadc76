import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { inboxItems, relationshipRequests, relationships, users } from '../../db/tables';
import { relationshipRequestVisibleTo, requireUser } from '../access';
import { insertWhere } from '../conditional-insert';
import { changes, mapConstraintError } from '../d1-errors';
import { domainEvent, subject } from '../domain-events';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { newId, nowIso } from '../ids';
import { holds } from '../sql-helpers';
import { optionalText } from '../validate';
import type { RelationshipRequestRow, RelationshipRow } from './relationships';

/** SQL: the two users are related, in either direction. */
function relatedSql(a: string, b: string): SQL {
  return sql`exists (select 1 from ${relationships} where (${relationships.userId} = ${a} and ${relationships.relatedUserId} = ${b}) or (${relationships.userId} = ${b} and ${relationships.relatedUserId} = ${a}))`;
}

/** SQL: a pending request exists between the two users, in either direction. */
function pendingSql(a: string, b: string): SQL {
  return sql`exists (select 1 from ${relationshipRequests} where ${relationshipRequests.status} = 'pending' and ((${relationshipRequests.fromUserId} = ${a} and ${relationshipRequests.toUserId} = ${b}) or (${relationshipRequests.fromUserId} = ${b} and ${relationshipRequests.toUserId} = ${a})))`;
}

/** After a decline, the sender may not ask the same person again for this long. */
export const DECLINED_COOLDOWN_DAYS = 30;
/** Requests one sender may send one person in 24 hours, cancelled ones included. */
export const REQUESTS_PER_PAIR_PER_DAY = 3;

const ago = (now: string, hours: number) =>
  new Date(Date.parse(now) - hours * 3_600_000).toISOString();

/**
 * SQL: `to` declined a request of `from` within the cooldown (counted from the answer, or from
 * the row's last change where no answer time was kept).
 */
function declinedRecentlySql(from: string, to: string, now: string): SQL {
  return sql`exists (select 1 from ${relationshipRequests} where ${relationshipRequests.fromUserId} = ${from} and ${relationshipRequests.toUserId} = ${to} and ${relationshipRequests.status} = 'declined' and coalesce(${relationshipRequests.respondedAt}, ${relationshipRequests.updatedAt}) > ${ago(now, DECLINED_COOLDOWN_DAYS * 24)})`;
}

/** SQL: `from` has sent `to` the day's allowance of requests already (cancel and send again). */
function dailyAllowanceSpentSql(from: string, to: string, now: string): SQL {
  return sql`(select count(*) from ${relationshipRequests} where ${relationshipRequests.fromUserId} = ${from} and ${relationshipRequests.toUserId} = ${to} and ${relationshipRequests.createdAt} > ${ago(now, 24)}) >= ${REQUESTS_PER_PAIR_PER_DAY}`;
}

/** The event of an inbox item, right after its conditional insert in the same batch. */
function inboxEvent(ctx: Context, ownerId: string, inboxId: string, actorId: string) {
  return domainEvent(ctx.db, {
    type: 'inbox_item.created',
    userId: ownerId,
    subjectId: subject('InboxItem', inboxId),
    actorId,
    payload: { kind: 'relationship_request' },
  });
}

/** Sends a request to another user, and puts it in their inbox, in one batch. */
export async function sendRelationshipRequest(
  ctx: Context,
  toUserId: string,
  input: { message?: string | null },
): Promise<RelationshipRequestRow> {
  const userId = requireUser(ctx);
  if (toUserId === userId) {
    throw ValidationError.of('input.toUserId', 'cannot be yourself.');
  }
  const message = optionalText('input.message', input.message, 500);
  const now = nowIso();
  // Every request puts an item in the recipient's inbox, with the sender's words: a decline
  // holds for DECLINED_COOLDOWN_DAYS, and cancelling to send again is allowed a few times a day.
  const declinedSql = declinedRecentlySql(userId, toUserId, now);
  const spentSql = dailyAllowanceSpentSql(userId, toUserId, now);
  // Five reads, one round trip: they give precise errors; the write re-checks them in SQL.
  const [people, related, pending, declined, spent] = await Promise.all([
    ctx.reads.read(
      ctx.db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(inArray(users.id, [userId, toUserId])),
    ),
    holds(ctx, relatedSql(userId, toUserId)),
    holds(ctx, pendingSql(userId, toUserId)),
    holds(ctx, declinedSql),
    holds(ctx, spentSql),
  ]);
  const sender = people.find((person) => person.id === userId);
  if (!people.some((person) => person.id === toUserId)) throw new NotFoundError('User', toUserId);
  if (related) throw new ConflictError('You are already related.');
  if (pending) {
    throw new ConflictError('A request between you is already pending: answer or cancel it.');
  }
  if (declined) {
    throw new ConflictError(
      `They declined your request within the last ${DECLINED_COOLDOWN_DAYS} days: it stays declined until then.`,
    );
  }
  if (spent) {
    throw new ConflictError(
      `You have sent them ${REQUESTS_PER_PAIR_PER_DAY} requests in the last 24 hours: try again later.`,
    );
  }
  const row: RelationshipRequestRow = {
    id: newId('rrq'),
    fromUserId: userId,
    toUserId,
    status: 'pending',
    message,
    respondedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  const inboxId = newId('inb');
  try {
    const [inserted] = await ctx.db.batch([
      insertWhere(
        ctx.db,
        relationshipRequests,
        row,
        sql`not ${relatedSql(userId, toUserId)} and not ${pendingSql(userId, toUserId)} and not ${declinedSql} and not ${spentSql}`,
      ),
      insertWhere(
        ctx.db,
        inboxItems,
        {
          id: inboxId,
          userId: toUserId,
          kind: 'relationship_request',
          title: `${sender?.displayName ?? 'Someone'} wants to connect with you`,
          body: message,
          subjectType: 'relationship_request',
          subjectId: row.id,
          isRead: false,
          readAt: null,
          archivedAt: null,
          createdAt: now,
        },
        sql`exists (select 1 from ${relationshipRequests} where ${relationshipRequests.id} = ${row.id})`,
      ),
      inboxEvent(ctx, toUserId, inboxId, userId),
    ]);
    if (changes(inserted) === 0) {
      throw new ConflictError(
        'You became related, a request appeared, or another of yours was answered, meanwhile.',
      );
    }
  } catch (error) {
    if (error instanceof ConflictError) throw error;
    mapConstraintError(error, 'A request between you is already pending.');
  }
  return row;
}

/** The request as its party sees it, or NotFound (also for anyone who is not a party). */
async function visibleRequest(ctx: Context, requestId: string): Promise<RelationshipRequestRow> {
  const rows = await ctx.reads.read(
    ctx.db
      .select()
      .from(relationshipRequests)
      .where(and(eq(relationshipRequests.id, requestId), relationshipRequestVisibleTo(ctx))),
  );
  const request = rows[0];
  if (!request) throw new NotFoundError('RelationshipRequest', requestId);
  return request;
}

function requirePending(request: RelationshipRequestRow) {
  if (request.status !== 'pending') {
    throw new ConflictError(`The request is already ${request.status}.`);
  }
}

/**
 * Accepts a request addressed to the viewer. One batch: the status flips only if still pending,
 * then both directions of the relationship are inserted (the unique pair makes a repeat a no-op)
 * and the sender gets one inbox item. Concurrent accepts: one wins, the others get a conflict,
 * and the pair exists once.
 */
export async function acceptRelationshipRequest(
  ctx: Context,
  requestId: string,
): Promise<RelationshipRow> {
  const userId = requireUser(ctx);
  const request = await visibleRequest(ctx, requestId);
  if (request.toUserId !== userId) {
    throw new ForbiddenError('Only the recipient accepts a request.');
  }
  requirePending(request);
  const senderId = request.fromUserId;
  const now = nowIso();
  const accepted = sql`exists (select 1 from ${relationshipRequests} where ${relationshipRequests.id} = ${requestId} and ${relationshipRequests.toUserId} = ${userId} and ${relationshipRequests.status} = 'accepted')`;
  const pair = (from: string, to: string): RelationshipRow => ({
    id: newId('rel'),
    userId: from,
    relatedUserId: to,
    kind: 'friend',
    createdAt: now,
  });
  const acceptedInboxId = newId('inb');
  const [updated, , , , , mine] = await ctx.db.batch([
    ctx.db
      .update(relationshipRequests)
      .set({ status: 'accepted', respondedAt: now, updatedAt: now })
      .where(
        and(
          eq(relationshipRequests.id, requestId),
          eq(relationshipRequests.toUserId, userId),
          eq(relationshipRequests.status, 'pending'),
        ),
      )
      .returning({ id: relationshipRequests.id }),
    insertWhere(ctx.db, relationships, pair(userId, senderId), accepted).onConflictDoNothing(),
    insertWhere(ctx.db, relationships, pair(senderId, userId), accepted).onConflictDoNothing(),
    insertWhere(
      ctx.db,
      inboxItems,
      {
        id: acceptedInboxId,
        userId: senderId,
        kind: 'relationship_request',
        title: 'Your relationship request was accepted',
        body: null,
        subjectType: 'relationship_request',
        subjectId: requestId,
        isRead: false,
        readAt: null,
        archivedAt: null,
        createdAt: now,
      },
      // Once per request, however many accepts race.
      sql`${accepted} and not exists (select 1 from ${inboxItems} where ${inboxItems.userId} = ${senderId} and ${inboxItems.subjectType} = 'relationship_request' and ${inboxItems.subjectId} = ${requestId})`,
    ),
    inboxEvent(ctx, senderId, acceptedInboxId, userId),
    ctx.db
      .select()
      .from(relationships)
      .where(and(eq(relationships.userId, userId), eq(relationships.relatedUserId, senderId))),
  ]);
  if (updated.length === 0) throw new ConflictError('The request was answered meanwhile.');
  const relationship = mine[0];
  if (!relationship) throw new Error('relationship missing after accept');
  return relationship;
}

/** Declines (the recipient) or cancels (the sender) a pending request: one conditional UPDATE. */
export async function closeRelationshipRequest(
  ctx: Context,
  requestId: string,
  action: 'decline' | 'cancel',
): Promise<RelationshipRequestRow> {
  const userId = requireUser(ctx);
  const request = await visibleRequest(ctx, requestId);
  const party = action === 'decline' ? request.toUserId : request.fromUserId;
  if (party !== userId) {
    throw new ForbiddenError(
      action === 'decline'
        ? 'Only the recipient declines a request.'
        : 'Only the sender cancels a request.',
    );
  }
  requirePending(request);
  const now = nowIso();
  const partyColumn =
    action === 'decline' ? relationshipRequests.toUserId : relationshipRequests.fromUserId;
  const [rows] = await ctx.db.batch([
    ctx.db
      .update(relationshipRequests)
      .set({
        status: action === 'decline' ? 'declined' : 'cancelled',
        respondedAt: now,
        updatedAt: now,
      })
      .where(
        and(
          eq(relationshipRequests.id, requestId),
          eq(partyColumn, userId),
          eq(relationshipRequests.status, 'pending'),
        ),
      )
      .returning(),
    // A cancelled request is withdrawn from the recipient's inbox (archived, read): it asks
    // nothing of them any more. Only once this batch cancelled it.
    ...(action === 'cancel'
      ? [
          ctx.db
            .update(inboxItems)
            .set({
              archivedAt: sql`coalesce(${inboxItems.archivedAt}, ${now})`,
              isRead: true,
              readAt: sql`coalesce(${inboxItems.readAt}, ${now})`,
            })
            .where(
              and(
                eq(inboxItems.userId, request.toUserId),
                eq(inboxItems.subjectType, 'relationship_request'),
                eq(inboxItems.subjectId, requestId),
                sql`exists (select 1 from ${relationshipRequests} where ${relationshipRequests.id} = ${requestId} and ${relationshipRequests.status} = 'cancelled' and ${relationshipRequests.respondedAt} = ${now})`,
              ),
            ),
        ]
      : []),
  ]);
  const row = rows[0];
  if (!row) throw new ConflictError('The request was answered meanwhile.');
  return row;
}
