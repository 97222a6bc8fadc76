import { type AccountRow, activeAccount } from '../auth/active-account';
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

/** The viewer's own row, read at the door, answers `viewer { ... }` without a second read. */
function primeViewer(ctx: Context, row: AccountRow): void {
  ctx.viewerRow = row;
}

/**
 * Everything an API request goes through before its operation runs, for /graphql and
 * /api/threads alike: who the viewer is (401 when the token or its account is not good), a fresh
 * context on a D1 session (from the client's bookmark, if any), and the per-viewer rate
 * limit (429); an address with too many failed authentications gets a 429 before its
 * credentials are looked up. Returns the context, or the refusal to send.
 *
 * The fixed cost is one D1 round trip at most: the token lookup (integrators) or the account row
 * (users) and the settings (when the isolate's copy is older than its TTL) are read in the same
 * tick, so the read batcher sends them together; the rate limiter's call starts at once beside
 * them when the settings are cached (for integrators, once the token names its budget).
 */
export async function openRequest(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
  /** The client's bookmark (checked at the door: `bookmarkOf`). */
  bookmark: string | undefined,
): Promise<{ ctx: Context; refused?: undefined } | { refused: Response }> {
  try {
    const waitUntil = (promise: Promise<unknown>) => execution.waitUntil(promise);
    const address = clientIp(request);
    const failures = new FailedAuthLimit(env, address, requestId);
    const credential = await credentialOf(request, env, failures);
    const viewer =
      credential.kind === 'user' ? { kind: 'user' as const, userId: credential.userId } : anonymous;
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
    let limited: Promise<Response | null>;
    let account: Promise<unknown>;
    if (credential.kind === 'token') {
      account = viewerOfToken(() => lookUpApiToken(ctx, credential.tokenHash), failures).then(
        (found) => {
          ctx.viewer = found.viewer;
          primeViewer(ctx, found.user);
        },
      );
      // An integrator's budget is its token's: known once the lookup names the token.
      limited = account.then(() => enforceRateLimit(ctx));
    } else {
      account =
        credential.kind === 'user'
          ? activeAccount(ctx, credential.userId).then(({ row, adminRole }) => {
              primeViewer(ctx, row);
              knownAdminRole(ctx, adminRole);
            })
          : Promise.resolve();
      limited = enforceRateLimit(ctx);
    }
    const [refusal] = await Promise.all([limited, account, settings]);
    return refusal ? { refused: refusal } : { ctx };
  } catch (error) {
    if (error instanceof AuthenticationError) {
      return {
        refused: errorResponse(401, error.code, error.message, requestId, {
          'WWW-Authenticate': 'Bearer error="invalid_token"',
        }),
      };
    }
    if (error instanceof TooManyFailedAuthenticationsError) {
      return { refused: tooManyFailedAuthentications(error, requestId) };
    }
    throw error;
  }
}
