import { drainReader } from '../body-stream';
import { MAX_REQUEST_BODY_BYTES } from './settings';

/**
 * How much of a refused body is still read and dropped before the rest is cancelled: ten times
 * the cap. A body cut off mid-way ends its connection abruptly, which `wrangler dev`'s proxy
 * answered with a 503 ("worker restarted mid-request") to the next request on it, whoever sent
 * it; reading a body just over the cap to its end costs little, and past this bound the flood
 * the cap is there to stop is cut.
 */
export const DRAIN_LIMIT_BYTES = 10 * MAX_REQUEST_BODY_BYTES;

/**
 * Reads the body as UTF-8 text, stopping at the cap: past it, the rest is drained (drainReader)
 * and the answer is null (the caller refuses with 413). A declared Content-Length over the cap
 * was refused before (checkHttpRequest); this catches bodies streamed without one.
 */
export async function readBodyText(
  request: Request,
  limit = MAX_REQUEST_BODY_BYTES,
): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await drainReader(reader, DRAIN_LIMIT_BYTES);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
