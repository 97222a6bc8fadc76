import { eq, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { threadInvites, threadParticipants, threads, users } from '../../db/tables';
import { type InviteEmailMessage, inviteEmailMessage } from '../../email/invite-email';
import { logEvent } from '../../log';
import { memberOfWorkspace, requireUser, workspaceRoleOf } from '../access';
import { aiCandidatePicker } from '../ai/thread-candidates';
import { changes } from '../d1-errors';
import { NotFoundError } from '../errors';
import { newId, nowIso } from '../ids';
import { optionalText, requiredText } from '../validate';
import type { CandidatePicker } from './candidate-picker';
import {
  invitableStranger,
  loadCandidatePool,
  type PoolMember,
  pickCandidates,
} from './candidates';
import {
  claimFree,
  findClaim,
  idempotencyKeyOf,
  recordClaim,
  replayedThreadId,
  requestDigest,
} from './idempotency';
import { insertSelect } from './sql-helpers';
import type { ThreadInviteRow, ThreadRow } from './threads';
import { digestInviteToken, INVITE_TTL_HOURS, inviteTokenSigner } from './tokens';

/** Strangers invited per thread. */
export const CANDIDATES_PER_THREAD = 3;

export interface CreateThreadInput {
  title: string;
  description?: string | null;
  /** Row id of the workspace (already decoded from its global ID), or none. */
  workspaceId?: string | null;
  /** A client's key for retries: a repeat within 24 hours gets the first result back. */
  idempotencyKey?: string | null;
}

export interface CreateThreadResult {
  thread: ThreadRow;
  invites: ThreadInviteRow[];
  requestedCandidates: number;
  invitedCount: number;
  shortfallReason: string | null;
  /** True when this is the first result again, for a repeat with the same idempotency key. */
  replayed: boolean;
}

function shortfall(invited: number): string | null {
  if (invited >= CANDIDATES_PER_THREAD) return null;
  if (invited === 0) {
    return 'No stranger could be invited: everyone else is already connected to you or invited to one of your active threads.';
  }
  return `Only ${invited} of ${CANDIDATES_PER_THREAD} strangers could be invited: everyone else is already connected to you or invited to one of your active threads.`;
}

function resultOf(
  thread: ThreadRow,
  invites: ThreadInviteRow[],
  replayed: boolean,
): CreateThreadResult {
  return {
    thread,
    invites,
    requestedCandidates: CANDIDATES_PER_THREAD,
    invitedCount: invites.length,
    shortfallReason: shortfall(invites.length),
    replayed,
  };
}

/** The result a thread was created with, read back for a repeat of its request. */
async function replay(ctx: Context, threadId: string): Promise<CreateThreadResult> {
  const [rows, invites] = await Promise.all([
    ctx.reads.read(ctx.db.select().from(threads).where(eq(threads.id, threadId))),
    // rowid: the order the invites were written in, which is the order the first result had.
    ctx.reads.read(
      ctx.db
        .select()
        .from(threadInvites)
        .where(eq(threadInvites.threadId, threadId))
        .orderBy(sql`rowid`),
    ),
  ]);
  const thread = rows[0];
  if (!thread) throw new NotFoundError('Thread', threadId);
  return resultOf(thread, invites, true);
}

/**
 * Creates a thread, its owner participant and up to three invites to strangers in one batch,
 * then queues one email per invite. Invite tokens are derived from INVITE_TOKEN_SECRET and the
 * invite id: the rows keep their digests only, and an email whose message is lost is sent
 * later by the cron, which can compute the token again. With an idempotency key, a repeat gets
 * the first result back without any AI call or write, and the key is recorded in the batch.
 */
export async function createThread(
  ctx: Context,
  input: CreateThreadInput,
  // Candidates come from the AI router (feature thread_candidates), which falls back to the
  // deterministic local provider offline or on any failure but the owner's budget.
  picker: CandidatePicker = aiCandidatePicker,
): Promise<CreateThreadResult> {
  const ownerId = requireUser(ctx);
  const title = requiredText('input.title', input.title, 200);
  const description = optionalText('input.description', input.description, 4000);
  const workspaceId = input.workspaceId ?? null;
  const key = idempotencyKeyOf(input.idempotencyKey);
  const now = nowIso();
  const claim = key
    ? { userId: ownerId, key, digest: await requestDigest({ title, description, workspaceId }) }
    : null;
  // A deployment without the token secret fails here, before the AI is paid.
  const signToken = await inviteTokenSigner(ctx.env);

  const [pool, role, claimed] = await Promise.all([
    loadCandidatePool(ctx, ownerId),
    workspaceId ? workspaceRoleOf(ctx, workspaceId, ownerId) : Promise.resolve(null),
    claim ? ctx.reads.read(findClaim(ctx, claim, now)) : Promise.resolve([]),
  ]);
  if (claim && claimed[0]) return replay(ctx, replayedThreadId(claimed[0], claim.digest));
  if (workspaceId && role === null) throw new NotFoundError('Workspace', workspaceId);

  const picks = await pickCandidates(ctx, picker, {
    ownerId,
    thread: { title, description },
    pool: pool.map(({ userId, displayName, bio }) => ({ userId, displayName, bio })),
    count: Math.min(CANDIDATES_PER_THREAD, pool.length),
  });
  const byId = new Map<string, PoolMember>(pool.map((member) => [member.userId, member]));

  const expiresAt = new Date(Date.parse(now) + INVITE_TTL_HOURS * 3600_000).toISOString();
  const thread: ThreadRow = {
    id: newId('thr'),
    userId: ownerId,
    workspaceId,
    title,
    description,
    status: 'active',
    createdAt: now,
    updatedAt: now,
  };
  const planned = await Promise.all(
    picks.map(async (pick): Promise<ThreadInviteRow> => {
      const member = byId.get(pick.userId) as PoolMember;
      const id = newId('thi');
      return {
        id,
        threadId: thread.id,
        token: await digestInviteToken(await signToken(id)),
        email: member.email,
        candidateName: member.displayName,
        candidateReason: pick.reason,
        status: 'pending',
        expiresAt,
        acceptedAt: null,
        createdAt: now,
        emailStatus: 'queued',
        emailAttempts: 0,
        emailError: null,
        invitedUserId: member.userId,
        respondedAt: null,
        emailQueuedAt: now,
      };
    }),
  );

  // The thread is written only while the owner still belongs to the workspace and (with a key)
  // no live key row exists; everything else only once the thread is there. Each invite
  // re-checks, inside its statement, that its candidate is still an invitable stranger (a
  // concurrent createThread may have taken them). Concurrent requests with one key: D1 runs
  // batches one at a time, so the first writes the thread and its key, the others nothing.
  const stillMember = workspaceId ? memberOfWorkspace(workspaceId, ownerId) : sql`1`;
  const threadExists = sql`exists (select 1 from ${threads} where ${threads.id} = ${thread.id})`;
  const results = await ctx.db.batch([
    insertSelect(
      ctx.db,
      threads,
      {
        id: thread.id,
        userId: ownerId,
        workspaceId,
        title,
        description,
        status: 'active',
        createdAt: now,
        updatedAt: now,
      },
      sql`where ${stillMember} and ${claim ? claimFree(claim, now) : sql`1`}`,
    ),
    insertSelect(
      ctx.db,
      threadParticipants,
      {
        id: newId('thp'),
        threadId: thread.id,
        userId: users.id,
        email: users.email,
        role: 'owner',
        joinedAt: now,
      },
      sql`from ${users} where ${users.id} = ${ownerId} and ${threadExists}`,
    ),
    ...planned.map((row) =>
      insertSelect(
        ctx.db,
        threadInvites,
        { ...row, email: users.email, invitedUserId: users.id },
        sql`from ${users} where ${users.id} = ${row.invitedUserId} and ${invitableStranger(ownerId)} and ${threadExists}`,
      ),
    ),
    ...(claim
      ? [recordClaim(ctx, claim, thread.id, now, threadExists), findClaim(ctx, claim, now)]
      : []),
  ]);
  if (changes(results[0]) === 0) {
    // Not written: a concurrent request with the same key came first, or the owner left the
    // workspace meanwhile.
    const winner = claim
      ? (results.at(-1) as { threadId: string; requestDigest: string }[])[0]
      : null;
    if (claim && winner) return replay(ctx, replayedThreadId(winner, claim.digest));
    throw new NotFoundError('Workspace', workspaceId ?? '');
  }
  const written = planned.filter((_, index) => changes(results[index + 2]) === 1);

  const messages: MessageSendRequest<InviteEmailMessage>[] = written.map((row) => ({
    body: inviteEmailMessage(row.id),
    contentType: 'json',
  }));
  if (messages.length > 0) {
    try {
      await ctx.env.EMAIL_QUEUE.sendBatch(messages);
    } catch (error) {
      // The invites stay `queued`: the cron sends what is still queued after a while (the
      // tokens can be derived again), so a failed send loses nothing.
      logEvent('error', 'invite emails could not be queued; the cron will retry', {
        requestId: ctx.requestId,
        inviteIds: written.map((row) => row.id),
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return resultOf(thread, written, false);
}
