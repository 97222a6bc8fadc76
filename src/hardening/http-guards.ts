import { requestError } from './errors';
import { MAX_REQUEST_BODY_BYTES } from './settings';

/** Headers whose presence proves a browser sent a CORS preflight first (or that no browser sent it). */
const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];
/** Content types a browser may send cross-site without a preflight. */
const SIMPLE_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
];

export function contentTypeOf(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * A request a browser could send from any site without asking first: GET, or a POST with a form
 * or text body. Such a request must carry one of the CSRF headers (which a page can only add
 * after a CORS preflight). JSON POSTs, what every client and GraphiQL send, need nothing more.
 */
function isSimpleRequest(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return true;
  if (request.method !== 'POST') return false;
  const type = contentTypeOf(request);
  return type === '' || SIMPLE_CONTENT_TYPES.includes(type);
}

/** Media types Yoga's result processors produce (and the wildcards that cover them). */
const ANSWERABLE = new Set([
  '*/*',
  'application/*',
  'application/json',
  'application/graphql-response+json',
  'text/*',
  'text/event-stream',
  'multipart/*',
  'multipart/mixed',
]);

function acceptsGraphQLResponse(accept: string | null): boolean {
  if (accept === null || accept.trim() === '') return true;
  return accept
    .split(',')
    .some((range) => ANSWERABLE.has(range.split(';')[0]?.trim().toLowerCase() ?? ''));
}

/**
 * The HTTP checks made before Yoga reads the body: CSRF headers on simple requests, an Accept
 * header the gateway can answer, and a declared body size under the cap (Yoga's own
 * maxRequestBodySize also stops a body that streams past it without a Content-Length).
 */
export function checkHttpRequest(request: Request): void {
  if (isSimpleRequest(request) && !CSRF_HEADERS.some((name) => request.headers.has(name))) {
    throw requestError(
      'CSRF_HEADER_REQUIRED',
      'GET and form or text POST requests must carry the header "x-graphql-yoga-csrf: 1" ' +
        '(cross-site request forgery protection); JSON POSTs need nothing more.',
      403,
    );
  }
  // Yoga would run the operation and only then find no format to answer in (a 406 after the
  // mutation was written): refuse an Accept header it cannot serve before anything runs.
  if (!acceptsGraphQLResponse(request.headers.get('accept'))) {
    throw requestError(
      'NOT_ACCEPTABLE',
      'This endpoint answers application/json or application/graphql-response+json: fix the Accept header.',
      406,
    );
  }
  const length = request.headers.get('content-length');
  if (length !== null && Number(length) > MAX_REQUEST_BODY_BYTES) {
    throw requestError(
      'REQUEST_ENTITY_TOO_LARGE',
      `The request body is larger than ${MAX_REQUEST_BODY_BYTES} bytes.`,
      413,
      { limit: MAX_REQUEST_BODY_BYTES },
    );
  }
}
