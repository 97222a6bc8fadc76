import { MAX_REQUEST_BODY_BYTES } from '../../hardening/settings';
import { REALTIME_LIMITS } from '../limits';

/**
 * The limits of one WebSocket connection (docs/frontend.md, "Real time over WebSocket"), beside
 * those every subscription has whatever its transport (src/realtime/limits.ts: subscriptions per
 * user, event size). Part of the API's contract: raising one is compatible, lowering one is not.
 */
export const SOCKET_LIMITS = {
  /** Time a client has to send `connection_init` after the upgrade (graphql-ws sends it at once). */
  initTimeoutMs: 10_000,
  /**
   * A connection's maximum lifetime, an SSE stream's: it then closes normally (1000) and the
   * client reconnects with a fresh token. Bounds how long a token checked once at
   * `connection_init` keeps serving.
   */
  lifetimeMs: REALTIME_LIMITS.lifetimeSeconds * 1000,
  /** Subscriptions open at once on one connection. */
  subscriptionsPerConnection: 10,
  /** A client message's size in bytes: the HTTP body cap, since a `subscribe` carries the same. */
  messageBytes: MAX_REQUEST_BODY_BYTES,
} as const;
