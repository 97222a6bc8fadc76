import { AppError } from '../resolvers/errors';

/**
 * The limits of real-time streams (docs/frontend.md, "Real time"). Part of the API's contract:
 * raising one is compatible, lowering one is not.
 */
export const REALTIME_LIMITS = {
  /** Open subscriptions (SSE streams) one user may hold at once, when the var sets none. */
  streamsPerUser: 10,
  /** Seconds a stream lives; it then ends with SUBSCRIPTION_LIFETIME_REACHED (reconnect). */
  lifetimeSeconds: 30 * 60,
  /** Bytes of one event's serialized payload; a larger one is replaced by EVENT_TOO_LARGE. */
  eventBytes: 64_000,
  /** Events read from the log per statement while catching up. */
  readBatch: 100,
} as const;

/** Subscriptions a user may hold at once: REALTIME_MAX_STREAMS_PER_USER, or the default. */
export function maxStreamsPerUser(env: Env): number {
  const parsed = Number(env.REALTIME_MAX_STREAMS_PER_USER);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : REALTIME_LIMITS.streamsPerUser;
}

export function tooManyStreams(max: number): AppError {
  return new AppError(
    `You already hold ${max} open subscriptions, the most one user may; close one first.`,
    'SUBSCRIPTION_LIMIT_EXCEEDED',
  );
}

export function lifetimeReached(): AppError {
  return new AppError(
    `A subscription lives at most ${REALTIME_LIMITS.lifetimeSeconds} seconds: reconnect with Last-Event-ID to continue where it stopped.`,
    'SUBSCRIPTION_LIFETIME_REACHED',
  );
}

export function eventTooLarge(bytes: number): AppError {
  return new AppError(
    `This event's payload has ${bytes} bytes, over the ${REALTIME_LIMITS.eventBytes}-byte limit: select fewer fields, or read it with a query.`,
    'EVENT_TOO_LARGE',
  );
}
