import { GraphQLError } from 'graphql';

/** What an unexpected error's message becomes (Yoga's default wording). */
const UNEXPECTED_MESSAGE = 'Unexpected error.';

/**
 * Expected failures (GraphQLError and its AppError kinds) keep their message; anything else
 * becomes "Unexpected error." with code INTERNAL_SERVER_ERROR (the request id is added to the
 * response's extensions). Yoga's masking and the direct route's (direct-operation.ts) both.
 */
export function maskError(error: unknown, message = UNEXPECTED_MESSAGE): GraphQLError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (error instanceof GraphQLError && (!original || original instanceof GraphQLError)) {
    return error;
  }
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
