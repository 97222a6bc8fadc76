import { errorResponse } from '../hardening/responses';
import type { AttachmentRow } from '../resolvers/attachments/attachments';
import { downloadableAttachment } from '../resolvers/attachments/download';
import { API_EXPOSED_HEADERS, type CorsRule, corsHeaders, preflight } from './cors';
import { type Door, throughDoor } from './door';

const ROUTE = /^\/files\/([^/]+)$/;

/**
 * Every file is served as a download that cannot act in the gateway's origin: attachment
 * disposition, no sniffing, and a CSP that gives a document nothing (no script, no style, no
 * frame: `sandbox` also makes its origin opaque).
 */
const FILE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Per viewer: never in a shared cache; revalidated by ETag.
  'Cache-Control': 'private, no-cache',
  'Accept-Ranges': 'bytes',
};

const CORS: CorsRule = {
  methods: 'GET, HEAD',
  allowHeaders: 'Authorization, Range, If-None-Match, If-Range',
  exposeHeaders: ['ETag', 'Content-Range', 'Content-Disposition', 'Content-Length']
    .concat(API_EXPOSED_HEADERS)
    .join(', '),
};

const cors = (request: Request) => corsHeaders(request, CORS);
/**
 * `GET /files/<id>` with the Authorization header (the viewer reads as on /graphql), or without
 * one through a URL signed by `Attachment.downloadUrl` (a browser's download cannot send
 * headers): the door then opens anonymously and the signature names the reader.
 */
const BEARER_DOOR: Door = { body: 'ignored', viewer: 'bearer', cors };
const SIGNED_DOOR: Door = { body: 'ignored', viewer: 'link', cors, countsAddress: true };

export function isFileRoute(pathname: string): boolean {
  return ROUTE.test(pathname);
}

export function handleFile(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
): Promise<Response> {
  const url = new URL(request.url);
  const id = ROUTE.exec(url.pathname)?.[1] ?? '';
  if (request.method === 'OPTIONS') {
    return throughDoor(request, env, execution, requestId, SIGNED_DOOR, () =>
      preflight(request, CORS),
    );
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return Promise.resolve(
      errorResponse(405, 'METHOD_NOT_ALLOWED', 'Files are read with GET (or HEAD).', requestId, {
        Allow: 'GET, HEAD',
      }),
    );
  }
  const door = request.headers.has('authorization') ? BEARER_DOOR : SIGNED_DOOR;
  return throughDoor(request, env, execution, requestId, door, async (ctx) => {
    const row = await downloadableAttachment(ctx, id, url.searchParams);
    const answer = row ? await serve(env.FILES, row, request) : null;
    // Missing, hidden, not ready, or its object gone: the same answer.
    const missing = () =>
      errorResponse(404, 'NOT_FOUND', 'No file here, or you may not see it.', requestId);
    return answer ?? missing();
  });
}

/** A byte range to send, or `unsatisfiable`; null: send the whole file. */
type RangeAnswer = { offset: number; length: number } | 'unsatisfiable' | null;

/**
 * One `bytes=` range (RFC 9110 14.1): `a-b`, `a-` or `-n`. Several ranges, another unit or a
 * malformed header are ignored (the whole file is sent, as the RFC allows).
 */
export function parseRange(header: string | null, size: number): RangeAnswer {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    const length = Math.min(suffix, size);
    return { offset: size - length, length };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { offset: start, length: end - start + 1 };
}

/** A filename for `Content-Disposition`: an ASCII fallback and the UTF-8 original (RFC 6266). */
export function contentDisposition(filename: string): string {
  // Quoted-string fallback: printable ASCII only, no quote or backslash.
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** The file's answer: 304, 416, 206 or 200, streamed from R2; null when the object is gone. */
async function serve(
  bucket: R2Bucket,
  row: AttachmentRow,
  request: Request,
): Promise<Response | null> {
  const etag = `"${row.sha256}"`;
  const headers = new Headers({ ...FILE_HEADERS, ETag: etag });
  if (etagMatches(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  // If-Range with another validator: the file changed for the client, send all of it.
  const ifRange = request.headers.get('if-range');
  const range =
    ifRange !== null && ifRange !== etag
      ? null
      : parseRange(request.headers.get('range'), row.byteSize);
  if (range === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${row.byteSize}`);
    return new Response(null, { status: 416, headers });
  }
  // HEAD: what GET would answer, without the bytes (R2 is asked whether the object is there).
  const head = request.method === 'HEAD';
  const object = head
    ? await bucket.head(row.r2Key)
    : await bucket.get(row.r2Key, range ? { range } : {});
  if (!object) return null;
  const body = head ? null : (object as R2ObjectBody).body;
  headers.set('Content-Type', row.contentType);
  headers.set('Content-Disposition', contentDisposition(row.filename));
  if (range) {
    headers.set('Content-Length', String(range.length));
    headers.set(
      'Content-Range',
      `bytes ${range.offset}-${range.offset + range.length - 1}/${row.byteSize}`,
    );
    return new Response(body, { status: 206, headers });
  }
  headers.set('Content-Length', String(row.byteSize));
  return new Response(body, { status: 200, headers });
}
