import { logEvent } from '../log';
import { dailyLogSummariesJob } from '../resolvers/admin/daily-summaries';
import { pruneIdempotencyKeysJob } from '../resolvers/threads/idempotency';
import { inviteDeliverySweepJob } from './invite-delivery-sweep';
import { expireInvitesJob } from './invite-expiry';

/** The daily trigger of wrangler.toml (shortly after midnight UTC). */
export const DAILY_CRON = '15 0 * * *';
/** The frequent trigger of wrangler.toml: sweeps that should not wait a day. */
export const FREQUENT_CRON = '*/10 * * * *';

/**
 * A cron job: given the Worker's env and the scheduled time, does its work idempotently.
 * `cadence`: `daily` (the default) runs on the daily trigger only; `frequent` on every trigger.
 */
export type ScheduledJob = {
  name: string;
  run: (env: Env, scheduledTime: Date) => Promise<void>;
  cadence?: 'daily' | 'frequent';
};

/** Every job the cron triggers run. Each area adds its own job here. */
export const scheduledJobs: ScheduledJob[] = [
  dailyLogSummariesJob,
  expireInvitesJob,
  pruneIdempotencyKeysJob,
  inviteDeliverySweepJob,
];

/**
 * Runs the jobs of the trigger that fired (any cron but the frequent one counts as the daily
 * trigger, so frequent jobs still run daily if the frequent trigger is removed); one failing
 * job is logged and does not stop the others.
 */
export async function runScheduledJobs(
  env: Env,
  scheduledTime: Date,
  cron: string = DAILY_CRON,
): Promise<void> {
  const frequentTrigger = cron === FREQUENT_CRON;
  for (const job of scheduledJobs) {
    if (frequentTrigger && job.cadence !== 'frequent') continue;
    try {
      await job.run(env, scheduledTime);
    } catch (error) {
      logEvent('error', 'scheduled job failed', {
        job: job.name,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
