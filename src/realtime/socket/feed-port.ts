import type { Context } from '../../context';

/** What the socket needs of a Subscription field's feed (src/realtime/feeds.ts provides them). */
export interface SocketFeed {
  /** The hub topic the field listens to, for these arguments and this viewer. */
  topic(args: Record<string, unknown>, ctx: Context): string | Promise<string>;
  /** Subscribe-time authorization: throws (or returns) a typed error when refused. */
  authorize(ctx: Context, args: Record<string, unknown>): Promise<unknown> | unknown;
  /** Per-event authorization: deliver it, pass over it, or end the subscription. */
  accept(
    ctx: Context,
    args: Record<string, unknown>,
    event: SocketEvent,
  ): Promise<'deliver' | 'skip' | 'end'> | 'deliver' | 'skip' | 'end';
}

/** A domain event row as the log gives it: its id is the cursor. */
export interface SocketEvent {
  id: number;
}

/** Feeds by Subscription field name, and the log's reader. */
export interface SocketFeeds {
  feed(field: string): SocketFeed | undefined;
  eventsAfter(ctx: Context, topic: string, afterId: number, limit: number): Promise<SocketEvent[]>;
  /** The newest event id of the whole log (0 when empty): where a fresh subscription starts. */
  headId(ctx: Context): Promise<number>;
}
