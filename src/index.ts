import { handleRequest } from './http/router';
import { deliverEmails, endDeadLetters, isDeadLetterQueue } from './jobs/email-queue';
import { runScheduledJobs } from './jobs/scheduled';

export { RateLimiter } from './rate-limit/rate-limiter-do';
export { RealtimeHub } from './realtime/hub';
export { GraphqlSocket } from './realtime/socket/socket-do';

export default {
  fetch: (request, env, ctx) => handleRequest(request, env, ctx),
  scheduled: async (controller, env) =>
    runScheduledJobs(env, new Date(controller.scheduledTime), controller.cron),
  queue: (batch, env) =>
    isDeadLetterQueue(batch.queue) ? endDeadLetters(batch, env) : deliverEmails(batch, env),
} satisfies ExportedHandler<Env>;
