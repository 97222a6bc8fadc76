import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../context';
import { relationships, threadInvites, threads, users, workspaceMembers } from '../../db/tables';
import type { CandidateProfile } from './candidate-picker';
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
