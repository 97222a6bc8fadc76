// One POST of a delivery to its endpoint: a timeout, no redirects, and caps both ways.

/** How long an endpoint has to answer. */
export const TIMEOUT_MS = 10_000;
/** Largest payload sent; a larger one fails without being sent. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;
/** How much of the answer is read and kept in the attempt log. */
export const RESPONSE_BODY_BYTES = 1024;

export interface PostOutcome {
  /** The answer's status; null when none came (timeout, network error, refused). */
  statusCode: number | null;
  ok: boolean;
  latencyMs: number;
  error: string | null;
  responseBody: string | null;
}

/** The first `limit` bytes of a body as text; the rest is never read. */
async function bodyStart(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  const bytes = new Uint8Array(Math.min(size, limit));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.length;
    if (offset >= bytes.length) break;
  }
  return new TextDecoder().decode(bytes);
}

/** POSTs `body` with `headers`; only a 2xx answer is a success (a redirect is not followed). */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<PostOutcome> {
  const started = Date.now();
  const elapsed = () => Date.now() - started;
  if (new TextEncoder().encode(body).byteLength > MAX_PAYLOAD_BYTES) {
    return {
      statusCode: null,
      ok: false,
      latencyMs: 0,
      error: `Payload over ${MAX_PAYLOAD_BYTES} bytes: not sent.`,
      responseBody: null,
    };
  }
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        'user-agent': 'graphql-gateway-webhooks/1',
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const responseBody = await bodyStart(response, RESPONSE_BODY_BYTES);
    const ok = response.status >= 200 && response.status < 300;
    const redirect = response.status >= 300 && response.status < 400;
    return {
      statusCode: response.status,
      ok,
      latencyMs: elapsed(),
      error: ok
        ? null
        : redirect
          ? `Redirect to ${response.headers.get('location') ?? '(no location)'} not followed.`
          : `HTTP ${response.status}.`,
      responseBody,
    };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      statusCode: null,
      ok: false,
      latencyMs: elapsed(),
      error: timedOut
        ? `No answer within ${TIMEOUT_MS / 1000} s.`
        : `Request failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
      responseBody: null,
    };
  }
}
