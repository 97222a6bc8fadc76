import { authenticateApiToken, looksLikeApiToken } from './api-tokens';
import { verifyUserJwt } from './jwt';
import { AuthenticationError, anonymous, type Viewer } from './viewer';

/**
 * The per-address budget of failed authentications (src/rate-limit/failed-auth-limit.ts), as
 * authentication sees it: asked before a token's D1 lookup, told of each failure. Declared here so
 * that authentication depends on no layer above it.
 */
export interface FailedAuthLimit {
  beforeLookup(): Promise<void>;
  recordFailure(): Promise<void>;
}

const BEARER = /^Bearer ([A-Za-z0-9\-_.~+/]+=*)$/;

/**
 * Reads the Authorization header. No header: anonymous. A header that is present but wrong is
 * never silently treated as anonymous: the caller meant to sign in, so it gets a 401, counted
 * against the caller's address (`failures`), which answers 429 past its budget.
 */
export async function authenticate(
  request: Request,
  env: Env,
  // Runs work after the response (an API token's last use); without it that work may be dropped.
  waitUntil: (promise: Promise<unknown>) => void,
  failures: FailedAuthLimit,
): Promise<Viewer> {
  const header = request.headers.get('Authorization');
  if (header === null || header.trim() === '') return anonymous;
  try {
    return await viewerOf(header, env, waitUntil, failures);
  } catch (error) {
    if (error instanceof AuthenticationError) await failures.recordFailure();
    throw error;
  }
}

async function viewerOf(
  header: string,
  env: Env,
  waitUntil: (promise: Promise<unknown>) => void,
  failures: FailedAuthLimit,
): Promise<Viewer> {
  if (header.length > 4096) throw new AuthenticationError('The Authorization header is too long.');
  const match = BEARER.exec(header.trim());
  if (!match?.[1]) {
    throw new AuthenticationError('The Authorization header must be "Bearer <token>".');
  }
  // Integrator API tokens (`gwt_...`) are looked up by digest; anything else must be a user's JWT.
  if (looksLikeApiToken(match[1])) {
    // A lookup is a D1 read: an address past its budget of failures gets none.
    await failures.beforeLookup();
    return authenticateApiToken(match[1], env, waitUntil);
  }
  const userId = await verifyUserJwt(match[1], env);
  return { kind: 'user', userId };
}
