import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../context';
import { relationships, threadInvites, threads, users, workspaceMembers } from '../../db/tables';
import { logEvent } from '../../log';
import { BudgetExceededError } from '../ai/errors';
import { localFallbackCandidatePicker } from '../ai/thread-candidates';
import type {
  CandidatePick,
  CandidatePicker,
  CandidateProfile,
  CandidateRequest,
} from './candidate-picker';
import { tableAs } from './sql-helpers';

/** How many strangers the picker sees at most: enough to choose from, small enough for a prompt. */
export const CANDIDATE_POOL_SIZE = 50;

export interface PoolMember extends CandidateProfile {
  email: string;
}

const mine = alias(workspaceMembers, 'pool_mine');
const theirs = alias(workspaceMembers, 'pool_theirs');

/**
 * SQL: the user (a `users` row in scope) is a stranger to `ownerId` and may be invited:
 * active, not the owner, no relationship either way, no shared workspace (teammates know each
 * other already), and not already invited (by user id or email) to one of the owner's active
 * threads. Used by the pool read and again inside the invite writes, so a concurrent
 * createThread cannot invite the same stranger twice.
 */
export function invitableStranger(ownerId: string, user: typeof users = users) {
  return sql`(${user.id} != ${ownerId} and ${user.status} = 'active'
    and not exists (select 1 from ${relationships} where (${relationships.userId} = ${ownerId} and ${relationships.relatedUserId} = ${user.id}) or (${relationships.userId} = ${user.id} and ${relationships.relatedUserId} = ${ownerId}))
    and not exists (select 1 from ${tableAs(mine)} join ${tableAs(theirs)} on ${theirs.workspaceId} = ${mine.workspaceId} where ${mine.userId} = ${ownerId} and ${theirs.userId} = ${user.id})
    and not exists (select 1 from ${threadInvites} join ${threads} on ${threads.id} = ${threadInvites.threadId} where ${threads.userId} = ${ownerId} and ${threads.status} = 'active' and (${threadInvites.invitedUserId} = ${user.id} or lower(${threadInvites.email}) = lower(${user.email}))))`;
}

/** A bounded pool of strangers, newest accounts first (they are the ones still looking). */
export function loadCandidatePool(ctx: Context, ownerId: string): Promise<PoolMember[]> {
  return ctx.reads.read(
    ctx.db
      .select({
        userId: users.id,
        displayName: users.displayName,
        bio: users.bio,
        email: users.email,
      })
      .from(users)
      .where(invitableStranger(ownerId))
      .orderBy(sql`${users.createdAt} desc`, users.id)
      .limit(CANDIDATE_POOL_SIZE),
  );
}

const REASON_MAX = 280;

/**
 * Keeps what a picker returned honest: only pool members, each once, at most `count`, with a
 * reason of sane length; gaps are filled by the local provider so an unhelpful picker still
 * yields as many invites as the pool allows. A picker that fails falls back the same way, except
 * over the owner's AI budget: that refusal is the answer (no call is made, nothing is written).
 */
export async function pickCandidates(
  ctx: Context,
  picker: CandidatePicker,
  request: CandidateRequest,
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
    if (error instanceof BudgetExceededError) throw error;
    logEvent('warn', 'candidate picker failed; using the local provider', {
      requestId: ctx.requestId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
  if (chosen.size < request.count) take(await localFallbackCandidatePicker(ctx, request));
  return [...chosen].map(([userId, reason]) => ({ userId, reason }));
}
