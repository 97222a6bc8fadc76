import { type Context, perRequest } from '../../context';

// Provider keys are encrypted at rest with AES-256-GCM. The AES key is derived with HKDF-SHA-256
// from the Worker secret AI_KEY_ENCRYPTION_SECRET; the provider name is bound in as associated
// data, so a ciphertext copied onto another provider's row does not decrypt.

const FORMAT = 'v1.';
const IV_BYTES = 12;
const encoder = new TextEncoder();

/**
 * The AES key derived from the Worker secret AI_KEY_ENCRYPTION_SECRET. Also seals webhook
 * signing secrets (src/resolvers/webhooks/secrets.ts), with their own associated data.
 */
export async function deriveSecretKey(
  env: Pick<Env, 'AI_KEY_ENCRYPTION_SECRET'>,
): Promise<CryptoKey> {
  const secret = env.AI_KEY_ENCRYPTION_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error('AI_KEY_ENCRYPTION_SECRET is missing or shorter than 32 characters.');
  }
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: encoder.encode('gateway/ai-provider-keys'),
      info: encoder.encode('aes-256-gcm/v1'),
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function aesKey(ctx: Context): Promise<CryptoKey> {
  return perRequest(ctx, 'ai:aesKey', () => deriveSecretKey(ctx.env));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** `v1.` + base64(iv || ciphertext-with-tag), `associated` bound in as associated data. */
export async function sealSecret(
  key: CryptoKey,
  associated: string,
  plain: string,
): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(associated) },
    key,
    encoder.encode(plain),
  );
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), IV_BYTES);
  return FORMAT + toBase64(out);
}

/** What `sealSecret` sealed; throws when the secret changed or the text was tampered with. */
export async function openSecret(
  key: CryptoKey,
  associated: string,
  stored: string,
): Promise<string> {
  if (!stored.startsWith(FORMAT)) throw new Error('Unknown encrypted key format.');
  const bytes = fromBase64(stored.slice(FORMAT.length));
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES), additionalData: encoder.encode(associated) },
    key,
    bytes.slice(IV_BYTES),
  );
  return new TextDecoder().decode(plain);
}

/** What `ai_provider_keys.encrypted_key` holds: the key sealed for its provider. */
export async function encryptProviderKey(
  ctx: Context,
  provider: string,
  plain: string,
): Promise<string> {
  return sealSecret(await aesKey(ctx), provider, plain);
}

/** The plain key; throws when the secret changed or the row was tampered with. */
export async function decryptProviderKey(
  ctx: Context,
  provider: string,
  stored: string,
): Promise<string> {
  return openSecret(await aesKey(ctx), provider, stored);
}

/** The only form of a key that ever leaves the Worker: first four and last four characters. */
export function maskProviderKey(key: string): string {
  return `${key.slice(0, 4)}...${key.slice(-4)}`;
}
