import { lt } from 'drizzle-orm';
import { createDb } from '../db/client';
import { domainEvents } from '../db/tables';
import { logEvent } from '../log';

/**
 * Days an event stays in the log. The log is for catching up, not history (the rows themselves
 * and the audit log are that): a subscriber offline longer than this reloads instead of
 * replaying. A week covers a client closed over a weekend, and keeps the table small.
 */
export const DOMAIN_EVENT_RETENTION_DAYS = 7;

/** Deletes events older than the retention; returns how many. */
export async function pruneDomainEvents(env: Env, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - DOMAIN_EVENT_RETENTION_DAYS * 86_400_000).toISOString();
  const result = await createDb(env.DB)
    .delete(domainEvents)
    .where(lt(domainEvents.createdAt, cutoff));
  const pruned = Number(result.meta.changes ?? 0);
  logEvent('info', 'domain events pruned', { pruned });
  return pruned;
}

export const pruneDomainEventsJob = {
  name: 'prune-domain-events',
  run: async (env: Env, scheduledTime: Date) => {
    await pruneDomainEvents(env, scheduledTime);
  },
};
