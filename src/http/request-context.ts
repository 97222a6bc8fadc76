import { activeAccount } from '../auth/active-account';
import { lookUpApiToken } from '../auth/api-tokens';
import { credentialOf, viewerOfToken } from '../auth/authenticate';
import { AuthenticationError, anonymous } from '../auth/viewer';
import { type Context, createContext } from '../context';
import { traceSqlFor } from '../db/d1-stats';
import { errorResponse } from '../hardening/responses';
import { enforceRateLimit } from '../rate-limit/enforce';
import {
  FailedAuthLimit,
  TooManyFailedAuthenticationsError,
  tooManyFailedAuthentications,
} from '../rate-limit/failed-auth-limit';
import { afterCommit } from '../realtime/publish';
import { knownAdminRole } from '../resolvers/access';
import { systemSettingsOf } from '../resolvers/admin/settings';

export function clientIp(request: Request): string {
  return request.headers.get('CF-Connecting-IP') ?? '127.0.0.1';
}

/** The 400 for an `x-d1-bookmark` header that is not a D1 bookmark. */
export function badBookmark(requestId: string): Response {
  return errorResponse(
    400,
    'BAD_BOOKMARK',
    'The x-d1-bookmark header is not a D1 bookmark: send back the value a mutation returned, or none.',
    requestId,
  );
}

/** The 401 or 429 for an authentication that failed (rethrows anything else). */
function authenticationRefusal(error: unknown, requestId: string): Response {
  if (error instanceof AuthenticationError) {
    return errorResponse(401, error.code, error.message, requestId, {
      'WWW-Authenticate': 'Bearer error="invalid_token"',
    });
  }
  if (error instanceof TooManyFailedAuthenticationsError) {
    return tooManyFailedAuthentications(error, requestId);
  }
  throw error;
}

/** A request let in by the door: its context, and the account check's late verdict. */
export interface Opened {
  ctx: Context;
  /**
   * Null once the viewer's account is known to be good; the 401 to answer instead when it is
   * not. Already settled unless the door let the operation run beside the check (`overlap`);
   * asking starts the check if the operation never did (refused before it ran).
   */
  verdict: () => Promise<Response | null>;
  refused?: undefined;
}

const accepted = () => Promise.resolve(null);

/**
 * Everything an API request goes through before its operation runs, for /graphql and
 * /api/threads alike: who the viewer is (401 when the token or its account is not good), a fresh
 * context on a D1 session (from the client's bookmark, if any), and the per-viewer rate
 * limit (429); an address with too many failed authentications gets a 429 before its
 * credentials are looked up. Returns the context, or the refusal to send.
 *
 * The fixed cost is one D1 round trip at most: the token lookup (integrators) or the account row
 * (users) and the settings (when the isolate's copy is older than its TTL) are read in the same
 * tick, so the read batcher sends them together; the rate limit is counted beside them (from the
 * isolate's lease: src/rate-limit/leases.ts).
 *
 * `overlap` (the /graphql route): a signed-in user's account read is sent with the operation's
 * first reads (`ctx.checkAccount`, called as execution starts: src/http/yoga.ts), so the check
 * costs no round trip of its own when that first depth needs no viewer row. Nothing leaks: the
 * door waits for the verdict before it answers (a refused account gets its 401, the operation's
 * answer dropped), mutations and subscriptions wait for it before they run (src/http/yoga.ts),
 * and any write a query makes waits for it too (RequestSession.holdWritesUntil).
 */
export async function openRequest(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
  /** The client's bookmark (checked at the door: `bookmarkOf`). */
  bookmark: string | undefined,
  overlap = false,
): Promise<Opened | { refused: Response }> {
  try {
    const waitUntil = (promise: Promise<unknown>) => execution.waitUntil(promise);
    const address = clientIp(request);
    const failures = new FailedAuthLimit(env, address, requestId);
    const credential = await credentialOf(request, env, failures);
    const viewer =
      credential.kind === 'user'
        ? { kind: 'user' as const, userId: credential.userId, expiresAt: credential.expiresAt }
        : anonymous;
    const ctx = createContext({
      requestId,
      env,
      viewer,
      waitUntil,
      clientIp: address,
      bookmark,
      onEvents: (events) => afterCommit(env, events, waitUntil),
    });
    traceSqlFor(ctx.stats, request, env);
    // Issued in this tick, in this order: one batch (settings, then the lookup or the account).
    const settings = systemSettingsOf(ctx);
    // Awaited below; a refused token leaves it unawaited, and its failure must not go unhandled.
    settings.catch(() => undefined);
    if (credential.kind === 'token') {
      const found = await viewerOfToken(() => lookUpApiToken(ctx, credential.tokenHash), failures);
      ctx.viewer = found.viewer;
      ctx.viewerAccount = Promise.resolve(found.user);
      // An integrator's budget is its token's: known once the lookup names the token.
      const [refusal] = await Promise.all([enforceRateLimit(ctx), settings]);
      return refusal ? { refused: refusal } : { ctx, verdict: accepted };
    }
    const limited = enforceRateLimit(ctx);
    if (credential.kind !== 'user') {
      const [refusal] = await Promise.all([limited, settings]);
      return refusal ? { refused: refusal } : { ctx, verdict: accepted };
    }
    const { userId } = credential;
    let verified: Promise<void> | null = null;
    // Sends the account read (once): at once, or with the operation's first reads (`overlap`).
    ctx.checkAccount = () => {
      if (verified) return verified;
      const checked = activeAccount(ctx, userId);
      ctx.viewerAccount = checked.then(({ row }) => row);
      knownAdminRole(
        ctx,
        checked.then(({ adminRole }) => adminRole),
      );
      verified = checked.then(() => undefined);
      // Rejections reach the client through `verdict`: these copies must not count as unhandled.
      for (const copy of [ctx.viewerAccount, verified]) copy.catch(() => undefined);
      ctx.session.holdWritesUntil(verified);
      return verified;
    };
    // A round trip the door waits for anyway (the settings read) takes the account read along.
    const now = !overlap || ctx.reads.waiting;
    const [refusal] = await Promise.all([limited, settings, now ? ctx.checkAccount() : null]);
    if (refusal) return { refused: refusal };
    const verdict = () => {
      const answer = (ctx.checkAccount as () => Promise<void>)().then(
        () => null,
        (error: unknown) => authenticationRefusal(error, requestId),
      );
      // An unexpected failure (D1 down) rejects: the door meets it after the operation.
      answer.catch(() => undefined);
      return answer;
    };
    return { ctx, verdict };
  } catch (error) {
    return { refused: authenticationRefusal(error, requestId) };
  }
}
