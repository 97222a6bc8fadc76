import { handleRequest } from './http/router';
import { runScheduledJobs } from './jobs/scheduled';

export default {
  fetch: (request, env, ctx) => handleRequest(request, env, ctx),
  scheduled: async (controller, env) => runScheduledJobs(env, new Date(controller.scheduledTime)),
} satisfies ExportedHandler<Env>;
