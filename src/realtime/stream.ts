import { viewerUserId } from '../auth/viewer';
import type { Context } from '../context';
import { logEvent } from '../log';
import { type AppError, ValidationError } from '../resolvers/errors';
import {
  accessEnded,
  type DomainEventRow,
  eventsAfter,
  FEEDS,
  type Feed,
  type FeedName,
  lastEventId,
} from './feeds';
import { hubOf } from './hub-client';
import { lifetimeReached, maxStreamsPerUser, REALTIME_LIMITS, tooManyStreams } from './limits';
import { type HubListener, listenToHub } from './listen';
import { standingEnd } from './standing';
import { parseTopic, type Topic, userTopic } from './topics';

/**
 * The last value of a stream that ends: its Subscription field's `resolve` throws `error`, so
 * the client gets one result with that typed error, then the stream completes.
 */
export class StreamEnd {
  constructor(readonly error: AppError) {}
}

/** What a subscription's source stream yields: a delivered event (the root value), or its end. */
export type StreamItem = DomainEventRow | StreamEnd;

/**
 * The stream of this request (one subscription per SSE request): the id of the event being
 * delivered, which the SSE framing writes as the event's `id:` (src/http/plugins/event-stream.ts).
 * On the context itself, not in its cache: the stream clears the cache before every event.
 */
export const streamStateOf = (ctx: Context) => ctx.stream;

const LAST_EVENT_ID = /^\d{1,15}$/;

/**
 * Where a stream resumes: the SSE `Last-Event-ID` header a reconnecting client sends (the id of
 * the last event it got), or null for a new stream (it starts at the log's end).
 */
export function resumeAfter(request: Request | undefined): number | null {
  const header = request?.headers.get('Last-Event-ID')?.trim();
  if (!header) return null;
  if (!LAST_EVENT_ID.test(header)) {
    throw ValidationError.of('Last-Event-ID', 'must be the id of an event this API sent.');
  }
  return Number(header);
}

const ENDED_WHAT: Record<string, string> = {
  thread: 'this thread',
  user: 'this inbox',
  workspace: 'this workspace',
};

/**
 * Opens the stream of Subscription field `field` for an SSE request: checks its arguments and
 * the viewer's access (typed errors, nothing streamed), claims one of the user's stream leases
 * (SUBSCRIPTION_LIMIT_EXCEEDED), listens to the topic's hub, then returns the events: the ones
 * after `Last-Event-ID` from the log first, in order, then each new one as the hub announces it,
 * every one judged by the feed when read. Throws before returning, so a refusal is one result.
 */
export async function openStream(
  ctx: Context & { request?: Request },
  field: FeedName,
  args: Record<string, unknown>,
): Promise<AsyncIterable<StreamItem>> {
  const feed = FEEDS[field] as unknown as Feed<Record<string, unknown>>;
  const topic = feed.topic(args, ctx.viewer);
  await feed.authorize(ctx, args);
  const resumeFrom = resumeAfter(ctx.request);
  const userId = viewerUserId(ctx.viewer) as string;
  const lifetimeMs = REALTIME_LIMITS.lifetimeSeconds * 1000;
  const streamId = crypto.randomUUID();
  const leases = hubOf(ctx.env, userTopic(userId));
  const max = maxStreamsPerUser(ctx.env);
  // The lease outlives the stream by a minute: a Worker that died unreleased frees it then.
  if (!(await leases.claimStream(streamId, max, lifetimeMs + 60_000))) throw tooManyStreams(max);
  const release = () => ctx.waitUntil(leases.releaseStream(streamId).catch(() => undefined));
  try {
    // Listening first, then reading where to start: an event committed in between is in the
    // log after the start, and its notice reaches the listener.
    const listener = await listenToHub(ctx.env, topic);
    const start = resumeFrom ?? (await lastEventId(ctx, topic));
    return new FeedStream(
      ctx,
      feed,
      args,
      topic,
      listener,
      start,
      Date.now() + lifetimeMs,
      release,
    );
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * The source stream of one subscription. An explicit iterator (not an async generator) so that
 * a client going away (`return()`, from Yoga when the response is cancelled) ends it at once,
 * even while it waits for the hub, and frees its listener socket and its lease.
 */
class FeedStream implements AsyncIterableIterator<StreamItem> {
  private queue: StreamItem[] = [];
  private cursor: number;
  private done = false;
  private caughtUp = false;

  constructor(
    private readonly ctx: Context,
    private readonly feed: Feed<Record<string, unknown>>,
    private readonly args: Record<string, unknown>,
    private readonly topic: Topic,
    private listener: HubListener,
    start: number,
    private readonly deadline: number,
    private readonly release: () => void,
  ) {
    this.cursor = start;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  async next(): Promise<IteratorResult<StreamItem>> {
    const state = streamStateOf(this.ctx);
    state.deliveringId = null;
    while (!this.done) {
      const item = this.queue.shift();
      if (item) {
        if (item instanceof StreamEnd) this.finish();
        else state.deliveringId = item.id;
        return { done: false, value: item };
      }
      await this.fill();
    }
    return { done: true, value: undefined };
  }

  async return(): Promise<IteratorResult<StreamItem>> {
    this.finish();
    return { done: true, value: undefined };
  }

  /** Reads the log after the cursor when the hub says it grew (and once at the start). */
  private async fill(): Promise<void> {
    if (this.caughtUp) {
      const lastId = await this.listener.next(this.deadline);
      if (this.done) return;
      if (lastId === null) {
        if (Date.now() >= this.deadline) {
          this.queue.push(new StreamEnd(lifetimeReached()));
          return;
        }
        // The hub's socket closed (the object restarted): listen again and read the log.
        this.listener = await listenToHub(this.ctx.env, this.topic);
      } else if (lastId <= this.cursor) {
        return;
      }
    }
    this.caughtUp = true;
    for (;;) {
      const events = await eventsAfter(
        this.ctx,
        this.topic,
        this.cursor,
        REALTIME_LIMITS.readBatch,
      );
      for (const event of events) {
        if (this.done) return;
        this.cursor = event.id;
        // Every event is judged afresh: per-request caches (loaders, roles) would answer with
        // what was true at the previous event.
        this.ctx.cache.clear();
        // The subscriber's standing (token, account, maintenance) beside the feed's verdict.
        const [ended, verdict] = await Promise.all([
          standingEnd(this.ctx),
          this.feed.accept(this.ctx, this.args, event),
        ]);
        if (ended) {
          this.queue.push(new StreamEnd(ended.error));
          return;
        }
        if (verdict === 'deliver') this.queue.push(event);
        if (verdict === 'end') {
          const kind = parseTopic(this.topic)?.kind ?? 'thread';
          this.queue.push(new StreamEnd(accessEnded(ENDED_WHAT[kind] ?? kind)));
          return;
        }
      }
      if (events.length < REALTIME_LIMITS.readBatch) return;
    }
  }

  private finish() {
    if (this.done) return;
    this.done = true;
    this.listener.close();
    this.release();
    logEvent('info', 'subscription stream ended', {
      requestId: this.ctx.requestId,
      topic: parseTopic(this.topic)?.kind,
    });
  }
}
