import { GraphQLError } from 'graphql';
import { logMaskedErrors, maskError } from '../../hardening/mask-error';

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
 * anything else is masked as "Unexpected error." with the request id, and logged under it, by the
 * masking every HTTP answer goes through (src/hardening/mask-error.ts).
 */
export function publicErrors(errors: readonly unknown[], requestId: string): unknown[] {
  const masked = errors.map((error) => maskError(error));
  logMaskedErrors(requestId, masked);
  return masked.map((error, i) => {
    const { http: _http, ...extensions } = error.extensions ?? {};
    if (error !== errors[i]) extensions.requestId = requestId;
    return { ...error.toJSON(), extensions };
  });
}
