import { eq, type SQL, sql } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import type { Db } from '../../db/client';
import { inboxItems, threadInvites, threadParticipants, threads, users } from '../../db/tables';
import { inviteAddressedTo } from '../access';
import { changes } from '../d1-errors';
import { domainEventsFrom, subjectSql } from '../domain-events';
import { ConflictError, NotFoundError } from '../errors';
import { nowIso } from '../ids';
import { InviteExpiredError } from './errors';
import { insertSelect, tableAs } from './sql-helpers';
import type { ThreadInviteRow, ThreadRow } from './threads';

/** Which invite: by the digest of a page token, or by id for a signed-in invitee. */
export type InviteKey = { digest: string } | { id: string; userId: string };

/** An invite with what its page and its checks need. */
export interface InviteView {
  invite: ThreadInviteRow;
  thread: Pick<ThreadRow, 'id' | 'title' | 'description' | 'status' | 'userId'>;
  ownerName: string;
  /** Someone already joined the thread (it is one-to-one: the first to accept takes the place). */
  threadTaken: boolean;
  /** For a key by id: the invite is addressed to that user. */
  addressed: boolean;
  /**
   * The thread's owner and the invitee's account (when the invite names one, or its email is
   * one's) are active: a suspended or deleted account takes no one in and joins nothing.
   */
  accountsActive: boolean;
}

/** Why an invite cannot be answered now, or null when it can. */
export type InviteState =
  | { kind: 'open' }
  | { kind: 'answered'; status: 'accepted' | 'declined' }
  | { kind: 'expired'; reason: 'time' | 'taken' | 'closed' };

const inv = alias(threadInvites, 'resp_invite');
const thr = alias(threads, 'resp_thread');
const own = alias(users, 'resp_owner');
const usr = alias(users, 'resp_user');
const mem = alias(threadParticipants, 'resp_member');

type InviteColumns = {
  id: SQLiteColumn;
  token: SQLiteColumn;
  invitedUserId: SQLiteColumn;
  email: SQLiteColumn;
};

function keyOn(key: InviteKey, invite: InviteColumns): SQL {
  return 'digest' in key ? sql`${invite.token} = ${key.digest}` : sql`${invite.id} = ${key.id}`;
}

function addressedSql(key: InviteKey, invite: InviteColumns): SQL {
  return 'digest' in key ? sql`1` : inviteAddressedTo(key.userId, invite);
}

const acct = alias(users, 'resp_account');

/**
 * True while the invite's thread owner is active and the account the invite would seat (the
 * user it names, else the one its email belongs to, as the participant insert picks) is active
 * or there is none: suspending or deleting an account closes the doors it could pass by a link.
 */
function accountsActiveSql(invite: InviteColumns & { threadId: SQLiteColumn }): SQL {
  return sql`exists (select 1 from ${tableAs(acct)} where ${acct.id} = (select ${thr.userId} from ${tableAs(thr)} where ${thr.id} = ${invite.threadId}) and ${acct.status} = 'active') and not exists (select 1 from ${tableAs(acct)} where ${acct.id} = coalesce(${invite.invitedUserId}, (select ${usr.id} from ${tableAs(usr)} where lower(${usr.email}) = lower(${invite.email}))) and ${acct.status} <> 'active')`;
}

/**
 * One statement reading the invite, its thread and its owner's name (a deleted thread's too: its
 * invite answers as closed, `inviteState`, never showing what the thread was). Joined
 * columns get distinct names: inside a D1 batch drizzle maps rows by column name, so a second
 * `id` or `status` would overwrite the invite's.
 */
function viewQuery(ctx: Context, key: InviteKey) {
  return ctx.db
    .select({
      invite: inv,
      threadTitle: sql<string>`${thr.title}`.as('view_thread_title'),
      threadDescription: sql<string | null>`${thr.description}`.as('view_thread_description'),
      threadStatus: sql<ThreadRow['status']>`${thr.status}`.as('view_thread_status'),
      threadOwnerId: sql<string>`${thr.userId}`.as('view_thread_owner'),
      ownerName: sql<string>`${own.displayName}`.as('view_owner_name'),
      threadTaken:
        sql<number>`exists (select 1 from ${tableAs(mem)} where ${mem.threadId} = ${thr.id} and ${mem.role} = 'member')`.as(
          'view_thread_taken',
        ),
      addressed: sql<number>`${addressedSql(key, inv)}`.as('view_addressed'),
      accountsActive: sql<number>`${accountsActiveSql(inv)}`.as('view_accounts_active'),
    })
    .from(inv)
    .innerJoin(thr, eq(thr.id, inv.threadId))
    .innerJoin(own, eq(own.id, thr.userId))
    .where(keyOn(key, inv));
}

type ViewRow = {
  invite: ThreadInviteRow;
  threadTitle: string;
  threadDescription: string | null;
  threadStatus: ThreadRow['status'];
  threadOwnerId: string;
  ownerName: string;
  threadTaken: number;
  addressed: number;
  accountsActive: number;
};

function toView(row: ViewRow): InviteView {
  return {
    invite: row.invite,
    thread: {
      id: row.invite.threadId,
      title: row.threadTitle,
      description: row.threadDescription,
      status: row.threadStatus,
      userId: row.threadOwnerId,
    },
    ownerName: row.ownerName,
    threadTaken: Boolean(row.threadTaken),
    addressed: Boolean(row.addressed),
    accountsActive: Boolean(row.accountsActive),
  };
}

/** Reads an invite for its page. Null when unknown. */
export async function findInvite(ctx: Context, key: InviteKey): Promise<InviteView | null> {
  const [row] = await ctx.reads.read(viewQuery(ctx, key));
  return row ? toView(row) : null;
}

/** Whether the invite can be answered now. Expiry is checked here at every read. */
export function inviteState(view: InviteView, now = nowIso()): InviteState {
  const { invite } = view;
  // Closed, whatever else: a deleted thread's invite says nothing of it (not even an answer).
  if (view.thread.status === 'deleted') return { kind: 'expired', reason: 'closed' };
  if (invite.status === 'accepted' || invite.status === 'declined') {
    return { kind: 'answered', status: invite.status };
  }
  if (invite.status === 'expired') {
    return { kind: 'expired', reason: invite.expiresAt <= now ? 'time' : closedReason(view) };
  }
  if (invite.expiresAt <= now) return { kind: 'expired', reason: 'time' };
  if (view.thread.status !== 'active' || !view.accountsActive) {
    return { kind: 'expired', reason: 'closed' };
  }
  if (view.threadTaken) return { kind: 'expired', reason: 'taken' };
  return { kind: 'open' };
}

function closedReason(view: InviteView): 'taken' | 'closed' {
  return view.threadTaken ? 'taken' : 'closed';
}

export type InviteAction = 'accept' | 'decline';

export type InviteResponse =
  | { applied: true; view: InviteView }
  | { applied: false; view: InviteView | null; state: InviteState | null };

/**
 * Accepts or declines an invite, once, atomically: one batch whose first statement changes the
 * invite only while it is pending, unexpired, its thread active and (to accept) its place free.
 * The participant and the owner's inbox item are inserted only when that statement changed the
 * row (`changes() = 1` right after it), under ids derived from the invite's, so however many
 * requests race, one wins and exactly one participant exists. The batch ends by reading the
 * invite back, so the answer costs one round trip.
 */
export async function respondToInvite(
  ctx: Context,
  key: InviteKey,
  action: InviteAction,
): Promise<InviteResponse> {
  const now = nowIso();
  const target = sql`${keyOn(key, threadInvites)} and ${addressedSql(key, threadInvites)}`;
  const open = sql`${threadInvites.status} = 'pending' and ${threadInvites.expiresAt} > ${now} and exists (select 1 from ${tableAs(thr)} where ${thr.id} = ${threadInvites.threadId} and ${thr.status} = 'active') and ${accountsActiveSql(threadInvites)}`;
  const free = sql`not exists (select 1 from ${tableAs(mem)} where ${mem.threadId} = ${threadInvites.threadId} and ${mem.role} = 'member')`;

  const read = viewQuery(ctx, key);
  // The answer's event, right after the update: one row when it changed the invite (the id may
  // be known only to SQL, when the key is a page token's digest).
  const answered = (type: 'invite.accepted' | 'invite.declined') =>
    domainEventsFrom(
      ctx.db,
      {
        type,
        threadId: inv.threadId,
        userId: inv.invitedUserId,
        subjectId: subjectSql('ThreadInvite', inv.id),
        actorId: sql`coalesce(${viewerUserId(ctx.viewer)}, ${inv.invitedUserId})`,
      },
      sql`from ${tableAs(inv)} where ${keyOn(key, inv)} and ${inv.status} = ${type === 'invite.accepted' ? 'accepted' : 'declined'} and changes() = 1`,
    );
  let results: unknown[];
  if (action === 'decline') {
    results = await ctx.db.batch([
      ctx.db
        .update(threadInvites)
        .set({ status: 'declined', respondedAt: now })
        .where(sql`${target} and ${open}`),
      answered('invite.declined'),
      read,
    ]);
  } else {
    // changes() = 1 after the update, then after each insert that follows it while it applied.
    const justAccepted = sql`${keyOn(key, inv)} and ${inv.status} = 'accepted' and changes() = 1`;
    const othersOpen = sql`${threadInvites.status} = 'pending' and ${threadInvites.threadId} = (select ${inv.threadId} from ${tableAs(inv)} where ${keyOn(key, inv)} and ${inv.status} = 'accepted')`;
    results = await ctx.db.batch([
      ctx.db
        .update(threadInvites)
        .set({ status: 'accepted', acceptedAt: now, respondedAt: now })
        .where(sql`${target} and ${open} and ${free}`),
      answered('invite.accepted'),
      // The participant: the registered user the invite names (or whose email it is), else the
      // bare email address.
      insertSelect(
        ctx.db,
        threadParticipants,
        {
          id: sql`'thp_' || substr(${inv.id}, 5)`,
          threadId: inv.threadId,
          userId: sql`coalesce(${inv.invitedUserId}, (select ${usr.id} from ${tableAs(usr)} where lower(${usr.email}) = lower(${inv.email})))`,
          email: inv.email,
          role: 'member',
          joinedAt: now,
        },
        sql`from ${tableAs(inv)} where ${justAccepted}`,
      ),
      // changes() now counts the participant insert: the inbox item follows it.
      insertSelect(
        ctx.db,
        inboxItems,
        {
          id: sql`'inb_' || substr(${inv.id}, 5)`,
          userId: thr.userId,
          kind: 'invite_accepted',
          title: sql`${inv.candidateName} || ' accepted your invite'`,
          body: sql`${inv.candidateName} || ' joined "' || ${thr.title} || '". Say hello!'`,
          subjectType: 'thread',
          subjectId: thr.id,
          isRead: false,
          createdAt: now,
        },
        sql`from ${tableAs(inv)} join ${tableAs(thr)} on ${thr.id} = ${inv.threadId} where ${justAccepted}`,
      ),
      domainEventsFrom(
        ctx.db,
        {
          type: 'inbox_item.created',
          threadId: inv.threadId,
          userId: thr.userId,
          subjectId: subjectSql('InboxItem', sql`'inb_' || substr(${inv.id}, 5)`),
          actorId: sql`coalesce(${viewerUserId(ctx.viewer)}, ${inv.invitedUserId})`,
          payload: { kind: 'invite_accepted' },
        },
        sql`from ${tableAs(inv)} join ${tableAs(thr)} on ${thr.id} = ${inv.threadId} where ${justAccepted}`,
      ),
      // One place per thread: the other invites close once it is taken (their events first,
      // under the same condition, so they name exactly the invites the update closes).
      expiredEvents(ctx.db, othersOpen, 'taken'),
      ctx.db.update(threadInvites).set({ status: 'expired' }).where(othersOpen),
      read,
    ]);
  }
  const rows = results.at(-1) as ViewRow[];
  const view = rows[0] ? toView(rows[0]) : null;
  if (changes(results[0]) === 1 && view) return { applied: true, view };
  if (!view?.addressed) return { applied: false, view: null, state: null };
  return { applied: false, view, state: inviteState(view, now) };
}

/** The typed error for an invite that could not be answered (GraphQL). */
export function inviteFailure(response: InviteResponse & { applied: false }, id: string): Error {
  const { state, view } = response;
  // Through the API a deleted thread's invite is hidden (its read rule), so it answers as a
  // missing one; only its link's page says "closed", naming nothing.
  if (!state || view?.thread.status === 'deleted') return new NotFoundError('ThreadInvite', id);
  switch (state.kind) {
    case 'answered':
      return new ConflictError(`This invite was already ${state.status}.`);
    case 'expired':
      return new InviteExpiredError(expiredMessage(state.reason));
    default:
      return new ConflictError('The invite changed meanwhile; try again.');
  }
}

export function expiredMessage(reason: 'time' | 'taken' | 'closed'): string {
  switch (reason) {
    case 'taken':
      return 'Someone else accepted first: this thread has found its match.';
    case 'closed':
      return 'The thread was closed by its owner.';
    default:
      return 'This invite has expired.';
  }
}

/**
 * `invite.expired` events of the invites `which` (SQL over `thread_invites`) selects: for the
 * batch that expires them, BEFORE the update and with its condition, so they name exactly the
 * invites it closes. `reason`: `time` (the cron), `taken` (another invitee accepted) or `closed`
 * (its owner, `actorId`, archived or deleted the thread).
 */
export function expiredEvents(
  db: Db,
  which: SQL,
  reason: 'time' | 'taken' | 'closed',
  actorId: string | null = null,
) {
  return domainEventsFrom(
    db,
    {
      type: 'invite.expired',
      threadId: threadInvites.threadId,
      userId: threadInvites.invitedUserId,
      subjectId: subjectSql('ThreadInvite', threadInvites.id),
      actorId,
      payload: { reason },
    },
    sql`from ${threadInvites} where ${which}`,
  );
}
