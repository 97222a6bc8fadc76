import { type Context, perRequest } from '../../context';

// Provider keys are encrypted at rest with AES-256-GCM. The AES key is derived with HKDF-SHA-256
// from the Worker secret AI_KEY_ENCRYPTION_SECRET; the provider name is bound in as associated
// data, so a ciphertext copied onto another provider's row does not decrypt.

const FORMAT = 'v1.';
const IV_BYTES = 12;
const encoder = new TextEncoder();

function aesKey(ctx: Context): Promise<CryptoKey> {
  return perRequest(ctx, 'ai:aesKey', async () => {
    const secret = ctx.env.AI_KEY_ENCRYPTION_SECRET;
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
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** `v1.` + base64(iv || ciphertext-with-tag): what `ai_provider_keys.encrypted_key` holds. */
export async function encryptProviderKey(
  ctx: Context,
  provider: string,
  plain: string,
): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(provider) },
    await aesKey(ctx),
    encoder.encode(plain),
  );
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), IV_BYTES);
  return FORMAT + toBase64(out);
}

/** The plain key; throws when the secret changed or the row was tampered with. */
export async function decryptProviderKey(
  ctx: Context,
  provider: string,
  stored: string,
): Promise<string> {
  if (!stored.startsWith(FORMAT)) throw new Error('Unknown encrypted key format.');
  const bytes = fromBase64(stored.slice(FORMAT.length));
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES), additionalData: encoder.encode(provider) },
    await aesKey(ctx),
    bytes.slice(IV_BYTES),
  );
  return new TextDecoder().decode(plain);
}

/** The only form of a key that ever leaves the Worker: first four and last four characters. */
export function maskProviderKey(key: string): string {
  return `${key.slice(0, 4)}...${key.slice(-4)}`;
}
