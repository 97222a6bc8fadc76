import { createDb } from '../db/client';
import { logEvent } from '../log';
import { previousUtcDay, summarizeDay } from '../resolvers/admin/daily-summaries';
import { pruneIdempotencyKeys } from '../resolvers/threads/idempotency';
import { aiUsageTimeoutSweepJob } from './ai-usage-timeout-sweep';
import { analyticsUpkeepJob } from './analytics-upkeep';
import { attachmentSweepJob } from './attachment-sweep';
import { pruneDomainEventsJob } from './domain-events-prune';
import { importTimeoutSweepJob } from './import-timeout-sweep';
import { inviteDeliverySweepJob } from './invite-delivery-sweep';
import { expireInvitesJob } from './invite-expiry';
import type { ScheduledJob } from './job';
import { listActivityDigestsJob } from './list-activity-digests';
import { pruneListActivityDigestsJob, pruneListActivityJob } from './list-activity-prune';
import { pruneWebhookDeliveriesJob, webhookCatchUpJob } from './webhook-sweep';

/** The daily trigger of wrangler.toml (shortly after midnight UTC). */
export const DAILY_CRON = '15 0 * * *';
/** The frequent trigger of wrangler.toml: sweeps that should not wait a day. */
export const FREQUENT_CRON = '*/10 * * * *';

/**
 * Every job the cron triggers run, in order. Each area adds its own job here. The sweeps of
 * stuck rows come before the daily summaries, so yesterday's summary sees their final state.
 */
export const scheduledJobs: ScheduledJob[] = [
  aiUsageTimeoutSweepJob,
  importTimeoutSweepJob,
  {
    name: 'daily-log-summaries',
    run: (env, scheduledTime) => summarizeDay(createDb(env.DB), previousUtcDay(scheduledTime)),
  },
  expireInvitesJob,
  {
    name: 'prune-thread-idempotency-keys',
    run: async (env, scheduledTime) => {
      await pruneIdempotencyKeys(env, scheduledTime);
    },
  },
  inviteDeliverySweepJob,
  listActivityDigestsJob,
  // After the digests, which read the previous day's activity.
  pruneListActivityJob,
  pruneListActivityDigestsJob,
  pruneDomainEventsJob,
  webhookCatchUpJob,
  pruneWebhookDeliveriesJob,
  analyticsUpkeepJob,
  attachmentSweepJob,
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
