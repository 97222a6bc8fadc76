// Standard Webhooks signatures: `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`
// with the secret's bytes (the base64 after `whsec_`) as the key; several space-separated
// signatures while an old secret still signs beside the new one after a rotation.

const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;
const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A new signing secret: `whsec_` and 32 random bytes in base64. */
export function newSigningSecret(): string {
  return SECRET_PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** The first and last characters of a secret, to recognise it (`whsec_AbCd...wxyz`). */
export function secretPreview(secret: string): string {
  return `${secret.slice(0, SECRET_PREFIX.length + 4)}...${secret.slice(-4)}`;
}

async function sign(secret: string, content: string): Promise<string> {
  const raw = Uint8Array.from(atob(secret.slice(SECRET_PREFIX.length)), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(content))));
}

/** The three Standard Webhooks headers of one attempt, signed with every secret given. */
export async function signedHeaders(
  secrets: readonly string[],
  webhookId: string,
  timestampSeconds: number,
  body: string,
): Promise<Record<string, string>> {
  const content = `${webhookId}.${timestampSeconds}.${body}`;
  const signatures = await Promise.all(secrets.map(async (s) => `v1,${await sign(s, content)}`));
  return {
    'webhook-id': webhookId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signatures.join(' '),
  };
}
