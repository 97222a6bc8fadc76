import { logEvent } from '../log';
import { dailyLogSummariesJob } from '../resolvers/admin/daily-summaries';
import { aiUsageTimeoutSweepJob } from './ai-usage-timeout-sweep';
import { importTimeoutSweepJob } from './import-timeout-sweep';
import { expireInvitesJob } from './invite-expiry';
import { listActivityDigestsJob } from './list-activity-digests';

/** A cron job: given the Worker's env and the scheduled time, does its work idempotently. */
export type ScheduledJob = { name: string; run: (env: Env, scheduledTime: Date) => Promise<void> };

/**
 * Every job the cron trigger runs, in order. Each area adds its own job here. The sweeps of
 * stuck rows come before the daily summaries, so yesterday's summary sees their final state.
 */
export const scheduledJobs: ScheduledJob[] = [
  aiUsageTimeoutSweepJob,
  importTimeoutSweepJob,
  dailyLogSummariesJob,
  expireInvitesJob,
  listActivityDigestsJob,
];

/** Runs every job; one failing job is logged and does not stop the others. */
export async function runScheduledJobs(env: Env, scheduledTime: Date): Promise<void> {
  for (const job of scheduledJobs) {
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
