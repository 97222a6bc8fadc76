import { handleRequest } from './http/router';
import { foldAnalytics, isAnalyticsQueue } from './jobs/analytics-queue';
import { deliverEmails, endDeadLetters, isDeadLetterQueue } from './jobs/email-queue';
import { runScheduledJobs } from './jobs/scheduled';

export { RateLimiter } from './rate-limit/rate-limiter-do';

export default {
  fetch: (request, env, ctx) => handleRequest(request, env, ctx),
  scheduled: async (controller, env) =>
    runScheduledJobs(env, new Date(controller.scheduledTime), controller.cron),
  // By queue name: analytics records (and their DLQ), then the email queue and its DLQ.
  queue: (batch, env) =>
    isAnalyticsQueue(batch.queue)
      ? foldAnalytics(batch, env)
      : isDeadLetterQueue(batch.queue)
        ? endDeadLetters(batch, env)
        : deliverEmails(batch, env),
} satisfies ExportedHandler<Env>;
