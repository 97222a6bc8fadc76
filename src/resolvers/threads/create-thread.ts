import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import {
  threadInvites,
  threadParticipants,
  threads,
  users,
  workspaceMembers,
} from '../../db/tables';
import { type InviteEmailMessage, inviteEmailMessage } from '../../email/invite-email';
import { logEvent } from '../../log';
import { aiCandidatePicker } from '../ai/thread-candidates';
import { changes } from '../d1-errors';
import { NotFoundError } from '../errors';
import { newId, nowIso } from '../ids';
import { optionalText, requiredText } from '../validate';
import { requireUser } from '../workspace-mutations';
import { type CandidatePick, type CandidatePicker, localCandidatePicker } from './candidate-picker';
import { invitableStranger, loadCandidatePool, type PoolMember } from './candidates';
import { insertSelect } from './sql-helpers';
import type { ThreadInviteRow, ThreadRow } from './threads';
import { digestInviteToken, INVITE_TTL_HOURS, newInviteToken } from './tokens';

/** Strangers invited per thread. */
export const CANDIDATES_PER_THREAD = 3;
const REASON_MAX = 280;

export interface CreateThreadInput {
  title: string;
  description?: string | null;
  /** Row id of the workspace (already decoded from its global ID), or none. */
  workspaceId?: string | null;
}

export interface CreateThreadResult {
  thread: ThreadRow;
  invites: ThreadInviteRow[];
  requestedCandidates: number;
  invitedCount: number;
  shortfallReason: string | null;
}

/**
 * Keeps what a picker returned honest: only pool members, each once, at most `count`, with a
 * reason of sane length; gaps are filled from the local ranker so an unhelpful picker still
 * yields as many invites as the pool allows.
 */
async function pickCandidates(
  ctx: Context,
  picker: CandidatePicker,
  request: Parameters<CandidatePicker>[1],
): Promise<CandidatePick[]> {
  const inPool = new Set(request.pool.map((profile) => profile.userId));
  const chosen = new Map<string, string>();
  const take = (picks: CandidatePick[]) => {
    for (const pick of picks) {
      if (chosen.size >= request.count) break;
      if (!inPool.has(pick.userId) || chosen.has(pick.userId)) continue;
      const reason = String(pick.reason ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, REASON_MAX);
      chosen.set(pick.userId, reason || 'Picked for this thread.');
    }
  };
  try {
    take(await picker(ctx, request));
  } catch (error) {
    logEvent('warn', 'candidate picker failed; using the local ranker', {
      requestId: ctx.requestId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
  if (chosen.size < request.count && picker !== localCandidatePicker) {
    take(await localCandidatePicker(ctx, request));
  }
  return [...chosen].map(([userId, reason]) => ({ userId, reason }));
}

function shortfall(invited: number): string | null {
  if (invited >= CANDIDATES_PER_THREAD) return null;
  if (invited === 0) {
    return 'No stranger could be invited: everyone else is already connected to you or invited to one of your active threads.';
  }
  return `Only ${invited} of ${CANDIDATES_PER_THREAD} strangers could be invited: everyone else is already connected to you or invited to one of your active threads.`;
}

/**
 * Creates a thread, its owner participant and up to three invites to strangers in one batch,
 * then queues one email per invite (the only place the raw token goes besides the email).
 */
export async function createThread(
  ctx: Context,
  input: CreateThreadInput,
  // Candidates come from the AI router (feature thread_candidates), which falls back to the
  // deterministic local picker offline or on any failure.
  picker: CandidatePicker = aiCandidatePicker,
): Promise<CreateThreadResult> {
  const ownerId = requireUser(ctx);
  const title = requiredText('input.title', input.title, 200);
  const description = optionalText('input.description', input.description, 4000);
  const workspaceId = input.workspaceId ?? null;

  const [pool, membership] = await Promise.all([
    loadCandidatePool(ctx, ownerId),
    workspaceId
      ? ctx.reads.read(
          ctx.db
            .select({ id: workspaceMembers.id })
            .from(workspaceMembers)
            .where(
              and(
                eq(workspaceMembers.workspaceId, workspaceId),
                eq(workspaceMembers.userId, ownerId),
              ),
            ),
        )
      : Promise.resolve([{ id: '' }]),
  ]);
  if (workspaceId && membership.length === 0) throw new NotFoundError('Workspace', workspaceId);

  const picks = await pickCandidates(ctx, picker, {
    ownerId,
    thread: { title, description },
    pool: pool.map(({ userId, displayName, bio }) => ({ userId, displayName, bio })),
    count: Math.min(CANDIDATES_PER_THREAD, pool.length),
  });
  const byId = new Map<string, PoolMember>(pool.map((member) => [member.userId, member]));

  const now = nowIso();
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
    picks.map(async (pick) => {
      const member = byId.get(pick.userId) as PoolMember;
      const token = newInviteToken();
      const row: ThreadInviteRow = {
        id: newId('thi'),
        threadId: thread.id,
        token: await digestInviteToken(token),
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
      };
      return { row, token };
    }),
  );

  // The thread is written only while the owner still belongs to the workspace; everything else
  // only once the thread is there. Each invite re-checks, inside its statement, that its
  // candidate is still an invitable stranger (a concurrent createThread may have taken them).
  const stillMember = workspaceId
    ? sql`exists (select 1 from ${workspaceMembers} where ${workspaceMembers.workspaceId} = ${workspaceId} and ${workspaceMembers.userId} = ${ownerId})`
    : sql`1`;
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
      sql`where ${stillMember}`,
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
    ...planned.map(({ row }) =>
      insertSelect(
        ctx.db,
        threadInvites,
        { ...row, email: users.email, invitedUserId: users.id },
        sql`from ${users} where ${users.id} = ${row.invitedUserId} and ${invitableStranger(ownerId)} and ${threadExists}`,
      ),
    ),
  ]);
  if (changes(results[0]) === 0) throw new NotFoundError('Workspace', workspaceId ?? '');
  const written = planned.filter((_, index) => changes(results[index + 2]) === 1);

  const messages: MessageSendRequest<InviteEmailMessage>[] = written.map(({ row, token }) => ({
    body: inviteEmailMessage(row.id, token),
    contentType: 'json',
  }));
  if (messages.length > 0) {
    try {
      await ctx.env.EMAIL_QUEUE.sendBatch(messages);
    } catch (error) {
      // The invites exist; say so on them rather than fail the whole thread.
      const ids = written.map(({ row }) => row.id);
      logEvent('error', 'invite emails could not be queued', {
        requestId: ctx.requestId,
        inviteIds: ids,
        error: error instanceof Error ? error.message : String(error),
      });
      await ctx.db.batch([
        ctx.db
          .update(threadInvites)
          .set({ emailStatus: 'failed', emailError: 'The email could not be queued.' })
          .where(sql`${threadInvites.id} in ${ids}`),
      ]);
      for (const { row } of written) {
        row.emailStatus = 'failed';
        row.emailError = 'The email could not be queued.';
      }
    }
  }

  return {
    thread,
    invites: written.map(({ row }) => row),
    requestedCandidates: CANDIDATES_PER_THREAD,
    invitedCount: written.length,
    shortfallReason: shortfall(written.length),
  };
}
