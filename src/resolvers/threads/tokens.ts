import { isDevelopment } from '../../environment';
import { base64Url, derivedHmacKey, sha256Hex } from '../sha256';

/** Invite tokens: 32 URL-safe characters (192 bits), the only capability an invitee holds. */
export const INVITE_TOKEN_LENGTH = 32;
const INVITE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;
/** 24 bytes of the HMAC are exactly 32 base64url characters. */
const TOKEN_BYTES = (INVITE_TOKEN_LENGTH * 3) / 4;
const MIN_SECRET_LENGTH = 32;

/** Hours an invite stays open. */
export const INVITE_TTL_HOURS = 72;

const encoder = new TextEncoder();

/**
 * The HMAC key of invite tokens: the Worker secret INVITE_TOKEN_SECRET. In development and tests
 * without it, a key derived (HKDF, its own salt) from JWT_SECRET, so `npm run dev` needs no new
 * setting; elsewhere a missing or short secret refuses, rather than mint guessable links.
 */
async function tokenKey(env: Env): Promise<CryptoKey> {
  const secret = env.INVITE_TOKEN_SECRET ?? '';
  if (secret.length >= MIN_SECRET_LENGTH) {
    return crypto.subtle.importKey(
      'raw',
      encoder.encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
  }
  if (secret !== '' || !isDevelopment(env) || !env.JWT_SECRET) {
    throw new Error(
      `INVITE_TOKEN_SECRET is missing or shorter than ${MIN_SECRET_LENGTH} characters: invite links cannot be made.`,
    );
  }
  return derivedHmacKey(env.JWT_SECRET, 'gateway/invite-tokens');
}

/**
 * The raw token of an invite: HMAC-SHA256(secret, invite id), its first 24 bytes in base64url.
 * Derived rather than random so that an email whose queue message was lost can be sent later
 * (the cron recomputes it); nothing stores it, only its digest is at rest.
 */
export async function inviteTokenFor(env: Env, inviteId: string): Promise<string> {
  return (await inviteTokenSigner(env))(inviteId);
}

/**
 * `inviteTokenFor` with the key set up once, for several invites. Throws at once when the secret
 * is missing, so a caller can check before it does any paid work.
 */
export async function inviteTokenSigner(env: Env): Promise<(inviteId: string) => Promise<string>> {
  const key = await tokenKey(env);
  return async (inviteId) => {
    const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`thread-invite:${inviteId}`));
    return base64Url(new Uint8Array(mac, 0, TOKEN_BYTES));
  };
}

/** Checked before any database read: anything else cannot be a token we issued. */
export function isInviteTokenShaped(value: string): boolean {
  return INVITE_TOKEN_PATTERN.test(value);
}

/** SHA-256 of the token, lowercase hex: what thread_invites.token holds. */
export function digestInviteToken(token: string): Promise<string> {
  return sha256Hex(token);
}

declare global {
  namespace Cloudflare {
    interface Env {
      /**
       * Key of the invite tokens (`wrangler secret put INVITE_TOKEN_SECRET`, 32+ characters);
       * optional in development and tests only.
       */
      INVITE_TOKEN_SECRET?: string;
    }
  }
}
