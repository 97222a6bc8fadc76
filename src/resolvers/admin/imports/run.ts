import { eq, getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../../auth/viewer';
import type { Context } from '../../../context';
import {
  adminImportErrors,
  adminImportSessions,
  lists,
  rooms,
  users,
  workItems,
  workspaces,
} from '../../../db/tables';
import { logEvent } from '../../../log';
import { newId, nowIso } from '../../ids';
import { auditEntry } from '../audit';
import { type ImportRecord, readRecords } from './parse';
import {
  type GoodRow,
  missingReference,
  type References,
  type RowOutcome,
  validateUserRow,
  validateWorkItemRow,
} from './rows';

export type ImportKind = 'users' | 'work_items';
export type ImportFormat = 'csv' | 'json';
export type ImportSessionRow = typeof adminImportSessions.$inferSelect;
export type ImportErrorRow = typeof adminImportErrors.$inferSelect;

/**
 * Rows per write. Each chunk is ONE statement with ONE bound parameter, a JSON array that SQLite
 * expands with `json_each`: D1 caps a statement at 100 bound parameters, and multi-row VALUES
 * would need up to 14 per row (7 rows per statement, over 700 statements for 5,000 work items,
 * against D1's per-invocation query limit). A chunk also stays under 256 kB of JSON.
 */
const CHUNK_ROWS = 500;
const CHUNK_BYTES = 256_000;
const RAW_ROW_MAX = 2_000;

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** `wki_` and 20 URL-safe characters of a hash: the same key always gives the same id. */
async function deterministicId(prefix: string, key: string): Promise<string> {
  let binary = '';
  for (const byte of await sha256(key)) binary += String.fromCharCode(byte);
  const base64url = btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  return `${prefix}_${base64url.slice(0, 20)}`;
}

/**
 * `insert into t select <row> from json_each(?) where true [on conflict do nothing]`: `columns`
 * come from each JSON object, every other column of the table takes its declared default (or
 * null). Drizzle lists every column in an INSERT ... SELECT, hence the defaults here.
 */
function insertJsonRows(
  ctx: Context,
  table: SQLiteTable,
  columns: string[],
  rows: Record<string, unknown>[],
  skipExisting: boolean,
) {
  const values = Object.values(getTableColumns(table)).map((column) => {
    if (columns.includes(column.name)) return sql.raw(`json_extract(value, '$.${column.name}')`);
    const fallback = column.default;
    if (is(fallback, SQL)) return fallback;
    return fallback === undefined ? sql`null` : sql`${fallback}`;
  });
  const insert = ctx.db
    .insert(table)
    .select(
      sql`select ${sql.join(values, sql`, `)} from json_each(${JSON.stringify(rows)}) where true`,
    );
  // ON CONFLICT DO NOTHING skips rows that hit a UNIQUE key (users.email, a derived id) and
  // still fails on NOT NULL, CHECK and foreign keys, unlike INSERT OR IGNORE. The rows it did
  // write come back (RETURNING) to be counted: D1's `meta.changes` also counts the rows the
  // tables' triggers write (the search indexes), so it over-counts inserted rows.
  return skipExisting
    ? insert.onConflictDoNothing().returning({ written: sql<number>`1` })
    : insert;
}

const inJson = (column: SQLiteColumn, ids: Set<string>) =>
  sql`${column} in (select value from json_each(${JSON.stringify([...ids])}))`;

/** Looks up every id the work item rows name: one round trip, four statements. */
async function loadReferences(ctx: Context, rows: GoodRow[]): Promise<References> {
  const workspaceIds = new Set<string>();
  const userIds = new Set<string>();
  const roomIds = new Set<string>();
  const listIds = new Set<string>();
  for (const row of rows) {
    workspaceIds.add(row.workspace_id as string);
    userIds.add(row.owner_id as string);
    if (row.assignee_id) userIds.add(row.assignee_id);
    if (row.room_id) roomIds.add(row.room_id);
    if (row.list_id) listIds.add(row.list_id);
  }
  const [foundWorkspaces, foundUsers, foundRooms, foundLists] = await Promise.all([
    ctx.reads.read(
      ctx.db
        .select({ id: workspaces.id })
        .from(workspaces)
        .where(inJson(workspaces.id, workspaceIds)),
    ),
    ctx.reads.read(ctx.db.select({ id: users.id }).from(users).where(inJson(users.id, userIds))),
    ctx.reads.read(
      ctx.db
        .select({ id: rooms.id, workspaceId: rooms.workspaceId })
        .from(rooms)
        .where(inJson(rooms.id, roomIds)),
    ),
    ctx.reads.read(
      ctx.db
        .select({ id: lists.id, workspaceId: lists.workspaceId })
        .from(lists)
        .where(inJson(lists.id, listIds)),
    ),
  ]);
  return {
    workspaces: new Set(foundWorkspaces.map((r) => r.id)),
    users: new Set(foundUsers.map((r) => r.id)),
    rooms: new Map(foundRooms.map((r) => [r.id, r.workspaceId])),
    lists: new Map(foundLists.map((r) => [r.id, r.workspaceId])),
  };
}

/** Validates every record; good rows get their id. Same order as `records`. */
async function validateAll(
  ctx: Context,
  kind: ImportKind,
  records: ImportRecord[],
  contentHash: string,
): Promise<RowOutcome[]> {
  const validate = kind === 'users' ? validateUserRow : validateWorkItemRow;
  const outcomes = records.map(validate);
  const firstSeen = new Map<string, number>();
  const good = outcomes.flatMap((o) => (o.ok ? [o.row] : []));
  const refs = kind === 'work_items' && good.length > 0 ? await loadReferences(ctx, good) : null;
  for (const [index, outcome] of outcomes.entries()) {
    if (!outcome.ok) continue;
    const record = records[index] as ImportRecord;
    const { row } = outcome;
    // Duplicates inside the file: the natural key (email, or workspace + externalKey).
    const key =
      kind === 'users'
        ? `email:${row.email}`
        : row.external_key
          ? `ext:${row.workspace_id}:${row.external_key}`
          : null;
    const missing = refs ? missingReference(row, refs) : null;
    const earlier = key ? firstSeen.get(key) : undefined;
    if (missing || earlier !== undefined) {
      const reason = missing ?? `duplicates row ${earlier} of this file (${key}).`;
      outcomes[index] = { ok: false, reason };
      continue;
    }
    if (key) firstSeen.set(key, record.rowNumber);
    // Users are matched by email (INSERT OR IGNORE on the UNIQUE column); work items by an id
    // derived from the external key, or from the file and the row: a re-run writes nothing new.
    row.id =
      kind === 'users'
        ? newId('usr')
        : await deterministicId(
            'wki',
            row.external_key
              ? `ext:${row.workspace_id}:${row.external_key}`
              : `row:${contentHash}:${record.rowNumber}`,
          );
  }
  return outcomes;
}

const USER_COLUMNS = ['id', 'email', 'display_name', 'bio', 'timezone'];
const WORK_ITEM_COLUMNS = [
  'id',
  'workspace_id',
  'owner_id',
  'assignee_id',
  'room_id',
  'list_id',
  'title',
  'description',
  'type',
  'status',
  'visibility',
  'visibility_scope',
  'due_at',
];

/** Splits the rows into chunks of at most CHUNK_ROWS rows and about CHUNK_BYTES of text. */
function chunksOf(records: ImportRecord[]): ImportRecord[][] {
  const chunks: ImportRecord[][] = [];
  let current: ImportRecord[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = Math.min(record.raw.length, RAW_ROW_MAX) * 2 + 200;
    if (current.length > 0 && (current.length >= CHUNK_ROWS || bytes + size > CHUNK_BYTES)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(record);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Runs an import to the end inside the request: the session row first (with its audit row),
 * then one batch per chunk (good rows, bad rows, progress counters together), then the
 * completion (with its audit row). A session left `running` means the Worker stopped midway;
 * running the same file again completes it without duplicates.
 */
export async function startImport(
  ctx: Context,
  kind: ImportKind,
  format: ImportFormat,
  content: string,
): Promise<ImportSessionRow> {
  const records = readRecords(format, content);
  const contentHash = hex(await sha256(content));
  const now = nowIso();
  const session: ImportSessionRow = {
    id: newId('imp'),
    adminUserId: viewerUserId(ctx.viewer),
    kind,
    format,
    status: 'running',
    contentHash,
    totalRows: records.length,
    processedRows: 0,
    successRows: 0,
    errorRows: 0,
    createdAt: now,
    updatedAt: now,
    completedAt: null,
    failureReason: null,
  };
  const target = { targetType: 'ImportSession', targetId: session.id };
  await ctx.db.batch([
    ctx.db.insert(adminImportSessions).values(session),
    auditEntry(ctx, {
      action: 'import.start',
      ...target,
      changes: { kind, format, contentHash, totalRows: records.length },
    }),
  ]);

  try {
    const outcomes = await validateAll(ctx, kind, records, contentHash);
    const byRecord = new Map(records.map((record, index) => [record, outcomes[index]]));
    let written = 0;
    for (const chunk of chunksOf(records)) {
      const good: GoodRow[] = [];
      const bad: Record<string, unknown>[] = [];
      for (const record of chunk) {
        const outcome = byRecord.get(record) as RowOutcome;
        if (outcome.ok) good.push(outcome.row);
        else {
          bad.push({
            id: newId('ime'),
            session_id: session.id,
            row_number: record.rowNumber,
            reason: outcome.reason,
            raw_row: record.raw.slice(0, RAW_ROW_MAX),
          });
        }
      }
      const progress = ctx.db
        .update(adminImportSessions)
        .set({
          processedRows: sql`${adminImportSessions.processedRows} + ${chunk.length}`,
          successRows: sql`${adminImportSessions.successRows} + ${good.length}`,
          errorRows: sql`${adminImportSessions.errorRows} + ${bad.length}`,
          updatedAt: nowIso(),
        })
        .where(eq(adminImportSessions.id, session.id));
      const insertGood =
        good.length === 0
          ? null
          : kind === 'users'
            ? insertJsonRows(ctx, users, USER_COLUMNS, good, true)
            : insertJsonRows(ctx, workItems, WORK_ITEM_COLUMNS, good, true);
      const insertBad =
        bad.length === 0
          ? null
          : insertJsonRows(
              ctx,
              adminImportErrors,
              ['id', 'session_id', 'row_number', 'reason', 'raw_row'],
              bad,
              false,
            );
      const statements = [insertGood, insertBad].filter((s) => s !== null);
      const results = await ctx.db.batch([progress, ...statements]);
      if (insertGood) written += (results[1] as unknown[]).length;
      session.processedRows += chunk.length;
      session.successRows += good.length;
      session.errorRows += bad.length;
    }
    const completedAt = nowIso();
    await ctx.db.batch([
      ctx.db
        .update(adminImportSessions)
        .set({ status: 'completed', completedAt, updatedAt: completedAt })
        .where(eq(adminImportSessions.id, session.id)),
      auditEntry(ctx, {
        action: 'import.complete',
        ...target,
        changes: {
          successRows: session.successRows,
          errorRows: session.errorRows,
          // Valid rows that were already there (same email, same derived id): not written again.
          written,
          alreadyPresent: session.successRows - written,
        },
      }),
    ]);
    return { ...session, status: 'completed', completedAt, updatedAt: completedAt };
  } catch (error) {
    await markFailed(ctx, session.id, error).catch(() => undefined);
    throw error;
  }
}

async function markFailed(ctx: Context, sessionId: string, error: unknown) {
  logEvent('error', 'import failed', {
    requestId: ctx.requestId,
    sessionId,
    error: error instanceof Error ? error.message : String(error),
  });
  const at = nowIso();
  await ctx.db.batch([
    ctx.db
      .update(adminImportSessions)
      .set({
        status: 'failed',
        completedAt: at,
        updatedAt: at,
        failureReason: `Stopped by an unexpected error (request ${ctx.requestId}); see the logs.`,
      })
      .where(eq(adminImportSessions.id, sessionId)),
    auditEntry(ctx, { action: 'import.fail', targetType: 'ImportSession', targetId: sessionId }),
  ]);
}
