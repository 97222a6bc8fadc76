import { and, eq, sql } from 'drizzle-orm';
import { createDb } from '../db/client';
import { attachments } from '../db/tables';
import { logEvent } from '../log';
import { removeDeletedObjects } from '../resolvers/attachments/objects';
import { changes } from '../resolvers/d1-errors';
import type { ScheduledJob } from './job';

/** Rounds of 1,000 objects per run: a larger backlog waits for the next run. */
const MAX_ROUNDS = 10;

/**
 * Abandoned and failed uploads leave nothing behind: pending rows past their expiry (a token
 * never used, or an upload that stopped mid-way past its run time) are marked deleted, then the
 * objects of every deleted row not yet removed (these, and deletes whose removal did not finish)
 * are removed from R2. A row is marked before its object goes, so a crash in between leaves work
 * for the next run, never an object without a row.
 */
export async function sweepAttachments(
  env: Env,
  now: Date,
): Promise<{ expired: number; removed: number }> {
  const db = createDb(env.DB);
  const at = now.toISOString();
  const expired = await db
    .update(attachments)
    .set({ status: 'deleted', updatedAt: at })
    .where(and(eq(attachments.status, 'pending'), sql`${attachments.uploadExpiresAt} <= ${at}`));
  let removed = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const count = await removeDeletedObjects(env, db);
    removed += count;
    if (count === 0) break;
  }
  const result = { expired: changes(expired), removed };
  if (result.expired + result.removed > 0) logEvent('info', 'attachment sweep', result);
  return result;
}

export const attachmentSweepJob: ScheduledJob = {
  name: 'attachment-sweep',
  cadence: 'frequent',
  run: async (env, scheduledTime) => {
    await sweepAttachments(env, scheduledTime);
  },
};
