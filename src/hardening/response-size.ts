import type { Context } from '../context';
import { logEvent } from '../log';
import { errorResponse } from './responses';
import { maxResponseBytes } from './settings';

const SENT_WHOLE = 'hardening.sentWhole';
/** The byte size of an answer found over the limit while it was serialized. */
const OVERSIZED = 'hardening.oversizedBytes';

/**
 * Marks the request's answer as one to send whatever its size: a mutation's writes have happened,
 * and refusing its answer would make the client retry a write that succeeded. The cost limit
 * still bounds what a mutation may select.
 */
export function sendWhole(ctx: Context): void {
  ctx.cache.set(SENT_WHOLE, true);
}

/** UTF-8 never takes more than three bytes for one UTF-16 code unit. */
const MAX_UTF8_PER_UNIT = 3;

/**
 * The serializer Yoga uses for a single result (`result.stringify`): JSON.stringify, measured
 * against MAX_RESPONSE_BYTES as it is made. The cost model counts objects, not bytes: aliases of
 * long text over a cheap page can still make megabytes, and a Worker holds the whole answer in
 * memory before sending it. Measuring the text Yoga writes anyway spares reading the response
 * body back (a copy of every answer, 3 % of a small request's time). An answer over the limit
 * is noted on the context and replaced by `refuseOversized`.
 */
export function sizedStringify(ctx: Context): (result: unknown) => string {
  return (result) => {
    const json = JSON.stringify(result);
    if (ctx.cache.get(SENT_WHOLE)) return json;
    const limit = maxResponseBytes(ctx.env);
    // Only a text that could pass the limit is encoded to count its bytes.
    if (json.length * MAX_UTF8_PER_UNIT <= limit) return json;
    const bytes = new TextEncoder().encode(json).byteLength;
    // Noted, and the text returned all the same: a regular answer is replaced at `onResponse`;
    // an event stream may serialize after the response has gone, and then sends it whole, as
    // event streams always did (the cap is for the single JSON answer).
    if (bytes > limit) ctx.cache.set(OVERSIZED, bytes);
    return json;
  };
}

/**
 * The response to send when `sizedStringify` found the answer over the limit: a 400
 * RESPONSE_TOO_LARGE naming both sizes; otherwise undefined (the answer goes as it is).
 */
export function refuseOversized(ctx: Context): Response | undefined {
  const bytes = ctx.cache.get(OVERSIZED) as number | undefined;
  if (bytes === undefined) return undefined;
  const limit = maxResponseBytes(ctx.env);
  logEvent('warn', 'response over the size limit', { requestId: ctx.requestId, bytes, limit });
  return errorResponse(
    400,
    'RESPONSE_TOO_LARGE',
    `The answer would be ${bytes} bytes; the response size limit is ${limit} bytes. Ask for fewer fields, aliases or items per page.`,
    ctx.requestId,
    {},
    { limit, actual: bytes },
  );
}
