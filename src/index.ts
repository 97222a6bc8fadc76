import { handleRequest } from './http/router';
import { foldAnalytics, isAnalyticsQueue } from './jobs/analytics-queue';
import { deliverEmails, endDeadLetters, isDeadLetterQueue } from './jobs/email-queue';
import { runScheduledJobs } from './jobs/scheduled';
import { deliverWebhooks, endWebhookDeadLetters, isWebhookQueue } from './jobs/webhook-queue';
import { publishingEnv } from './realtime/publish';

export { RateLimiter } from './rate-limit/rate-limiter-do';
export { RealtimeHub } from './realtime/hub';
export { GraphqlSocket } from './realtime/socket/socket-do';

export default {
  fetch: (request, env, ctx) => handleRequest(request, env, ctx),
  // Jobs and consumers see a DB binding that publishes the events they append (invite expiry,
  // the notices of failed invite emails) once committed, as requests do.
  scheduled: async (controller, env, execution?: ExecutionContext) =>
    runScheduledJobs(
      publishingEnv(env, execution),
      new Date(controller.scheduledTime),
      controller.cron,
    ),
  // Each queue by its name: analytics records (and their DLQ), webhook deliveries (and theirs),
  // else the emails and their DLQ.
  queue: (batch, env, execution?: ExecutionContext) => {
    if (isAnalyticsQueue(batch.queue)) return foldAnalytics(batch, env);
    const jobEnv = publishingEnv(env, execution);
    if (isWebhookQueue(batch.queue)) {
      return isDeadLetterQueue(batch.queue)
        ? endWebhookDeadLetters(batch)
        : deliverWebhooks(batch, jobEnv);
    }
    return isDeadLetterQueue(batch.queue)
      ? endDeadLetters(batch, jobEnv)
      : deliverEmails(batch, jobEnv);
  },
} satisfies ExportedHandler<Env>;
