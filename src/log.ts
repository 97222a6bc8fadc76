/** Structured JSON logs, one line each: what Workers observability indexes. */
export function logEvent(
  level: 'info' | 'warn' | 'error',
  message: string,
  fields: Record<string, unknown> = {},
): void {
  const line = JSON.stringify({ level, message, time: new Date().toISOString(), ...fields });
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
}

/**
 * Lets `work` finish after the response (the request's `waitUntil`): its failure is logged as
 * `message` with the request id, never thrown. Where no execution context is left to extend (a
 * request already answered), the work runs on its own.
 */
export function inBackground(
  ctx: { requestId: string; waitUntil: (promise: Promise<unknown>) => void },
  work: Promise<unknown>,
  level: 'warn' | 'error',
  message: string,
): void {
  const logged = work.catch((error: unknown) => {
    logEvent(level, message, {
      requestId: ctx.requestId,
      error: errorText(error),
    });
  });
  try {
    ctx.waitUntil(logged);
  } catch {
    // No execution context to extend: the work goes on unawaited.
  }
}

/** How a caught error is written in a log line: its name and message (never its stack). */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
