import type { Refusal } from './http-guards';

/** A JSON response in the GraphQL error shape, for failures outside GraphQL execution. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  requestId: string,
  headers: Record<string, string> = {},
  // Figures a program may act on (`limit`, `actual`...), beside the code.
  extensions: Record<string, unknown> = {},
): Response {
  return Response.json(
    { errors: [{ message, extensions: { code, ...extensions } }], extensions: { requestId } },
    { status, headers: { 'X-Request-Id': requestId, ...headers } },
  );
}

/** A refusal of the door (src/http/door.ts) as a JSON error response. */
export function refusalResponse(refusal: Refusal, requestId: string): Response {
  return errorResponse(
    refusal.status,
    refusal.code,
    refusal.message,
    requestId,
    {},
    refusal.extensions,
  );
}
