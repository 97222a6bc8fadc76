import { and, eq, lte } from 'drizzle-orm';
import { createDb } from '../db/client';
import { threadInvites } from '../db/tables';
import { logEvent } from '../log';

/**
 * Marks pending invites past their expiry as `expired`. Reads and writes already treat them as
 * expired; this makes the stored state say so too (for the owner's lists and for queries).
 */
export async function expireOverdueInvites(env: Env, now: Date): Promise<number> {
  const db = createDb(env.DB);
  const result = await db
    .update(threadInvites)
    .set({ status: 'expired' })
    .where(
      and(eq(threadInvites.status, 'pending'), lte(threadInvites.expiresAt, now.toISOString())),
    );
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
