import type { SocketFeeds } from './feed-port';

/** The feeds the socket serves: none until the Subscription fields' feeds are wired in. */
export const socketFeeds: SocketFeeds = {
  feed: () => undefined,
  eventsAfter: async () => [],
  headId: async () => 0,
};
