import { readBodyText } from '../hardening/body-limit';
import { MAX_REQUEST_BODY_BYTES } from '../hardening/settings';

/**
 * Drains a request body nobody read (a refusal before the body, a route that ignores it): left
 * unread, a body can keep the connection busy and break the client's next request on it. A body
 * within the cap is read to its end and dropped: cancelling it instead makes the connection end
 * abruptly, which `wrangler dev`'s proxy answers with a 503 ("worker restarted mid-request") in
 * place of the gateway's own answer. Past the cap, or declared over it, the rest is cancelled
 * unread (reading 40 MB to refuse them would be the flood the cap is there to stop).
 */
export async function discardUnreadBody(request: Request): Promise<void> {
  if (!request.body || request.bodyUsed || request.body.locked) return;
  const declared = Number(request.headers.get('Content-Length') ?? Number.NaN);
  try {
    if (declared > MAX_REQUEST_BODY_BYTES) {
      await request.body.cancel();
      return;
    }
    if ((await readBodyText(request)) === null) return;
  } catch {
    // The client went away meanwhile: there is nothing left to discard.
  }
}
