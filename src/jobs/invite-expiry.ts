import { and, eq, lte, type SQL } from 'drizzle-orm';
import { createDb } from '../db/client';
import { threadInvites } from '../db/tables';
import { logEvent } from '../log';
import { expiredEvents } from '../resolvers/threads/invite-responses';

/**
 * Marks pending invites past their expiry as `expired`. Reads and writes already treat them as
 * expired; this makes the stored state say so too (for the owner's lists and for queries).
 */
export async function expireOverdueInvites(env: Env, now: Date): Promise<number> {
  const db = createDb(env.DB);
  const overdue = and(
    eq(threadInvites.status, 'pending'),
    lte(threadInvites.expiresAt, now.toISOString()),
  ) as SQL;
  // One batch: each expired invite gets its event, or (the batch failing) neither changes.
  const [, result] = await db.batch([
    expiredEvents(db, overdue, 'time'),
    db.update(threadInvites).set({ status: 'expired' }).where(overdue),
  ]);
  const expired = Number(result.meta.changes ?? 0);
  logEvent('info', 'overdue invites expired', { expired });
  return expired;
}

export const expireInvitesJob = {
  name: 'expire-overdue-invites',
  run: async (env: Env, scheduledTime: Date) => {
    await expireOverdueInvites(env, scheduledTime);
  },
};
