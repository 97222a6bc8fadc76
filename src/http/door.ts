import { shouldRenderGraphiQL } from 'graphql-yoga';
import { anonymous } from '../auth/viewer';
import { type Context, createContext } from '../context';
import { bookmarkOf } from '../db/session';
import { type BodyRule, checkHttpRequest, type Refusal } from '../hardening/http-guards';
import { maintenanceRefusal } from '../hardening/maintenance';
import { refusalResponse } from '../hardening/responses';
import { enforceRateLimit, withRateLimitHeaders } from '../rate-limit/enforce';
import { afterCommit } from '../realtime/publish';
import { badBookmark, clientIp, openRequest } from './request-context';

/** What a route tells the door about itself. */
export interface Door {
  /** How the route takes its body (media types, CSRF headers): see BodyRule. */
  body: BodyRule;
  /**
   * `bearer`: the Authorization header names the viewer (401 when it is wrong) and the request
   * counts against the viewer's `default_rate_limit`. `link`: always anonymous, the capability
   * being the token in the path (invite links, limited per address by their route).
   */
  viewer: 'bearer' | 'link';
  /** How the route's clients read a refusal: a JSON error by default, an HTML page for links. */
  refuse?: (refusal: Refusal, requestId: string) => Response;
  /**
   * A page that runs no operation itself (the admin stats page: its script calls /graphql,
   * which has its own door): like the GraphiQL page, it skips the HTTP checks and maintenance.
   */
  page?: boolean;
  /**
   * A signed-in user's operation may start while their account is still being checked; the door
   * holds the answer until the verdict (request-context.ts, `openRequest`). For /graphql, whose
   * mutations and subscriptions wait for the check themselves (src/http/yoga.ts).
   */
  overlapsAccountCheck?: boolean;
  /**
   * The route's CORS headers for a request (null without an Origin): set on the door's own
   * refusals too (401, 429, 503, 413...), so that a page on another origin can read why it was
   * refused (a TOKEN_EXPIRED to refresh, a Retry-After to wait), not a bare network error.
   * An answer that already has its CORS headers (Yoga's, a preflight's) keeps them.
   */
  cors?: (request: Request) => Record<string, string> | null;
  /**
   * A `link` route that reads or writes what its capability names (a signed download, an upload
   * URL): counted against its address's `default_rate_limit`, as any anonymous request is, so a
   * URL that leaked cannot be fetched without bound. (Invite links have their own limiter.)
   */
  countsAddress?: boolean;
  /**
   * The viewer may name itself after the door (a WebSocket's `connection_init`: browsers cannot
   * send Authorization on the upgrade). An anonymous request is then not refused for
   * maintenance here, or an admin could not connect from a browser during it; the route judges
   * maintenance once it knows the viewer (each `subscribe` does).
   */
  identifiesLater?: boolean;
}

/**
 * The door's headers on the way out: the bookmark of a write, the rate limit, the route's CORS
 * (the request id and security headers are the router's, on every answer).
 */
function finish(response: Response, request: Request, door: Door, ctx?: Context): Response {
  const bookmark = ctx?.session.returnsBookmark ? ctx.session.bookmark() : null;
  if (bookmark) response.headers.set('x-d1-bookmark', bookmark);
  if (door.cors && !response.headers.has('Access-Control-Allow-Origin')) {
    for (const [name, value] of Object.entries(door.cors(request) ?? {})) {
      if (name.toLowerCase() === 'vary') response.headers.append(name, value);
      else response.headers.set(name, value);
    }
  }
  return ctx ? withRateLimitHeaders(ctx, response) : response;
}

/**
 * The one way in for every route that runs an operation (/graphql, /api/*, /i/*), so that each
 * rule is decided once and in the same order everywhere:
 * 1. HTTP, before the body is read: media type and CSRF headers, Accept, declared body size;
 * 2. the client's D1 bookmark (400 when malformed), the viewer (401), a fresh context on a D1
 *    session, the rate limit (429) and the account's status;
 * 3. maintenance mode (503 for all but admins);
 * then the route's handler; on the way out, the rate-limit and CORS headers, and after a mutation
 * the session's bookmark (`x-d1-bookmark`).
 * A CORS preflight and the GraphiQL page run no operation: they skip 1 and 3 (admins load the
 * page to end maintenance; a refused preflight would block their cross-origin tools), and open
 * anonymously, uncounted: a browser app's preflights must not spend its viewer's rate limit.
 * GraphQL's own rules (parsing, limits, cost, masking, the request log) are Yoga's plugins:
 * routes that run an operation run it through Yoga (see threads-api.ts).
 */
export async function throughDoor(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
  door: Door,
  handle: (ctx: Context) => Response | Promise<Response>,
): Promise<Response> {
  const refuse = door.refuse ?? refusalResponse;
  const runsOperation =
    request.method !== 'OPTIONS' &&
    !door.page &&
    !(door.body === 'graphql' && shouldRenderGraphiQL(request));
  const httpRefusal = runsOperation ? checkHttpRequest(request, door.body) : null;
  if (httpRefusal) return finish(refuse(httpRefusal, requestId), request, door);

  const bookmark = bookmarkOf(request);
  const opened =
    bookmark === null
      ? { refused: badBookmark(requestId) }
      : door.viewer === 'bearer' && runsOperation
        ? await openRequest(
            request,
            env,
            execution,
            requestId,
            bookmark,
            door.overlapsAccountCheck === true && runsOperation,
          )
        : {
            verdict: () => Promise.resolve(null),
            ctx: createContext({
              requestId,
              env,
              viewer: anonymous,
              waitUntil: (promise) => execution.waitUntil(promise),
              clientIp: clientIp(request),
              bookmark,
              onEvents: (events) =>
                afterCommit(env, events, (promise) => execution.waitUntil(promise)),
            }),
          };
  if (opened.refused) return finish(opened.refused, request, door);
  const { ctx } = opened;
  if (door.viewer === 'link' && door.countsAddress && runsOperation) {
    const limited = await enforceRateLimit(ctx);
    if (limited) return finish(limited, request, door, ctx);
  }

  const judgedLater = door.identifiesLater === true && ctx.viewer.kind === 'anonymous';
  const closed = runsOperation && !judgedLater ? await maintenanceRefusal(ctx) : null;
  const response = closed ? refuse(closed, requestId) : await handle(ctx);
  // An account refused while its operation ran: the 401, and nothing of what the operation read.
  const late = await opened.verdict();
  if (late) {
    await response.body?.cancel();
    return finish(late, request, door);
  }
  return finish(response, request, door, ctx);
}
