import { catchUpWebhooks, pruneWebhookDeliveries } from '../resolvers/webhooks/sweep';
import type { ScheduledJob } from './job';

/** Every frequent tick: dispatch what no request did, and resend overdue deliveries. */
export const webhookCatchUpJob: ScheduledJob = {
  name: 'webhook-catch-up',
  cadence: 'frequent',
  run: (env, scheduledTime) => catchUpWebhooks(env, scheduledTime),
};

/** Daily: the delivery log keeps finished deliveries for 30 days. */
export const pruneWebhookDeliveriesJob: ScheduledJob = {
  name: 'prune-webhook-deliveries',
  run: async (env, scheduledTime) => {
    await pruneWebhookDeliveries(env, scheduledTime);
  },
};
