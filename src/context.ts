import type { Viewer } from './auth/viewer';
import { createDb, type Db } from './db/client';
import { countingD1, type D1Stats, type EventsAppended, emptyStats } from './db/d1-stats';
import { ReadBatcher } from './db/read-batcher';
import { RequestSession } from './db/session';
import type { users } from './db/tables';
import type { Span } from './observability/span';

/**
 * How loaders turn keys into statements: `batched` (every key of a batch in one statement), or
 * the benchmark's `naive` contrast (`LOADER_MODE = "naive"`: one statement per key, each its own
 * round trip). Per request, like everything here.
 */
export type LoaderMode = 'batched' | 'naive';

/** Everything a resolver may use for one request. Built fresh per request, never shared. */
export interface Context {
  requestId: string;
  env: Env;
  viewer: Viewer;
  /** Drizzle over the request's counted D1 session. */
  db: Db;
  /** The request's D1 session (read replicas, bookmarks): src/db/session.ts. */
  session: RequestSession;
  /**
   * The viewer's own row, read at the door with the account check: the User loader answers the
   * viewer's id from it (no second read). For a user's query it may still be on its way while
   * the operation runs (src/http/request-context.ts); it rejects when the account is refused.
   */
  viewerAccount?: Promise<typeof users.$inferSelect>;
  /**
   * A signed-in user's account check: sends it (once) and answers whether the account is good
   * (rejects when refused). Execution calls it as it starts, so that the read joins the first
   * batch of the operation (src/http/request-context.ts); undefined for other viewers.
   */
  checkAccount?: () => Promise<void>;
  /** Reads issued in the same tick share one D1 round trip (not in `naive` loader mode). */
  reads: ReadBatcher;
  loaderMode: LoaderMode;
  /** D1 statements, round trips and rows of this request so far. */
  stats: D1Stats;
  /** Per-request caches (loaders, the viewer's admin role): keyed by name. */
  cache: Map<string, unknown>;
  waitUntil: (promise: Promise<unknown>) => void;
  /** Resolver spans of this request (root fields), for its log line. */
  spans: Span[];
  /** The client's address, for per-IP limits and the audit trail. */
  clientIp: string;
  /** A subscription stream's state (src/realtime/stream.ts): the event it is delivering. */
  stream: { deliveringId: number | null };
  /** This request's count against `default_rate_limit`, when the limiter counted it. */
  rateLimit?: { limit: number; remaining: number; resetSeconds: number };
}

export interface ContextInit {
  requestId: string;
  env: Env;
  viewer: Viewer;
  waitUntil: (promise: Promise<unknown>) => void;
  clientIp: string;
  /**
   * Told of the domain events each committed batch of this request appended: the "after
   * commit" point (src/realtime/publish.ts `afterCommit`), wired by whoever opens the request.
   */
  onEvents?: EventsAppended;
  /** The client's bookmark (`x-d1-bookmark`, already checked): reads see at least that write. */
  bookmark?: string;
}

export function createContext({ bookmark, ...init }: ContextInit): Context {
  const stats = emptyStats();
  const { onEvents, ...rest } = init;
  const session = new RequestSession(init.env.DB, bookmark);
  const db = createDb(countingD1(session, stats, onEvents));
  const loaderMode: LoaderMode = init.env.LOADER_MODE === 'naive' ? 'naive' : 'batched';
  const reads = new ReadBatcher(db, loaderMode === 'naive');
  const stream = { deliveringId: null };
  return { ...rest, db, session, reads, loaderMode, stats, cache: new Map(), spans: [], stream };
}

/** A value computed once per request (a loader, a lookup), kept on the context. */
export function perRequest<T>(ctx: Context, key: string, create: () => T): T {
  if (!ctx.cache.has(key)) ctx.cache.set(key, create());
  return ctx.cache.get(key) as T;
}
