import type { Context } from '../context';
import { logEvent } from '../log';
import { errorResponse } from './responses';
import { maxResponseBytes } from './settings';

/** The content types of Yoga's single-result answers (not GraphiQL's page, not event streams). */
const GRAPHQL_JSON = /^application\/(graphql-response\+)?json\b/;

const SENT_WHOLE = 'hardening.sentWhole';

/**
 * Marks the request's answer as one to send whatever its size: a mutation's writes have happened,
 * and refusing its answer would make the client retry a write that succeeded. The cost limit
 * still bounds what a mutation may select.
 */
export function sendWhole(ctx: Context): void {
  ctx.cache.set(SENT_WHOLE, true);
}

/**
 * The answer to send for a query's serialized answer: itself up to MAX_RESPONSE_BYTES, else a
 * 400 RESPONSE_TOO_LARGE naming both sizes. The cost model counts objects, not bytes: aliases of
 * long text over a cheap page can still make megabytes, and a Worker holds the whole answer in
 * memory before sending it. The body is read once (it is in memory already) and passed on.
 */
export async function capResponseSize(response: Response, ctx: Context): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (!GRAPHQL_JSON.test(type) || response.body === null || ctx.cache.get(SENT_WHOLE)) {
    return response;
  }
  const limit = maxResponseBytes(ctx.env);
  const body = await response.arrayBuffer();
  if (body.byteLength <= limit) return new Response(body, response);
  logEvent('warn', 'response over the size limit', {
    requestId: ctx.requestId,
    bytes: body.byteLength,
    limit,
  });
  return errorResponse(
    400,
    'RESPONSE_TOO_LARGE',
    `The answer would be ${body.byteLength} bytes; the response size limit is ${limit} bytes. Ask for fewer fields, aliases or items per page.`,
    ctx.requestId,
    {},
    { limit, actual: body.byteLength },
  );
}
