import { handleRequest } from './http/router';
import { deliverEmails, endDeadLetters, isDeadLetterQueue } from './jobs/email-queue';
import { runScheduledJobs } from './jobs/scheduled';
import { deliverWebhooks, endWebhookDeadLetters, isWebhookQueue } from './jobs/webhook-queue';

export { RateLimiter } from './rate-limit/rate-limiter-do';

export default {
  fetch: (request, env, ctx) => handleRequest(request, env, ctx),
  scheduled: async (controller, env) =>
    runScheduledJobs(env, new Date(controller.scheduledTime), controller.cron),
  // Each queue by its name: webhook deliveries (and their dead letters), else the emails.
  queue: (batch, env) => {
    if (isWebhookQueue(batch.queue)) {
      return isDeadLetterQueue(batch.queue)
        ? endWebhookDeadLetters(batch)
        : deliverWebhooks(batch, env);
    }
    return isDeadLetterQueue(batch.queue) ? endDeadLetters(batch, env) : deliverEmails(batch, env);
  },
} satisfies ExportedHandler<Env>;
