import { GraphQLError } from 'graphql';
import type { Context } from '../../context';
import { enforceRateLimit } from '../../rate-limit/enforce';
import { schema } from '../../schema';
import { type Feed, feedOf, lastEventId } from '../feeds';
import { maxStreamsPerUser, tooManyStreams } from '../limits';
import { standingEnd } from '../standing';
import type { Topic } from '../topics';
import { catchUp, forgetSubscription } from './deliver';
import { publicErrors, socketError } from './errors';
import { SOCKET_LIMITS } from './limits';
import { type CheckedSubscription, checkSubscription } from './operation';
import { CLOSE, type SubscribePayload } from './protocol';
import type { SocketSession } from './session';
import { dropOperation, storeOperation } from './stored-operations';

/** The errors of a refused HTTP answer (the rate limiter's 429), as GraphQL errors. */
async function errorsOf(response: Response): Promise<GraphQLError[]> {
  const body = (await response.json()) as {
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return (body.errors ?? []).map(
    (error) => new GraphQLError(error.message, { extensions: error.extensions }),
  );
}

/** Where a resumed subscription starts: `extensions.lastEventId`, or the field's `after`. */
function resumePoint(
  payload: SubscribePayload,
  checked: CheckedSubscription,
): number | null | GraphQLError {
  const given = payload.extensions?.lastEventId ?? checked.args.after;
  if (given === undefined || given === null) return null;
  const id = typeof given === 'string' && /^\d{1,15}$/.test(given) ? Number(given) : given;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) {
    return socketError(
      'VALIDATION_FAILED',
      'lastEventId (or after) must be the id of an event this subscription delivered: a non-negative integer.',
    );
  }
  return id;
}

/**
 * Everything a `subscribe` must pass before it listens, in order: the rate limit (each
 * subscribe counts as a request), the subscriber's standing (its token or JWT still good, its
 * account active: else the connection closes, `close`; maintenance), the operation's checks,
 * the field's feed and its subscribe-time authorization (the same predicates as queries), and
 * the resume point.
 */
async function admit(
  ctx: Context,
  payload: SubscribePayload,
): Promise<
  | { errors: readonly unknown[] }
  | { close: string }
  | { checked: CheckedSubscription; topic: Topic; after: number | null }
> {
  const limited = await enforceRateLimit(ctx);
  if (limited) return { errors: await errorsOf(limited) };
  // As before each event (standing.ts): what the door would refuse an HTTP request for.
  const ended = await standingEnd(ctx);
  if (ended?.credential) return { close: ended.error.message };
  if (ended) return { errors: [ended.error] };
  const result = await checkSubscription(ctx, schema, payload);
  if ('errors' in result) return result;
  const { checked } = result;
  const feed: Feed | undefined = feedOf(checked.field);
  if (!feed) {
    return {
      errors: [socketError('BAD_REQUEST', `${checked.field} is not served over WebSocket.`)],
    };
  }
  let topic: Topic;
  try {
    topic = feed.topic(checked.args, ctx.viewer);
    await feed.authorize(ctx, checked.args);
  } catch (error) {
    return { errors: [error] };
  }
  const after = resumePoint(payload, checked);
  if (after instanceof GraphQLError) return { errors: [after] };
  return { checked, topic, after };
}

function overLimit(): GraphQLError {
  const limit = SOCKET_LIMITS.subscriptionsPerConnection;
  return socketError(
    'SUBSCRIPTION_LIMIT_EXCEEDED',
    `At most ${limit} subscriptions may be open on one connection: complete one first.`,
    { limit },
  );
}

/**
 * `subscribe`: after `connection_ack` only (4401 before), with an id not in use (4409), within
 * the connection's limit. The socket object handles one message or event at a time
 * (socket-do.ts), so nothing else changes the subscriptions while this one is checked. A refused subscription gets one `error` message and the connection
 * goes on. An admitted one registers with its topic's hub, then starts after the log's newest
 * event (or after its resume point, replaying what it missed at once).
 */
export async function subscribe(
  session: SocketSession,
  id: string,
  payload: SubscribePayload,
): Promise<void> {
  const state = session.state();
  if (!state.viewer) return session.close(CLOSE.unauthorized);
  if (state.subscriptions.some((open) => open.id === id)) {
    return session.close(CLOSE.duplicateId, `Subscriber for ${id} already exists`);
  }
  const ctx = session.context(state.viewer);
  let leased = false;
  let registered = false;
  try {
    const admitted =
      state.subscriptions.length >= SOCKET_LIMITS.subscriptionsPerConnection
        ? { errors: [overLimit()] }
        : await admit(ctx, payload);
    if ('close' in admitted) return session.close(CLOSE.unauthorized, admitted.close);
    if ('errors' in admitted) {
      session.send({ type: 'error', id, payload: publicErrors(admitted.errors, ctx.requestId) });
      return;
    }
    const { checked, topic, after } = admitted;
    const max = maxStreamsPerUser(session.env);
    leased = await session.claimLease(id, max);
    if (!leased) {
      session.send({
        type: 'error',
        id,
        payload: publicErrors([tooManyStreams(max)], ctx.requestId),
      });
      return;
    }
    await storeOperation(session.object.storage, id, checked);
    // Listen first, then read the head: an event committed in between pokes this socket, and
    // one committed before the read is older than the subscription.
    await session.hub(topic).addSocketListener(state.name, topic);
    const lastId = after ?? (await lastEventId(ctx, topic));
    session.update((next) => {
      next.subscriptions.push({ id, field: checked.field, topic, lastId });
    });
    registered = true;
    if (after !== null) await catchUp(session, topic);
  } catch (error) {
    // Unexpected (D1 or a hub unreachable): the client gets a masked error for this id, and the
    // subscription leaves nothing behind.
    session.send({ type: 'error', id, payload: publicErrors([error], ctx.requestId) });
    if (registered) await forgetSubscription(session, id);
    else {
      await dropOperation(session.object.storage, id);
      if (leased) await session.releaseLease(id);
    }
  }
}
