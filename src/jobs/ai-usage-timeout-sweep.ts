import { and, eq, lt } from 'drizzle-orm';
import { createDb } from '../db/client';
import { aiUsageLogs } from '../db/tables';
import { logEvent } from '../log';
import { jobAuditOfChanges } from '../resolvers/admin/audit';
import { IN_FLIGHT } from '../resolvers/ai/budget';
import type { ScheduledJob } from './job';

/**
 * How long a reserved AI call may stay in flight before it counts as abandoned. A call aborts
 * after its provider timeout (at most MAX_TIMEOUT_MS, 2 minutes) and is settled right after, so a
 * row still in flight 10 minutes on belongs to a Worker that stopped between the two; the margin
 * keeps a slow but live call (retries, a busy isolate) from being ended under it.
 */
export const AI_CALL_IN_FLIGHT_TIMEOUT_MS = 10 * 60_000;

/** The error code a call the sweep ended gets (its outcome becomes `error`). */
export const AI_CALL_TIMED_OUT = 'timed_out';

/**
 * Ends AI usage rows left in flight past the timeout: outcome `error`, error code `timed_out`
 * (the CHECK on outcome has no timed-out value). The reserved estimate stays as the row's cost:
 * the provider may have billed the call, and the estimate is an upper bound of it. One batch:
 * the update and, when it changed rows, an audit row with their count.
 */
export async function sweepStuckAiCalls(env: Env, now: Date): Promise<number> {
  const db = createDb(env.DB);
  const before = new Date(now.getTime() - AI_CALL_IN_FLIGHT_TIMEOUT_MS).toISOString();
  const [swept] = await db.batch([
    db
      .update(aiUsageLogs)
      .set({ outcome: 'error', errorCode: AI_CALL_TIMED_OUT })
      .where(and(eq(aiUsageLogs.errorCode, IN_FLIGHT), lt(aiUsageLogs.createdAt, before)))
      .returning({ id: aiUsageLogs.id }),
    jobAuditOfChanges(db, {
      action: 'ai_usage.timed_out',
      targetType: 'AiUsageLog',
      countKey: 'timedOut',
      details: { inFlightBefore: before, timeoutMinutes: AI_CALL_IN_FLIGHT_TIMEOUT_MS / 60_000 },
    }),
  ]);
  if (swept.length > 0) {
    logEvent('warn', 'AI calls left in flight marked timed out', {
      count: swept.length,
      ids: swept.map((row) => row.id),
    });
  }
  return swept.length;
}

export const aiUsageTimeoutSweepJob: ScheduledJob = {
  name: 'ai-usage-timeout-sweep',
  // Stuck rows hold budget reservations: end them within minutes, not a day.
  cadence: 'frequent',
  run: async (env, scheduledTime) => {
    await sweepStuckAiCalls(env, scheduledTime);
  },
};
