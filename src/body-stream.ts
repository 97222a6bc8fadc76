/**
 * Reads and drops what is left of a request body, up to `budget` bytes; past that, cancels the
 * rest. A body cut off mid-way ends its connection abruptly, which some proxies (`wrangler
 * dev`'s) answer with a 503 to the next request on it; reading a little more to end it cleanly
 * costs little, and the budget keeps a flood from being read.
 */
export async function drainReader(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  budget: number,
): Promise<void> {
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      if (read > budget) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away: nothing left to drain.
  }
}
