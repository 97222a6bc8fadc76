import { admits } from './accept';
import { MAX_REQUEST_BODY_BYTES } from './settings';

/** Headers whose presence proves a browser sent a CORS preflight first (or that no browser sent it). */
const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];
/** Content types a browser may send cross-site without a preflight. */
const SIMPLE_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
];

/** The media type of the request's body, lowercase, without parameters (`; charset=...`). */
export function contentTypeOf(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * How a route takes its body:
 * - `graphql`: what Yoga parses (JSON, application/graphql, forms and GET parameters); the simple
 *   kinds a browser sends cross-site without asking first must carry a CSRF header;
 * - `json`: exactly the application/json media type, which no browser sends cross-site without
 *   a preflight;
 * - `ignored`: a plain HTML form's post, whose body the route never reads (invite links: the
 *   capability is the token in the path, so a cross-site post can do no more than the link);
 * - `stream`: raw bytes the route streams elsewhere under its own cap (uploads: the announced
 *   file size, checked while the bytes pass), so the request body cap does not apply. Only
 *   methods a browser cannot send cross-site without a preflight (PUT) should take it.
 */
export type BodyRule = 'graphql' | 'json' | 'ignored' | 'stream';

/** Why a request is refused before its body is read: the HTTP status, a code and a message. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  /** Figures repeated for programs in the error's `extensions` (the limit passed...). */
  extensions?: Record<string, unknown>;
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

/** Media types Yoga's result processors produce. */
const ANSWERABLE = [
  'application/json',
  'application/graphql-response+json',
  'text/event-stream',
  'multipart/mixed',
];

function acceptsGraphQLResponse(accept: string | null): boolean {
  return ANSWERABLE.some((type) => admits(accept, type));
}

/** A Content-Length that is not one number (two joined values smuggle requests). */
const BAD_CONTENT_LENGTH: Refusal = {
  status: 400,
  code: 'BAD_REQUEST',
  message: 'The Content-Length header must be one non-negative integer.',
};

/** The refusal of a body over the cap, declared or found while reading. */
export const BODY_TOO_LARGE: Refusal = {
  status: 413,
  code: 'REQUEST_ENTITY_TOO_LARGE',
  message: `The request body is larger than ${MAX_REQUEST_BODY_BYTES} bytes.`,
  extensions: { limit: MAX_REQUEST_BODY_BYTES },
};

function mediaTypeRefusal(request: Request, rule: BodyRule): Refusal | null {
  if (rule === 'graphql') {
    if (isSimpleRequest(request) && !CSRF_HEADERS.some((name) => request.headers.has(name))) {
      return {
        status: 403,
        code: 'CSRF_HEADER_REQUIRED',
        message:
          'GET and form or text POST requests must carry the header "x-graphql-yoga-csrf: 1" ' +
          '(cross-site request forgery protection); JSON POSTs need nothing more.',
      };
    }
    // Yoga would run the operation and only then find no format to answer in (a 406 after the
    // mutation was written): refuse an Accept header it cannot serve before anything runs.
    if (!acceptsGraphQLResponse(request.headers.get('accept'))) {
      return {
        status: 406,
        code: 'NOT_ACCEPTABLE',
        message:
          'This endpoint answers application/json or application/graphql-response+json: fix the Accept header.',
      };
    }
  }
  if (rule === 'json' && contentTypeOf(request) !== 'application/json') {
    return {
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Send the body as JSON with "Content-Type: application/json".',
    };
  }
  return null;
}

/**
 * The HTTP checks made before a route reads the body, for the route's body rule: CSRF headers on
 * simple requests and an answerable Accept header (GraphQL), the exact JSON media type (JSON
 * routes), and a declared body size under the cap (all but `stream`, whose route applies its
 * own). A body that streams past the cap
 * without a Content-Length is stopped while it is read (readBodyText; for GraphQL, the hardening
 * plugin's request parser). A declared length is exact: the runtime delivers that many bytes.
 */
export function checkHttpRequest(request: Request, rule: BodyRule): Refusal | null {
  const refusal = mediaTypeRefusal(request, rule);
  if (refusal) return refusal;
  const length = request.headers.get('content-length');
  if (length !== null && !/^\d+$/.test(length)) return BAD_CONTENT_LENGTH;
  if (rule === 'stream') return null;
  if (length !== null && Number(length) > MAX_REQUEST_BODY_BYTES) return BODY_TOO_LARGE;
  return null;
}
