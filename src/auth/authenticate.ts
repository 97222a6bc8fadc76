import {
  API_TOKEN_SHAPE,
  type ApiTokenViewer,
  looksLikeApiToken,
  presentedTokenDigest,
} from './api-tokens';
import { verifiedUserJwt } from './jwt';
import { AuthenticationError } from './viewer';

/**
 * The per-address budget of failed authentications (src/rate-limit/failed-auth-limit.ts), as
 * authentication sees it: asked before a token's D1 lookup, told of each failure. Declared here so
 * that authentication depends on no layer above it.
 */
export interface FailedAuthLimit {
  beforeLookup(): Promise<void>;
  recordFailure(): Promise<void>;
}

/**
 * What the Authorization header proves before D1 is asked: nothing (anonymous), a user (a JWT
 * verified with JWT_SECRET), or an API token's digest, still to be looked up (`viewerOfToken`),
 * so that the lookup can share its round trip with the request's other first reads.
 */
export type Credential =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; expiresAt: number }
  | { kind: 'token'; tokenHash: string };

const BEARER = /^Bearer ([A-Za-z0-9\-_.~+/]+=*)$/;

/**
 * Reads the Authorization header. No header: anonymous. A header that is present but wrong is
 * never silently treated as anonymous: the caller meant to sign in, so it gets a 401, counted
 * against the caller's address (`failures`), which answers 429 past its budget.
 */
export async function credentialOf(
  request: Request,
  env: Env,
  failures: FailedAuthLimit,
): Promise<Credential> {
  const header = request.headers.get('Authorization');
  if (header === null || header.trim() === '') return { kind: 'anonymous' };
  return countingFailures(failures, () => parse(header, env, failures));
}

/** The viewer behind a token's digest (one read, batched with its tick): failures counted. */
export function viewerOfToken(
  lookup: () => Promise<ApiTokenViewer>,
  failures: FailedAuthLimit,
): Promise<ApiTokenViewer> {
  return countingFailures(failures, lookup);
}

async function countingFailures<T>(failures: FailedAuthLimit, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AuthenticationError) await failures.recordFailure();
    throw error;
  }
}

async function parse(header: string, env: Env, failures: FailedAuthLimit): Promise<Credential> {
  if (header.length > 4096) throw new AuthenticationError('The Authorization header is too long.');
  const match = BEARER.exec(header.trim());
  if (!match?.[1]) {
    throw new AuthenticationError('The Authorization header must be "Bearer <token>".');
  }
  // Integrator API tokens (`gwt_...`) are looked up by digest; anything else must be a user's JWT.
  if (looksLikeApiToken(match[1])) {
    if (!API_TOKEN_SHAPE.test(match[1])) {
      throw new AuthenticationError(
        'The API token is malformed: expected "gwt_" and 40 characters.',
      );
    }
    const tokenHash = await presentedTokenDigest(match[1]);
    // A lookup is a D1 read: an address past its budget of failures gets none.
    await failures.beforeLookup();
    return { kind: 'token', tokenHash };
  }
  const { sub, exp } = await verifiedUserJwt(match[1], env);
  return { kind: 'user', userId: sub, expiresAt: exp };
}
