import { SQL, type SQLChunk, StringChunk } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { setBounded } from '../../db/bounded-map';
import { entryOf } from '../../db/map-entry';

const dialect = new SQLiteSyncDialect();
/**
 * Viewers kept per rule and column in an isolate: past this, the least recent is written again.
 * A kept rule is its text (up to a kilobyte for a work item's) and values: a few megabytes at most
 * over every rule, of the isolate's 128 MB.
 */
const MAX_VIEWERS = 500;
const kept = new WeakMap<object, Map<string, SQL>>();

/**
 * The rule `build` makes for the viewer `userId` over `on` (the column or columns it names of
 * the query at hand; an id instead is built as it is), kept per isolate as its written text and values. A rule is a tree of a
 * dozen fragments (a thread's participants check, a work item's four scopes) that drizzle walked
 * and wrote again for every statement of every request: a twentieth of a thread page's CPU in
 * issue 18's profile. Kept flat (text, value, text...), a statement that holds it writes it in
 * one pass, and the same viewer's next request finds it written. Only for what depends on the
 * viewer and the columns alone: a rule that reads the clock reads SQLite's (`isoNow`), never
 * the Worker's, or it is built each time.
 */
export function viewerRule(
  name: string,
  on: object | string,
  userId: string,
  build: () => SQL,
): SQL {
  // On one row's id (a value, not a column): a rule of one statement, not worth keeping.
  if (typeof on === 'string') return build();
  const byViewer = entryOf(kept, on, () => new Map<string, SQL>());
  const key = `${name}\n${userId}`;
  let rule = byViewer.get(key);
  if (!rule) {
    rule = flattened(build());
    setBounded(byViewer, key, rule, MAX_VIEWERS);
  }
  return rule;
}

/** `rule` as drizzle writes it, as one fragment of text chunks and values. */
export function flattened(rule: SQL): SQL {
  const written = dialect.sqlToQuery(rule);
  const segments = written.sql.split('?');
  // Drizzle writes each value as a bare `?`, and a rule's text has no other (its literals are
  // scope and status names): otherwise the rule is kept as built.
  if (segments.length !== written.params.length + 1) return rule;
  const chunks: SQLChunk[] = [new StringChunk(segments[0] as string)];
  for (let i = 0; i < written.params.length; i++) {
    chunks.push(written.params[i] as SQLChunk, new StringChunk(segments[i + 1] as string));
  }
  return new SQL(chunks);
}
