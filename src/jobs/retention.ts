import { lt } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { createDb } from '../db/client';
import { logEvent } from '../log';
import type { ScheduledJob } from './job';

/** A table whose rows are dropped once `column` (an ISO timestamp) is older than `days`. */
export interface Retention {
  /** The job's name in the log, and what its log line counts. */
  name: string;
  table: SQLiteTable;
  column: SQLiteColumn;
  days: number;
}

/** Deletes the rows older than the retention at `now`; returns how many. */
export async function pruneExpired(env: Env, retention: Retention, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - retention.days * 86_400_000).toISOString();
  const result = await createDb(env.DB).delete(retention.table).where(lt(retention.column, cutoff));
  const pruned = Number(result.meta.changes ?? 0);
  logEvent('info', 'rows pruned', { job: retention.name, pruned });
  return pruned;
}

/** The daily job that applies `retention`. */
export const retentionJob = (retention: Retention): ScheduledJob => ({
  name: retention.name,
  run: async (env, scheduledTime) => {
    await pruneExpired(env, retention, scheduledTime);
  },
});
