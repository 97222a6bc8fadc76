const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `length` random URL-safe characters from crypto.getRandomValues (64 symbols: no bias). */
export function randomToken(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 63];
  return out;
}

/** A new row id: a kind prefix and 20 random URL-safe characters (`usr_...`). */
export function newId(prefix: string): string {
  return `${prefix}_${randomToken(20)}`;
}

export const nowIso = () => new Date().toISOString();
