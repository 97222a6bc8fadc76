import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { errorText, logEvent } from '../log';

/** What an unexpected error's message becomes (Yoga's default wording). */
const UNEXPECTED_MESSAGE = 'Unexpected error.';

/** What each masked error hid: logged with the request id when its result is sent. */
const causes = new WeakMap<GraphQLError, unknown>();
/** The errors maskError was given: Yoga's logger leaves them to the result step (yogaLogger). */
const maskedInputs = new WeakSet<object>();
/** The same for a thrown value that is not an object (a string): the last one masked. */
let lastMaskedValue: unknown;

/** A client that went away: not the gateway's failure (Yoga logs it at debug level only). */
const isAbort = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as Error).name === 'AbortError';

/**
 * Expected failures (GraphQLError and its AppError kinds) keep their message; anything else
 * becomes "Unexpected error." with code INTERNAL_SERVER_ERROR, at the same path and locations
 * (the request id is added to its extensions when sent). Yoga's masking (resolver errors, and a
 * hook's error on Yoga's route) and the direct route's (direct-operation.ts) both: what it hid
 * is logged once, with the request id, by `logMaskedErrors` in the result step both routes share.
 */
export function maskError(error: unknown, message = UNEXPECTED_MESSAGE): GraphQLError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const refused = invalidArgument(error, original);
  if (refused) return refused;
  if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) {
    return error;
  }
  const located = error instanceof GraphQLError ? error : undefined;
  const masked = new GraphQLError(message, {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  if (!isAbort(original)) causes.set(masked, original);
  if (typeof error === 'object' && error !== null) maskedInputs.add(error);
  else lastMaskedValue = error;
  return masked;
}

/**
 * An argument Pothos refused as it decoded it (a malformed global ID given to `node(id:)`):
 * expected, and typed as every other invalid argument is (VALIDATION_FAILED), at its path.
 */
function invalidArgument(error: unknown, original: unknown): GraphQLError | null {
  const refusal = original instanceof PothosValidationError ? original : error;
  // Only the decoding of an id: the class also carries the schema's own faults (a resolver that
  // answers no list, a misconfigured scope), which stay masked and logged.
  if (
    !(refusal instanceof PothosValidationError) ||
    refusal.extensions.code ||
    !refusal.message.startsWith('Invalid global ID')
  ) {
    return null;
  }
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError(refusal.message, {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { code: 'VALIDATION_FAILED' },
  });
}

/** One `unexpected error` line per masked error of a result, with what it hid. */
export function logMaskedErrors(requestId: string, errors: readonly GraphQLError[] = []): void {
  for (const error of errors) {
    if (!causes.has(error)) continue;
    logEvent('error', 'unexpected error', {
      requestId,
      path: error.path?.join('.'),
      error: errorText(causes.get(error)),
    });
  }
}

/** Whether maskError was just given this value (Yoga logs each error right after masking it). */
const wasMasked = (value: unknown) =>
  typeof value === 'object' && value !== null
    ? maskedInputs.has(value)
    : value !== undefined && value === lastMaskedValue;

const textOf = (args: unknown[]) =>
  args.map((arg) => (arg instanceof Error ? errorText(arg) : String(arg))).join(' ');

/**
 * Yoga's logger: its lines as the gateway's structured ones (no request id: Yoga's calls pass
 * none). An error Yoga logs as it masks it is left out: the result step logs it with the request
 * id. Debug lines (a request aborted, GraphiQL rendered) are dropped, as Yoga's default level does.
 */
export const yogaLogger = {
  debug: (..._args: unknown[]) => {},
  info: (...args: unknown[]) => logEvent('info', textOf(args)),
  warn: (...args: unknown[]) => logEvent('warn', textOf(args)),
  error: (...args: unknown[]) => {
    if (args.length === 1 && wasMasked(args[0])) return;
    logEvent('error', textOf(args));
  },
};
