import { upkeepStatements } from '../analytics/rollups';
import { createDb } from '../db/client';
import { logEvent } from '../log';
import { readSystemSettings } from '../resolvers/admin/settings';
import type { ScheduledJob } from './job';

/**
 * Daily: compacts the analytics hours of whole days older than two weeks into day rows, deletes
 * rollups older than `analytics_retention_days` (a system setting) and prunes the ids of queue
 * messages already folded in. One D1 batch: all of it or none.
 */
export async function analyticsUpkeep(env: Env, now: Date): Promise<void> {
  const { values } = await readSystemSettings(createDb(env.DB));
  const results = await env.DB.batch(
    upkeepStatements(env.DB, now, values.analytics_retention_days),
  );
  logEvent('info', 'analytics upkeep', {
    retentionDays: values.analytics_retention_days,
    changes: results.map((result) => result.meta.changes ?? 0),
  });
}

export const analyticsUpkeepJob: ScheduledJob = {
  name: 'analytics-upkeep',
  run: analyticsUpkeep,
};
