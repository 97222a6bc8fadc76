import { execute } from 'graphql';
import { schema } from '../../schema';
import { accessEnded, type DomainEventRow, eventsAfter, feedOf } from '../feeds';
import { eventTooLarge, REALTIME_LIMITS } from '../limits';
import { standingEnd } from '../standing';
import { StreamEnd } from '../stream';
import type { Topic } from '../topics';
import { publicErrors } from './errors';
import { CLOSE } from './protocol';
import type { SocketSession } from './session';
import {
  documentOf,
  dropOperation,
  type StoredOperation,
  storedOperation,
} from './stored-operations';

/**
 * Drops a subscription (client `complete`, or ended here): its stored operation, its lease of
 * the user's subscriptions, and the hub listening when no other subscription of the connection
 * follows that topic.
 */
export async function forgetSubscription(session: SocketSession, id: string): Promise<void> {
  const state = session.state();
  const gone = state.subscriptions.find((subscription) => subscription.id === id);
  if (!gone) return;
  const { subscriptions } = session.update((next) => {
    next.subscriptions = next.subscriptions.filter((subscription) => subscription.id !== id);
  });
  await Promise.all([
    dropOperation(session.object.storage, id),
    session.releaseLease(id),
    subscriptions.some((subscription) => subscription.topic === gone.topic)
      ? undefined
      : session.hub(gone.topic).removeSocketListener(state.name),
  ]);
}

function advance(session: SocketSession, id: string, eventId: number): void {
  session.update((state) => {
    const subscription = state.subscriptions.find((one) => one.id === id);
    if (subscription && subscription.lastId < eventId) subscription.lastId = eventId;
  });
}

/**
 * Runs the subscription's operation with `root` as its root value, as the Subscription fields
 * expect (`resolveFeed`: an event row, or a StreamEnd whose typed error the field throws), with
 * a fresh context, and sends the answer as `next`, with the event's log id in
 * `extensions.eventId` (what a client resumes from), exactly as SSE results carry it; none on
 * the answer that ends a subscription in place of an event (`eventId` null). An answer
 * over the event size limit is replaced by EVENT_TOO_LARGE; the subscription goes on.
 */
async function send(
  session: SocketSession,
  id: string,
  operation: StoredOperation,
  root: DomainEventRow | StreamEnd,
  eventId: number | null,
  ctx: ReturnType<SocketSession['context']>,
): Promise<void> {
  const result = await execute({
    schema,
    document: documentOf(operation.query),
    rootValue: root,
    contextValue: ctx,
    variableValues: operation.variables,
    operationName: operation.operationName,
  });
  const resumable = eventId === null ? {} : { extensions: { eventId } };
  const payload = {
    ...(result.data === undefined ? {} : { data: result.data }),
    ...(result.errors ? { errors: publicErrors(result.errors, ctx.requestId) } : {}),
    ...resumable,
  };
  const bytes = new TextEncoder().encode(JSON.stringify(payload)).length;
  session.send({
    type: 'next',
    id,
    payload:
      bytes > REALTIME_LIMITS.eventBytes
        ? { errors: publicErrors([eventTooLarge(bytes)], ctx.requestId), ...resumable }
        : payload,
  });
}

/**
 * Brings one subscription up to date with the log: every event after its cursor, in id order,
 * each judged by the feed for the viewer at the time it is read (`accept`): delivered, passed
 * over, or ending the subscription (the field's typed error SUBSCRIPTION_ACCESS_ENDED in a
 * `next`, then `complete`). The subscriber's standing is judged with it (standing.ts): during
 * maintenance the subscription ends the same way with MAINTENANCE_MODE; a revoked or expired
 * token or an inactive account closes the connection (4401). The cursor moves past each event,
 * so nothing is sent twice.
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
      REALTIME_LIMITS.readBatch,
    );
    for (const event of events) {
      const ctx = session.context(state.viewer);
      const [ended, verdict] = await Promise.all([
        standingEnd(ctx),
        feed.accept(ctx, operation.args, event),
      ]);
      // A credential no longer good ends the connection, every subscription of it at once.
      if (ended?.credential) return session.close(CLOSE.unauthorized, ended.error.message);
      if (ended || verdict === 'end') {
        const why = ended?.error ?? accessEnded('what this subscription follows');
        // No eventId: the event was not delivered, and a client resumes after the last one
        // that was (as an SSE stream's last frame carries no `id:`).
        await send(session, id, operation, new StreamEnd(why), null, ctx);
        session.send({ type: 'complete', id });
        return forgetSubscription(session, id);
      }
      if (verdict === 'deliver') await send(session, id, operation, event, event.id, ctx);
      advance(session, id, event.id);
    }
    if (events.length < REALTIME_LIMITS.readBatch) return;
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
