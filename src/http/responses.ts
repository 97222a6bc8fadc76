/** A JSON response in the GraphQL error shape, for failures outside GraphQL execution. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  requestId: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { errors: [{ message, extensions: { code } }], extensions: { requestId } },
    { status, headers: { 'X-Request-Id': requestId, ...headers } },
  );
}
