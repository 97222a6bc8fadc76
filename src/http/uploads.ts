import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context';
import { errorResponse } from '../hardening/responses';
import { receiveUpload, UploadRefusal } from '../resolvers/attachments/upload';
import { API_EXPOSED_HEADERS, type CorsRule, corsHeaders, preflight } from './cors';
import { type Door, throughDoor } from './door';

const ROUTE = /^\/uploads\/([^/]+)$/;

const CORS: CorsRule = {
  methods: 'PUT',
  allowHeaders: 'Content-Type',
  exposeHeaders: API_EXPOSED_HEADERS.join(', '),
};

/**
 * `PUT /uploads/<token>`: the token (from createAttachmentUpload) is the capability, as an
 * invite link's is, so the viewer is anonymous and no Authorization header is needed; the body is
 * raw bytes that the route streams to R2 under the announced size (`stream`: the request body
 * cap is not this route's limit). PUT cannot be sent cross-site without a CORS preflight.
 */
const UPLOAD_DOOR: Door = {
  body: 'stream',
  viewer: 'link',
  countsAddress: true,
  cors: (request) => corsHeaders(request, CORS),
};

export function isUploadRoute(pathname: string): boolean {
  return ROUTE.test(pathname);
}

export function handleUpload(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
): Promise<Response> {
  const token = ROUTE.exec(new URL(request.url).pathname)?.[1] ?? '';
  if (request.method === 'OPTIONS') {
    return throughDoor(request, env, execution, requestId, UPLOAD_DOOR, () =>
      preflight(request, CORS),
    );
  }
  if (request.method !== 'PUT') {
    return Promise.resolve(
      errorResponse(405, 'METHOD_NOT_ALLOWED', 'Upload the file with PUT.', requestId, {
        Allow: 'PUT',
      }),
    );
  }
  return throughDoor(request, env, execution, requestId, UPLOAD_DOOR, answer);

  async function answer(ctx: Context): Promise<Response> {
    try {
      const attachment = await receiveUpload(ctx, token, request);
      return Response.json(
        {
          attachment: {
            id: encodeGlobalID('Attachment', attachment.id),
            filename: attachment.filename,
            contentType: attachment.contentType,
            byteSize: attachment.byteSize,
            sha256: attachment.sha256,
          },
        },
        { status: 201, headers: { 'Cache-Control': 'no-store' } },
      );
    } catch (error) {
      if (!(error instanceof UploadRefusal)) throw error;
      return errorResponse(error.status, error.code, error.message, requestId, {
        'Cache-Control': 'no-store',
      });
    }
  }
}
