import { and, eq, lt } from 'drizzle-orm';
import { createDb } from '../db/client';
import { adminImportSessions } from '../db/tables';
import { logEvent } from '../log';
import { jobAuditOfChanges } from '../resolvers/admin/audit';
import type { ScheduledJob } from './job';

/**
 * How long a `running` import may go without progress before it counts as abandoned. An import
 * runs inside one request and writes its progress after every chunk of at most 500 rows (a few
 * seconds each); no request lives for 30 minutes, so a session that quiet lost its Worker.
 */
export const IMPORT_RUNNING_TIMEOUT_MS = 30 * 60_000;

export const IMPORT_TIMED_OUT_REASON =
  'Timed out: no progress for 30 minutes while running (the Worker running it stopped). Run the same file again: rows already written are not duplicated.';

/**
 * Marks imports stuck `running` past the timeout (by their last progress) as `failed` with a
 * reason that says they timed out (the status CHECK has no timed-out value); one batch with an
 * audit row counting them.
 */
export async function sweepStuckImports(env: Env, now: Date): Promise<number> {
  const db = createDb(env.DB);
  const at = now.toISOString();
  const before = new Date(now.getTime() - IMPORT_RUNNING_TIMEOUT_MS).toISOString();
  const [swept] = await db.batch([
    db
      .update(adminImportSessions)
      .set({
        status: 'failed',
        failureReason: IMPORT_TIMED_OUT_REASON,
        completedAt: at,
        updatedAt: at,
      })
      .where(
        and(eq(adminImportSessions.status, 'running'), lt(adminImportSessions.updatedAt, before)),
      )
      .returning({ id: adminImportSessions.id }),
    jobAuditOfChanges(db, {
      action: 'import.timed_out',
      targetType: 'ImportSession',
      countKey: 'timedOut',
      details: { noProgressSince: before, timeoutMinutes: IMPORT_RUNNING_TIMEOUT_MS / 60_000 },
    }),
  ]);
  if (swept.length > 0) {
    logEvent('warn', 'imports left running marked failed (timed out)', {
      count: swept.length,
      ids: swept.map((row) => row.id),
    });
  }
  return swept.length;
}

export const importTimeoutSweepJob: ScheduledJob = {
  name: 'import-timeout-sweep',
  cadence: 'frequent',
  run: async (env, scheduledTime) => {
    await sweepStuckImports(env, scheduledTime);
  },
};
