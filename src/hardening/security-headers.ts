/** Headers every response of the gateway may carry, whatever its type. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The Content-Security-Policy of an HTML page served by the gateway (GraphiQL): its scripts come
 * from this origin (static assets) or are the page's own inline scripts, allowed by their SHA-256
 * (so an injected script is not); Monaco's workers start from blob: URLs the page makes from
 * same-origin files; styles may be inline (GraphiQL and Monaco set them at run time); nothing
 * may frame the page.
 */
export async function contentSecurityPolicy(html: string): Promise<string> {
  const hashes = await Promise.all(
    [...html.matchAll(INLINE_SCRIPT)].map(
      async ([, body]) => `'sha256-${await sha256Base64(body ?? '')}'`,
    ),
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// The page is the same for every request (it holds no viewer data): hash it once per text. The
// policy is kept, not the promise of it: one request must never wait on another's work.
const policies = new Map<string, string>();

/** Headers for an HTML response of the gateway, its CSP computed from the page itself. */
export async function htmlSecurityHeaders(html: string): Promise<Record<string, string>> {
  let policy = policies.get(html);
  if (policy === undefined) {
    policy = await contentSecurityPolicy(html);
    if (policies.size > 8) policies.clear();
    policies.set(html, policy);
  }
  return {
    ...BASE_SECURITY_HEADERS,
    'Content-Security-Policy': policy,
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}
