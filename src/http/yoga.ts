import { GraphQLError, getOperationAST } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Context } from '../context';
import { isDevelopment } from '../environment';
import { maskError, yogaLogger } from '../hardening/mask-error';
import { hardening } from '../hardening/plugin';
import { schema } from '../schema';
import { type DirectYoga, directOperation, GRAPHQL_CORS } from './direct-operation';
import { leanExecution } from './executor/plugin';
import { renderGraphiQL } from './graphiql';
import { graphiqlOptions } from './graphiql-options';
import { eventStream } from './plugins/event-stream';
import { requestLog } from './plugins/request-log';

/**
 * Adds the request id (always) and the D1 figures (development and tests only) to `extensions`;
 * with `x-debug-sql: 1` the figures carry `sql` and `params`, the statements sent with their raw
 * parameters (src/db/d1-stats.ts), which is why no other environment ever shows them.
 */
const responseExtensions: Plugin<Context> = {
  onExecute: ({ args }) => ({
    onExecuteDone: ({ result, setResult }) => {
      if (Symbol.asyncIterator in result) return;
      const ctx = args.contextValue;
      const extensions: Record<string, unknown> = {
        ...result.extensions,
        requestId: ctx.requestId,
      };
      if (isDevelopment(ctx.env)) extensions.d1 = { ...ctx.stats };
      if (ctx.session.returnsBookmark) extensions.d1Bookmark = ctx.session.bookmark();
      setResult({ ...result, extensions });
    },
  }),
};

/**
 * A mutation runs on the D1 primary from its first statement (its guards read the newest rows)
 * and returns the session's bookmark (`extensions.d1Bookmark`, and the `x-d1-bookmark` header
 * set at the door) for the client to send back: its next reads then see this write. Mutations
 * and subscriptions wait for the viewer's account check; queries run beside it (door.ts).
 */
const mutationsOnPrimary: Plugin<Context> = {
  // Not async: a query returns at once, and its execution starts without a promise's wait.
  onExecute: ({ args, setResultAndStopExecution }) => {
    const ctx = args.contextValue;
    // The account read joins the first depth's batch (request-context.ts, `overlap`).
    const accountChecked = ctx.checkAccount?.();
    if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
    // The session object is shared with the door's context (Yoga's wraps ours): set it there.
    ctx.session.forMutation();
    // A mutation runs for an account known to be good; for a refused one nothing runs, and the
    // door answers its 401 (this placeholder answer is never sent).
    return accountGood(accountChecked).then((good) => {
      if (!good) setResultAndStopExecution(REFUSED_ACCOUNT);
    });
  },
  // A stream is opened only for a good account too.
  onSubscribe: async ({ args, setResultAndStopExecution }) => {
    if (!(await accountGood(args.contextValue.checkAccount?.()))) {
      setResultAndStopExecution(REFUSED_ACCOUNT);
    }
  },
};

/** Whether the account check passed (no check: nothing to wait for). */
const accountGood = (check: Promise<void> | undefined) =>
  (check ?? Promise.resolve()).then(
    () => true,
    () => false,
  );

/** What a refused account's operation answers inside Yoga; the door sends the 401 instead. */
const REFUSED_ACCOUNT = {
  errors: [
    new GraphQLError('The account was refused.', { extensions: { code: 'UNAUTHENTICATED' } }),
  ],
};

/** Built once per isolate; each request brings its own context. */
export const yoga = createYoga<Context>({
  schema,
  graphqlEndpoint: '/graphql',
  // Shared with the direct route, which answers CORS itself (direct-operation.ts).
  cors: GRAPHQL_CORS,
  landingPage: false,
  // Per request: in development the page carries the demo users' tokens (src/http/graphiql-sign-in.ts).
  graphiql: (_request, ctx) => graphiqlOptions(ctx),
  renderGraphiQL,
  // Batched requests (a JSON array of operations) stay off: one operation per request, so the
  // limits and the rate limit count what runs. Bodies over 100 KB are refused with a 413: declared
  // ones at the door, streamed ones by the hardening plugin's parser. Yoga's own limit is off: it
  // pipes every body through a TransformStream, a fixed cost per request (issue 18).
  batching: false,
  maxRequestBodySize: false,
  // No file uploads: multipart bodies are refused (415) rather than parsed.
  multipart: false,
  // hardening after responseExtensions: a request it stops still gets the request id and figures.
  // eventStream: subscriptions over SSE, with each event's log id (src/http/plugins/event-stream.ts).
  // Maintenance, like every rule that is not GraphQL's own, is decided at the door (door.ts).
  // Webhooks and real-time hubs hear of committed events at the D1 binding (realtime/publish.ts).
  // leanExecution: queries and mutations run on src/http/executor (less built per field).
  plugins: [
    requestLog,
    mutationsOnPrimary,
    responseExtensions,
    hardening,
    eventStream,
    leanExecution,
  ],
  // Expected failures keep their message; anything else is masked, and logged with the request
  // id when its result is sent (src/hardening/mask-error.ts); Yoga's own lines as structured ones.
  maskedErrors: { maskError },
  logging: yogaLogger,
});

/**
 * Runs the request through Yoga (a POST of a JSON operation on its envelop directly:
 * direct-operation.ts) with `ctx` as the server context it builds its own around. Yoga
 * copies every own property of the context it is given into a fresh object per request
 * (whatwg-node's `isolateObject`: fourteen property descriptors read and defined, 3 % of a
 * `{ viewer { id } }` request's CPU in issue 18's profile). It is given an object that inherits
 * from ours and owns only `waitUntil` (which Yoga would otherwise shadow with `undefined`): its
 * context still reads every field of ours through the prototype chain, and what it adds of its
 * own (`request`, `params`) stays off ours. Code that makes a variant of a resolver's context
 * must therefore inherit from it (`Object.create`), not spread it.
 */
export async function runThroughYoga(request: Request, ctx: Context): Promise<Response> {
  const server: Context = Object.create(ctx);
  server.waitUntil = ctx.waitUntil;
  const direct = await directOperation(request, server, yoga as unknown as DirectYoga);
  return direct instanceof Response ? direct : yoga.fetch(direct.yoga, server);
}
