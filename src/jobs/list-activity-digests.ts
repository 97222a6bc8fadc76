import { and, eq, gte, isNull, lt, ne, notExists, or } from 'drizzle-orm';
import { createDb } from '../db/client';
import { listActivity, listActivityDigests, listMembers } from '../db/tables';
import { queueListActivityEmails } from '../email/list-activity-email';
import { logEvent } from '../log';
import { previousUtcDay, utcDayBounds } from '../resolvers/admin/daily-summaries';
import type { ScheduledJob } from './job';

/**
 * Queues one digest email per user for the previous UTC day of `scheduledTime`: users with a
 * `daily_digest` membership on a list that changed that day (by someone else) and no digest of
 * that day sent yet. The queue consumer renders each digest from the rows the user may see, sends
 * it and records it, so a second run of the cron queues nothing for users already served.
 */
export async function queueListActivityDigests(env: Env, scheduledTime: Date): Promise<number> {
  const db = createDb(env.DB);
  const day = previousUtcDay(scheduledTime);
  const { start, end } = utcDayBounds(day);
  const due = await db
    .selectDistinct({ userId: listMembers.userId })
    .from(listMembers)
    .innerJoin(listActivity, eq(listActivity.listId, listMembers.listId))
    .where(
      and(
        eq(listMembers.deliveryPreference, 'daily_digest'),
        gte(listActivity.createdAt, start),
        lt(listActivity.createdAt, end),
        or(isNull(listActivity.actorId), ne(listActivity.actorId, listMembers.userId)),
        notExists(
          db
            .select({ id: listActivityDigests.id })
            .from(listActivityDigests)
            .where(
              and(
                eq(listActivityDigests.userId, listMembers.userId),
                eq(listActivityDigests.digestDate, day),
              ),
            ),
        ),
      ),
    );
  await queueListActivityEmails(
    env.EMAIL_QUEUE,
    due.map(({ userId }) => ({ kind: 'list_activity', recipientId: userId, digestDay: day })),
  );
  logEvent('info', 'list activity digests queued', { day, digests: due.length });
  return due.length;
}

export const listActivityDigestsJob: ScheduledJob = {
  name: 'list-activity-digests',
  run: async (env, scheduledTime) => {
    await queueListActivityDigests(env, scheduledTime);
  },
};
