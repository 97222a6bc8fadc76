import { MAX_REQUEST_BODY_BYTES } from './settings';

/**
 * Reads the body as UTF-8 text, stopping at the cap: past it, the rest is cancelled unread and
 * the answer is null (the caller refuses with 413). A declared Content-Length over the cap was
 * refused before (checkHttpRequest); this catches bodies streamed without one.
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
      await reader.cancel();
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
