import { GraphQLError } from 'graphql';
import { admits } from './accept';

/**
 * Whether a request can read a subscription's answer: GraphQL over SSE needs `Accept` to admit
 * `text/event-stream` (no header, `*\/*` and `text/*` do; `q=0` rules it out). A client asking
 * for JSON only would otherwise get Yoga's bare 406 with no body.
 */
export function acceptsEventStream(request: Request): boolean {
  return admits(request.headers.get('accept'), 'text/event-stream');
}

/**
 * The refusal of a subscription sent by a request that cannot read a stream: a client error
 * (400) with a code programs can test, before anything runs.
 */
export function subscriptionNeedsEventStream(): GraphQLError {
  return new GraphQLError(
    'Subscriptions stream their results as server-sent events: send "Accept: text/event-stream" (GraphQL over SSE), or use the WebSocket endpoint. The operation was not run.',
    {
      extensions: {
        code: 'SUBSCRIPTION_NEEDS_EVENT_STREAM',
        http: { status: 400, spec: false },
      },
    },
  );
}
