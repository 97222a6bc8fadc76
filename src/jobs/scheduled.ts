import { logEvent } from '../log';
import { dailyLogSummariesJob } from '../resolvers/admin/daily-summaries';
import { expireInvitesJob } from './invite-expiry';

/** A cron job: given the Worker's env and the scheduled time, does its work idempotently. */
export type ScheduledJob = { name: string; run: (env: Env, scheduledTime: Date) => Promise<void> };

/** Every job the cron trigger runs. Each area adds its own job here. */
export const scheduledJobs: ScheduledJob[] = [dailyLogSummariesJob, expireInvitesJob];

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
