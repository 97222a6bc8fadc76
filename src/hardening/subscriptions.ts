import { GraphQLError } from 'graphql';

/**
 * The refusal of a subscription operation while the schema has no Subscription type: a client
 * error (400) with a code programs can test. graphql-js alone would answer HTTP 200 with an
 * untyped "Schema is not configured to execute subscription operation".
 */
export function subscriptionsNotSupported(): GraphQLError {
  return new GraphQLError(
    'Subscriptions are not served yet: poll with a query instead (the operation was not run).',
    {
      extensions: { code: 'SUBSCRIPTIONS_NOT_SUPPORTED', http: { status: 400, spec: false } },
    },
  );
}
