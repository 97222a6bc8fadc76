import { execute, type GraphQLError } from 'graphql';
import { maxResponseBytes } from '../../hardening/settings';
import { schema } from '../../schema';
import { accessEnded, type DomainEventRow, eventsAfter, feedOf } from '../feeds';
import type { Topic } from '../topics';
import { publicErrors, socketError } from './errors';
import { SOCKET_LIMITS } from './limits';
import type { SocketSession } from './session';
import { documentOf, dropOperation, storedOperation } from './stored-operations';

/**
 * Ends a subscription from the server's side: a `next` carrying the typed error (what a client
 * shows), then `complete`. (An `error` message is for refusals before a subscription starts.)
 */
async function endWith(
  session: SocketSession,
  id: string,
  error: GraphQLError,
  requestId: string,
): Promise<void> {
  session.send({ type: 'next', id, payload: { errors: publicErrors([error], requestId) } });
  session.send({ type: 'complete', id });
  await forgetSubscription(session, id);
}

/**
 * Drops a subscription (client `complete`, or ended here): its stored operation, and the hub
 * listening when no other subscription of the connection follows that topic.
 */
export async function forgetSubscription(session: SocketSession, id: string): Promise<void> {
  const state = session.state();
  const gone = state.subscriptions.find((subscription) => subscription.id === id);
  if (!gone) return;
  const { subscriptions } = session.update((next) => {
    next.subscriptions = next.subscriptions.filter((subscription) => subscription.id !== id);
  });
  await dropOperation(session.object.storage, id);
  if (!subscriptions.some((subscription) => subscription.topic === gone.topic)) {
    await session.hub(gone.topic).removeSocketListener(state.name);
  }
}

function advance(session: SocketSession, id: string, eventId: number): void {
  session.update((state) => {
    const subscription = state.subscriptions.find((one) => one.id === id);
    if (subscription && subscription.lastId < eventId) subscription.lastId = eventId;
  });
}

/**
 * Runs the subscription's operation for one event (the event row is the root value, as the
 * Subscription fields expect) with a fresh context, and sends the answer as `next`, its event id
 * in `extensions.eventId` (what a client resumes from). Returns false when the subscription had
 * to end instead (an answer over the size cap).
 */
async function deliver(
  session: SocketSession,
  id: string,
  event: DomainEventRow,
  run: { document: string; operationName: string | null; variables: Record<string, unknown> },
  ctx: ReturnType<SocketSession['context']>,
): Promise<boolean> {
  const result = await execute({
    schema,
    document: documentOf(run.document),
    rootValue: event,
    contextValue: ctx,
    variableValues: run.variables,
    operationName: run.operationName,
  });
  const payload = {
    ...(result.data === undefined ? {} : { data: result.data }),
    ...(result.errors ? { errors: publicErrors(result.errors, ctx.requestId) } : {}),
    extensions: { eventId: event.id },
  };
  const limit = maxResponseBytes(session.env);
  const size = new TextEncoder().encode(JSON.stringify(payload)).length;
  if (size > limit) {
    await endWith(
      session,
      id,
      socketError(
        'RESPONSE_TOO_LARGE',
        `The answer to event ${event.id} is ${size} bytes; the limit is ${limit}. Subscribe with a smaller selection and resume after event ${event.id - 1}.`,
        { limit, actual: size, eventId: event.id },
      ),
      ctx.requestId,
    );
    return false;
  }
  session.send({ type: 'next', id, payload });
  return true;
}

/**
 * Brings one subscription up to date with the log: every event after its cursor, in id order,
 * each authorized for the viewer at the time of the event (the feed's `accept`), delivered, passed
 * over, or ending the subscription; the cursor moves past each one, so nothing is sent twice.
 */
async function catchUpOne(session: SocketSession, id: string): Promise<void> {
  const operation = await storedOperation(session.object.storage, id);
  for (;;) {
    const state = session.state();
    const subscription = state.subscriptions.find((one) => one.id === id);
    const feed = subscription && feedOf(subscription.field);
    if (!subscription || !state.viewer || !operation || !feed) return;
    const events = await eventsAfter(
      session.context(state.viewer),
      subscription.topic as Topic,
      subscription.lastId,
      SOCKET_LIMITS.replayBatch,
    );
    for (const event of events) {
      const ctx = session.context(state.viewer);
      const verdict = await feed.accept(ctx, operation.args, event);
      if (verdict === 'end') {
        return endWith(session, id, accessEnded('what this subscription follows'), ctx.requestId);
      }
      if (verdict === 'deliver') {
        const run = { ...operation, document: operation.query };
        if (!(await deliver(session, id, event, run, ctx))) return;
      }
      advance(session, id, event.id);
    }
    if (events.length < SOCKET_LIMITS.replayBatch) return;
  }
}

/** Brings every subscription of the connection on `topic` up to date, in subscription order. */
export async function catchUp(session: SocketSession, topic: string): Promise<void> {
  const ids = session
    .state()
    .subscriptions.filter((subscription) => subscription.topic === topic)
    .map((subscription) => subscription.id);
  for (const id of ids) await catchUpOne(session, id);
}
