import { GraphQLError } from 'graphql';
import { logEvent } from '../../log';

/** A refusal of a subscription, sent as an `error` message: a code programs can test. */
export function socketError(
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/**
 * Errors as an `error` or `next` payload carries them. Expected failures (GraphQLError, the
 * typed AppErrors) keep their message and code, without the HTTP status hint meant for Yoga;
 * anything else is masked as "Unexpected error." and logged under the request id, as Yoga's
 * masking does for HTTP.
 */
export function publicErrors(errors: readonly unknown[], requestId: string): unknown[] {
  return errors.map((error) => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) {
      const { http: _http, ...extensions } = error.extensions ?? {};
      return { ...error.toJSON(), extensions };
    }
    logEvent('error', 'unexpected error in a WebSocket subscription', {
      requestId,
      error: original instanceof Error ? `${original.name}: ${original.message}` : String(original),
    });
    return {
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  });
}
