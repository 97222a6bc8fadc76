import { isDevelopment } from '../environment';
import { bindOnce } from './bind-once';
import { RequestSession } from './session';

/** What one request cost in D1: read by tests to pin batching, and shown in `extensions`. */
export interface D1Stats {
  /** SQL statements sent (a batch of five counts five). */
  statements: number;
  /** Calls that crossed to D1: one per single statement, one per batch. */
  roundTrips: number;
  /** Rows D1 reports having read (meta.rows_read), where the call returns meta. */
  rowsRead: number;
  /** Rows D1 reports having written. */
  rowsWritten: number;
  /**
   * The SQL text of every statement sent, in order, and its bound parameters: present only when
   * a development or test request asks for it (`x-debug-sql: 1`, see `traceSqlFor`).
   */
  sql?: string[];
  params?: unknown[][];
}

export const emptyStats = (): D1Stats => ({
  statements: 0,
  roundTrips: 0,
  rowsRead: 0,
  rowsWritten: 0,
});

/**
 * Starts recording the SQL (and bound parameters) of the request's statements when the request
 * carries `x-debug-sql: 1` in development or tests, never elsewhere: the raw parameters can name
 * rows the viewer may not see (ids read to be filtered out). Off, recording costs nothing.
 */
export function traceSqlFor(stats: D1Stats, request: Request, env: Env): void {
  if (!isDevelopment(env) || request.headers.get('x-debug-sql') !== '1') return;
  stats.sql = [];
  stats.params = [];
}

function record(stats: D1Stats, statement: unknown) {
  if (!stats.sql) return;
  const traced = statement instanceof CountedStatement ? statement : null;
  stats.sql.push(traced?.query ?? '(statement not prepared through the counted binding)');
  stats.params?.push(traced?.params ?? []);
}

type Meta = { meta?: { rows_read?: number; rows_written?: number } };

function addMeta(stats: D1Stats, result: unknown) {
  const meta = (result as Meta | null)?.meta;
  if (!meta) return;
  stats.rowsRead += meta.rows_read ?? 0;
  stats.rowsWritten += meta.rows_written ?? 0;
}

/**
 * A D1 prepared statement that counts when it is sent. Drizzle hands these back to `batch`,
 * which unwraps them: workerd accepts only its own statement objects there.
 */
class CountedStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    private readonly stats: D1Stats,
    /** Kept by reference (no copy) so that a traced request can record what it sent. */
    readonly query: string,
    readonly params: unknown[] = [],
    /** Prepares another text on the same D1 (for `bindOnce`'s rewrite). */
    private readonly prepare: (query: string) => D1PreparedStatement = () => inner,
    private readonly onEvents?: EventsAppended,
    /** What a write must wait for before it is sent (RequestSession.holdWritesUntil). */
    private readonly gate: WriteGate = noGate,
  ) {}

  /** Binds each distinct value once (src/db/bind-once.ts: D1's 100-parameter cap). */
  bind(...values: unknown[]): CountedStatement {
    const once = bindOnce(this.query, values);
    if (!once) {
      return new CountedStatement(
        this.inner.bind(...values),
        this.stats,
        this.query,
        values,
        this.prepare,
        this.onEvents,
        this.gate,
      );
    }
    const inner = this.prepare(once.query).bind(...once.values);
    return new CountedStatement(
      inner,
      this.stats,
      once.query,
      once.values,
      this.prepare,
      this.onEvents,
      this.gate,
    );
  }

  /** An event INSERT run alone (not in a batch) is reported too. */
  private report(result: unknown) {
    if (!this.onEvents) return;
    const events = appendedBy(this.query, result);
    if (events.length > 0) this.onEvents(events);
  }

  private async count() {
    const waiting = this.gate([this.query]);
    if (waiting) await waiting;
    this.stats.statements += 1;
    this.stats.roundTrips += 1;
    if (this.stats.sql) record(this.stats, this);
  }

  async all<T>() {
    await this.count();
    const result = await this.inner.all<T>();
    addMeta(this.stats, result);
    this.report(result);
    return result;
  }

  async run<T>() {
    await this.count();
    const result = await this.inner.run<T>();
    addMeta(this.stats, result);
    this.report(result);
    return result;
  }

  async raw<T>(options?: { columnNames?: boolean }) {
    await this.count();
    // raw() returns no meta: count the rows it returns as read, the closest figure there is.
    const rows = await this.inner.raw<T>(options as { columnNames: true });
    this.stats.rowsRead += rows.length;
    // raw() rows are arrays in RETURNING's order (id, type, workspace, thread, user).
    if (this.onEvents && EVENT_INSERT.test(this.query)) {
      const values = (options?.columnNames ? rows.slice(1) : rows) as unknown as unknown[][];
      const results = values.map(([id, type, workspace_id, thread_id, user_id]) => ({
        id,
        type,
        workspace_id,
        thread_id,
        user_id,
      }));
      this.report({ results });
    }
    return rows;
  }

  async first<T>(column?: string) {
    await this.count();
    return column === undefined ? this.inner.first<T>() : this.inner.first<T>(column);
  }
}

/** Given the texts about to be sent, what they must wait for first (null: nothing). */
type WriteGate = (queries: string[]) => Promise<unknown> | null;
const noGate: WriteGate = () => null;
const WRITE = /^\s*(insert|update|delete|replace)\b/i;

/** An event a statement appended to `domain_events` (the columns its INSERT returns). */
export interface AppendedEvent {
  id: number;
  type: string;
  workspaceId: string | null;
  threadId: string | null;
  userId: string | null;
}

/** Told of the events a committed statement or batch appended (after D1 answered). */
export type EventsAppended = (events: AppendedEvent[]) => void;

/** The event log's INSERTs, as drizzle writes them (src/resolvers/domain-events.ts). */
const EVENT_INSERT = /^insert into "domain_events"/i;

type AppendedRow = {
  id: number;
  type: string;
  workspace_id: string | null;
  thread_id: string | null;
  user_id: string | null;
};

/**
 * The events an event INSERT's RETURNING gave back. D1 answers a batch only once its
 * transaction has committed, so these are committed events: a failed batch throws instead.
 */
function appendedBy(query: string | undefined, result: unknown): AppendedEvent[] {
  if (!query || !EVENT_INSERT.test(query)) return [];
  const rows = (result as { results?: AppendedRow[] } | null)?.results ?? [];
  return rows.map((row) => ({
    id: Number(row.id),
    type: row.type,
    workspaceId: row.workspace_id,
    threadId: row.thread_id,
    userId: row.user_id,
  }));
}

/**
 * Wraps the request's D1 (its session, or a bare binding) so every statement and round trip of a
 * request is counted, and, given `onEvents`, tells it of the domain events each committed batch
 * appended. A session is asked for its current D1 session at each statement, so a mutation's
 * move to the primary (RequestSession.toPrimary) applies to every later statement.
 */
export function countingD1(
  source: D1Database | RequestSession,
  stats: D1Stats,
  onEvents?: EventsAppended,
): D1Database {
  const inner = (): D1Database | D1DatabaseSession =>
    source instanceof RequestSession ? source.current : source;
  const bare = (what: string): D1Database => {
    if (source instanceof RequestSession) throw new Error(`${what} is not available in a session`);
    return source;
  };
  const gate: WriteGate = (queries) =>
    source instanceof RequestSession && source.writesWaitFor && queries.some((q) => WRITE.test(q))
      ? source.writesWaitFor
      : null;
  const wrapped = {
    prepare: (query: string) =>
      new CountedStatement(
        inner().prepare(query),
        stats,
        query,
        [],
        (text) => inner().prepare(text),
        onEvents,
        gate,
      ),
    batch: async (statements: unknown[]) => {
      const waiting = gate(statements.map((s) => (s instanceof CountedStatement ? s.query : '')));
      if (waiting) await waiting;
      stats.roundTrips += 1;
      stats.statements += statements.length;
      if (stats.sql) for (const statement of statements) record(stats, statement);
      const results = await inner().batch(
        statements.map((s) =>
          s instanceof CountedStatement ? s.inner : (s as D1PreparedStatement),
        ),
      );
      for (const result of results) addMeta(stats, result);
      if (onEvents) {
        const events = statements.flatMap((statement, i) =>
          appendedBy(
            statement instanceof CountedStatement ? statement.query : undefined,
            results[i],
          ),
        );
        if (events.length > 0) onEvents(events);
      }
      return results;
    },
    exec: (query: string) => {
      stats.roundTrips += 1;
      stats.statements += 1;
      stats.sql?.push(query);
      stats.params?.push([]);
      return bare('exec').exec(query);
    },
    dump: () => bare('dump').dump(),
    withSession: (constraint?: string) => bare('withSession').withSession(constraint),
  };
  return wrapped as unknown as D1Database;
}
