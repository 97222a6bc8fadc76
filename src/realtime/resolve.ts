import type { Context } from '../context';
import { AppError } from '../resolvers/errors';
import { FEEDS, type FeedName } from './feeds';
import { StreamEnd, type StreamItem } from './stream';

type PayloadOf<F extends FeedName> = NonNullable<Awaited<ReturnType<(typeof FEEDS)[F]['payload']>>>;

/**
 * A Subscription field's `resolve`: its value for the event at hand (the operation's root
 * value), loaded under the subscriber's rules; for the end of a stream, its typed error. Any
 * transport that executes the operation per event with the event as root value gets the same.
 */
export function resolveFeed<F extends FeedName>(field: F) {
  return async (item: StreamItem, _args: unknown, ctx: Context): Promise<PayloadOf<F>> => {
    if (item instanceof StreamEnd) throw item.error;
    const value = await (FEEDS[field].payload as (c: Context, e: StreamItem) => Promise<unknown>)(
      ctx,
      item,
    );
    // Accepted a moment ago, gone or hidden by the time it is loaded (deleted meanwhile...).
    if (value == null) {
      throw new AppError('What this event is about is gone or hidden now.', 'EVENT_SUBJECT_GONE');
    }
    return value as PayloadOf<F>;
  };
}
