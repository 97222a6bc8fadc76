import { drainReader } from '../body-stream';
import { DRAIN_LIMIT_BYTES } from '../hardening/body-limit';

/**
 * Drains a request body nobody read (a refusal before the body, a route that ignores it): left
 * unread, a body can keep the connection busy and break the client's next request on it, and
 * cancelled mid-way, it ends the connection abruptly, which `wrangler dev`'s proxy answers with a
 * 503 ("worker restarted mid-request") to the next request. So it is read to its end and
 * dropped, up to DRAIN_LIMIT_BYTES (ten times the cap); a body declared larger, or longer than
 * that, is cancelled (reading 40 MB to refuse them would be the flood the cap is there to stop).
 */
export async function discardUnreadBody(request: Request): Promise<void> {
  if (!request.body || request.bodyUsed || request.body.locked) return;
  const declared = Number(request.headers.get('Content-Length') ?? Number.NaN);
  try {
    if (declared > DRAIN_LIMIT_BYTES) {
      await request.body.cancel();
      return;
    }
    await drainReader(request.body.getReader(), DRAIN_LIMIT_BYTES);
  } catch {
    // The client went away meanwhile: there is nothing left to discard.
  }
}
