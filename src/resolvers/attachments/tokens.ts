import { randomToken } from '../ids';
import { base64Url, derivedHmacKey, sha256Hex } from '../sha256';

/** Upload tokens: 32 random URL-safe characters (192 bits), as invite tokens are. */
const UPLOAD_TOKEN_LENGTH = 32;
const UPLOAD_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;
/** Minutes an upload token may wait before its PUT starts. */
export const UPLOAD_TOKEN_TTL_MINUTES = 15;
/**
 * Minutes a started upload may take (until the cron may sweep it): a 500 MB body at 1 MB/s.
 * The PUT moves the row's expiry to this when it claims the token.
 */
export const UPLOAD_RUN_MINUTES = 60;
/** Seconds a signed download URL stays valid. */
export const DOWNLOAD_URL_TTL_SECONDS = 600;

export const newUploadToken = () => randomToken(UPLOAD_TOKEN_LENGTH);
/** Checked before any database read: anything else cannot be a token we issued. */
export const isUploadTokenShaped = (value: string) => UPLOAD_TOKEN_PATTERN.test(value);
/** What attachments.upload_token holds: the token's SHA-256, never the token. */
export const digestUploadToken = (token: string) => sha256Hex(token);

const encoder = new TextEncoder();

/**
 * The key of download signatures, derived from JWT_SECRET with its own salt: the signature
 * stands in for the Authorization header a browser's download cannot send, so it is worth what
 * a JWT is. Rotating JWT_SECRET ends outstanding URLs (they live minutes anyway).
 */
function downloadKey(env: Env): Promise<CryptoKey> {
  if (!env.JWT_SECRET) throw new Error('JWT_SECRET is missing: download URLs cannot be signed.');
  return derivedHmacKey(env.JWT_SECRET, 'gateway/attachment-downloads');
}

/** Who a download URL is for: a user, and the API token that asked for it (an integrator's). */
export interface DownloadSigner {
  userId: string;
  tokenId: string | null;
}

const signedText = (attachmentId: string, { userId, tokenId }: DownloadSigner, expires: number) =>
  encoder.encode(
    `attachment-download:${attachmentId}:${userId}:${expires}${tokenId === null ? '' : `:${tokenId}`}`,
  );

/**
 * The query string of a download URL: `?expires=...&user=...&signature=...`, and `&token=...`
 * when an API token asked for it: the URL then dies with the token (revoked or expired), as
 * its requests and its upload URLs do.
 */
export async function signDownload(
  env: Env,
  attachmentId: string,
  signer: DownloadSigner,
  now = Date.now(),
): Promise<string> {
  const expires = Math.floor(now / 1000) + DOWNLOAD_URL_TTL_SECONDS;
  const mac = await crypto.subtle.sign(
    'HMAC',
    await downloadKey(env),
    signedText(attachmentId, signer, expires),
  );
  const params = new URLSearchParams({ expires: String(expires), user: signer.userId });
  if (signer.tokenId !== null) params.set('token', signer.tokenId);
  params.set('signature', base64Url(new Uint8Array(mac)));
  return `?${params}`;
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(text)) return null;
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * Who a signed download URL was made for, when its signature is right and it has not expired;
 * null otherwise. `crypto.subtle.verify` compares in constant time.
 */
export async function verifyDownload(
  env: Env,
  attachmentId: string,
  params: URLSearchParams,
  now = Date.now(),
): Promise<DownloadSigner | null> {
  const expires = Number(params.get('expires'));
  const userId = params.get('user') ?? '';
  const tokenId = params.get('token');
  const signature = fromBase64Url(params.get('signature') ?? '');
  if (!Number.isInteger(expires) || expires * 1000 < now || !signature || userId === '') {
    return null;
  }
  if (tokenId === '') return null;
  const signer = { userId, tokenId };
  const valid = await crypto.subtle.verify(
    'HMAC',
    await downloadKey(env),
    signature,
    signedText(attachmentId, signer, expires),
  );
  return valid ? signer : null;
}
