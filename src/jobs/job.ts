/**
 * A cron job: given the Worker's env and the scheduled time, does its work idempotently.
 * `cadence`: `daily` (the default) runs on the daily trigger only; `frequent` on every trigger.
 */
export type ScheduledJob = {
  name: string;
  run: (env: Env, scheduledTime: Date) => Promise<void>;
  cadence?: 'daily' | 'frequent';
};
