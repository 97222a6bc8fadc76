import { errors, type JWTVerifyOptions, jwtVerify } from 'jose';
import { setBounded } from '../db/bounded-map';
import { AuthenticationError } from './viewer';

const encoder = new TextEncoder();

/**
 * The HMAC key of the last JWT_SECRET seen, imported once per isolate: importing it was a
 * WebCrypto call on every signed-in request (issue 18's profile). A changed secret (a new
 * deploy, tests with their own) imports again. The key is kept, never the promise of one: a
 * promise made by one request and awaited by another hangs the second when the first ends.
 */
let cachedKey: { secret: string; key: CryptoKey } | null = null;

async function hmacKey(secret: string): Promise<CryptoKey> {
  if (cachedKey?.secret === secret) return cachedKey.key;
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  cachedKey = { secret, key };
  return key;
}

/**
 * Seconds a token's clock may differ from the gateway's: `exp` may have passed, and `nbf`/`iat`
 * may lie ahead, by this much. Issuers' and Workers' clocks drift apart by seconds, not minutes.
 */
export const JWT_CLOCK_SKEW_SECONDS = 60;

/** The values of a comma-separated var (`JWT_ISSUER`, `JWT_AUDIENCE`); none when it is empty. */
export function listOf(value: string | undefined): string[] | undefined {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return items.length > 0 ? items : undefined;
}

/** What a claim check failed on, in words a team issuing the tokens can act on. */
function claimMessage(error: errors.JWTClaimValidationFailed): string {
  const missing = error.reason === 'missing';
  switch (error.claim) {
    case 'exp':
      return missing
        ? 'The token has no exp claim; tokens must expire.'
        : 'The token exp claim must be a number of seconds since the epoch.';
    case 'nbf':
      return 'The token is not valid yet (nbf is in the future).';
    case 'iss':
      return missing
        ? 'The token has no issuer (iss) claim; this gateway requires one.'
        : 'The token was not issued by an issuer (iss) this gateway trusts.';
    case 'aud':
      return missing
        ? 'The token has no audience (aud) claim; this gateway requires one.'
        : 'The token is not meant for this gateway: its audience (aud) does not name it.';
    default:
      return `The token's ${error.claim} claim is not valid.`;
  }
}

export const JWT_EXPIRED_MESSAGE = 'The token has expired: sign in again.';

/** A token this isolate verified: its subject, until its expiry, under the settings it passed. */
interface Verified {
  sub: string;
  exp: number;
  settings: string;
}

/**
 * Tokens verified in this isolate, by their text: a client sends the same token with each
 * request until it expires, and decoding and checking it again (base64, JSON, an HMAC) was a
 * twentieth of a signed-in request's CPU (issue 18). Only a token that passed is kept, under the
 * secret, issuers and audiences it passed with (a changed var verifies it again), and only until
 * its `exp` (with the same skew): past it the token is verified again and refused as expired.
 * Nothing is lost by forgetting one: the next request verifies it again. Revoking a user never
 * relied on the token: the account is checked on every request (src/auth/active-account.ts).
 */
const verified = new Map<string, Verified>();
const MAX_VERIFIED = 1000;

/**
 * Verifies an HS256 JWT signed with JWT_SECRET and returns its subject (a users.id). The token
 * must carry `exp`; `iss` and `aud` are checked when JWT_ISSUER / JWT_AUDIENCE are set.
 */
export async function verifyUserJwt(token: string, env: Env): Promise<string> {
  return (await verifiedUserJwt(token, env)).sub;
}

/**
 * `verifyUserJwt` with the token's expiry (`exp`, seconds since the epoch): what an open
 * subscription judges its subscriber by before each event (`jwtExpired`).
 */
export async function verifiedUserJwt(
  token: string,
  env: Env,
): Promise<{ sub: string; exp: number }> {
  const settings = `${env.JWT_SECRET}\n${env.JWT_ISSUER ?? ''}\n${env.JWT_AUDIENCE ?? ''}`;
  const kept = verified.get(token);
  // A copy: the kept entry also holds the settings it passed under, JWT_SECRET among them.
  if (kept?.settings === settings && !jwtExpired(kept.exp)) return { sub: kept.sub, exp: kept.exp };
  const sub = await verifiedSubject(token, env);
  setBounded(verified, token, { sub: sub.sub, exp: sub.exp, settings }, MAX_VERIFIED);
  return sub;
}

/** Whether a token expiring at `exp` (seconds since the epoch) has expired, with the skew allowed. */
export function jwtExpired(exp: number, nowMs = Date.now()): boolean {
  return nowMs / 1000 > exp + JWT_CLOCK_SKEW_SECONDS;
}

/** The full check of `verifyUserJwt`: the token's subject and expiry, or why it is refused. */
async function verifiedSubject(token: string, env: Env): Promise<{ sub: string; exp: number }> {
  const options: JWTVerifyOptions = {
    algorithms: ['HS256'],
    requiredClaims: ['exp'],
    clockTolerance: JWT_CLOCK_SKEW_SECONDS,
    issuer: listOf(env.JWT_ISSUER),
    audience: listOf(env.JWT_AUDIENCE),
  };
  try {
    const { payload } = await jwtVerify(token, await hmacKey(env.JWT_SECRET), options);
    // jose looks at `iat` only with maxTokenAge; a token from the future means a broken issuer.
    if (
      typeof payload.iat === 'number' &&
      payload.iat > Date.now() / 1000 + JWT_CLOCK_SKEW_SECONDS
    ) {
      throw new AuthenticationError(
        "The token was issued in the future (iat): check the issuer's clock.",
      );
    }
    if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 64) {
      throw new AuthenticationError('The token has no valid subject (sub) claim.');
    }
    // requiredClaims makes jose refuse a token without a numeric exp.
    return { sub: payload.sub, exp: payload.exp as number };
  } catch (error) {
    if (error instanceof AuthenticationError) throw error;
    if (error instanceof errors.JWTExpired) {
      throw new AuthenticationError(JWT_EXPIRED_MESSAGE, 'TOKEN_EXPIRED');
    }
    if (error instanceof errors.JWTClaimValidationFailed) {
      throw new AuthenticationError(claimMessage(error));
    }
    if (error instanceof errors.JOSEAlgNotAllowed) {
      throw new AuthenticationError('The token must be signed with HS256.');
    }
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      throw new AuthenticationError('The token signature is invalid.');
    }
    throw new AuthenticationError('The bearer token is malformed or invalid.');
  }
}
