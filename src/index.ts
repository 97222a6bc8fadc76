import { handleRequest } from './http/router';
import { handleInviteEmailBatch } from './jobs/invite-email-queue';
import { runScheduledJobs } from './jobs/scheduled';

export { RateLimiter } from './rate-limit/rate-limiter-do';

export default {
  fetch: (request, env, ctx) => handleRequest(request, env, ctx),
  scheduled: async (controller, env) => runScheduledJobs(env, new Date(controller.scheduledTime)),
  queue: (batch, env) => handleInviteEmailBatch(batch, env),
} satisfies ExportedHandler<Env>;
