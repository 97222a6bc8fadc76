/**
 * The request's D1 session (Sessions API): its reads may go to the nearest read replica, and
 * a bookmark orders them after a given write.
 * - A request starts with the client's bookmark (`x-d1-bookmark`) when it sends one: its reads
 *   see at least everything up to that bookmark (its own earlier writes). Without one,
 *   `first-unconstrained`: the first read goes wherever is nearest.
 * - A mutation moves to the primary before its first statement (`forMutation`): its guards read
 *   the newest rows, and its writes go there anyway.
 * - `bookmark()` is what a client sends back to read its own writes (mutations return it).
 */
export class RequestSession {
  private session: D1DatabaseSession;

  constructor(
    private readonly db: D1Database,
    constraint: string = 'first-unconstrained',
  ) {
    this.session = db.withSession(constraint);
  }

  /** The session statements go through now (the counted binding asks it each time). */
  get current(): D1DatabaseSession {
    return this.session;
  }

  /** What every write of the request waits for first: see `holdWritesUntil`. */
  writesWaitFor: Promise<unknown> | null = null;

  /**
   * Holds the request's writes until `check` settles (and fails them when it rejects): a query
   * runs while the viewer's account is still being checked (request-context.ts), and whatever
   * it might write on the way (an audit row) must not land for an account that is refused.
   */
  holdWritesUntil(check: Promise<unknown>): void {
    this.writesWaitFor = check;
  }

  /** Set by `forMutation`: the answer carries the bookmark (`x-d1-bookmark`, extensions). */
  returnsBookmark = false;

  /**
   * A mutation: from now on the primary (every later read sees every committed write), and the
   * answer returns the bookmark.
   */
  forMutation(): void {
    this.session = this.db.withSession('first-primary');
    this.returnsBookmark = true;
  }

  /** The latest bookmark of the session: null when nothing ran yet. */
  bookmark(): string | null {
    return this.session.getBookmark();
  }
}

/** A D1 bookmark as the Sessions API writes them: hex groups joined by dashes. */
const BOOKMARK_SHAPE = /^[0-9a-f]{1,64}(-[0-9a-f]{1,64}){0,7}$/i;

/**
 * The bookmark a client sent (`x-d1-bookmark`): undefined when absent or empty, null when it is
 * malformed (the door answers 400 rather than guess what the client wanted to read after).
 */
export function bookmarkOf(request: Request): string | undefined | null {
  const value = request.headers.get('x-d1-bookmark')?.trim();
  if (!value) return undefined;
  return value.length <= 256 && BOOKMARK_SHAPE.test(value) ? value : null;
}
