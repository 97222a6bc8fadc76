import { randomToken } from '../ids';

/** Invite tokens: 32 URL-safe characters (192 random bits), the only capability an invitee holds. */
export const INVITE_TOKEN_LENGTH = 32;
const INVITE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** Hours an invite stays open. */
export const INVITE_TTL_HOURS = 72;

/** A fresh raw token. Only its digest is ever stored; the raw value goes into the email alone. */
export function newInviteToken(): string {
  return randomToken(INVITE_TOKEN_LENGTH);
}

/** Checked before any database read: anything else cannot be a token we issued. */
export function isInviteTokenShaped(value: string): boolean {
  return INVITE_TOKEN_PATTERN.test(value);
}

/** SHA-256 of the token, lowercase hex: what thread_invites.token holds. */
export async function digestInviteToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
