import { catchUpWebhooks } from '../resolvers/webhooks/sweep';
import type { ScheduledJob } from './job';

/** Every frequent tick: dispatch what no request did, and resend overdue deliveries. */
export const webhookCatchUpJob: ScheduledJob = {
  name: 'webhook-catch-up',
  cadence: 'frequent',
  run: (env, scheduledTime) => catchUpWebhooks(env, scheduledTime),
};
