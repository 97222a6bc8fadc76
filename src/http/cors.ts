/**
 * CORS for the routes beside /graphql (files, uploads, `POST /api/threads`), as Yoga answers it
 * for /graphql (any origin, the request's own): apps on another origin upload, download and call
 * the REST route as they query. None reads cookies (the capability is the URL or the
 * Authorization header), so allowing any origin gives a page no more than it could already do
 * with the URL or token it holds. The door sets these on its refusals too (`Door.cors`).
 */
export interface CorsRule {
  methods: string;
  allowHeaders: string;
  exposeHeaders: string;
}

/** The answer to a preflight (OPTIONS) of a route with `rule`. */
export function preflight(request: Request, rule: CorsRule): Response {
  const origin = request.headers.get('origin');
  const headers = new Headers({ Allow: `${rule.methods}, OPTIONS` });
  if (origin) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Methods', rule.methods);
    headers.set('Access-Control-Allow-Headers', rule.allowHeaders);
    headers.set('Access-Control-Max-Age', '600');
    headers.set('Vary', 'Origin');
  }
  return new Response(null, { status: 204, headers });
}

/**
 * The CORS headers of a route's answer (its refusals at the door included), readable by a page of
 * the requesting origin; null for a request without an Origin.
 */
export function corsHeaders(request: Request, rule: CorsRule): Record<string, string> | null {
  const origin = request.headers.get('origin');
  if (!origin) return null;
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': rule.exposeHeaders,
    Vary: 'Origin',
  };
}

/**
 * Headers a page on another origin needs to read from a refusal or an answer of an API route:
 * the request id to quote, the rate limit and when to retry, the bookmark of a write, why a
 * token was refused.
 */
export const API_EXPOSED_HEADERS = [
  'X-Request-Id',
  'x-d1-bookmark',
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'RateLimit-Policy',
  'WWW-Authenticate',
];
