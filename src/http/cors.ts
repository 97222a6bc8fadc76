/**
 * CORS for the file routes, as Yoga answers it for /graphql (any origin, the request's own):
 * apps on another origin upload and download as they query. Neither route reads cookies (the
 * capability is the URL or the Authorization header), so allowing any origin gives a page no
 * more than it could already do with the URL or token it holds.
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

/** The route's answer, readable by a page of the requesting origin. */
export function withCors(request: Request, response: Response, rule: CorsRule): Response {
  const origin = request.headers.get('origin');
  if (!origin) return response;
  response.headers.set('Access-Control-Allow-Origin', origin);
  response.headers.set('Access-Control-Expose-Headers', rule.exposeHeaders);
  response.headers.append('Vary', 'Origin');
  return response;
}
