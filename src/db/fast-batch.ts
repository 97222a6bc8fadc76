import { Column, fillPlaceholders, getTableName, is, noopDecoder, SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { createDb, type Db } from './client';

/**
 * The parts of drizzle's D1 prepared query this module reads. Internal to drizzle (0.45, pinned
 * by the lockfile): test/db/fast-batch.test.ts holds the answers of both paths equal.
 */
interface PreparedRead {
  stmt: D1PreparedStatement;
  fields?: { path: string[]; field: unknown }[];
  customResultMapper?: unknown;
  joinsNotNullableMap?: Record<string, boolean>;
  getQuery(): { sql: string; params: unknown[] };
  mapResult(result: unknown, isFromBatch: boolean): unknown;
}

/** Drizzle's prepared form of a query: its SQL and parameters, its fields, its statement. */
const prepareOf = (query: BatchItem<'sqlite'>) =>
  (query as unknown as { _prepare(): PreparedRead })._prepare();

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

/** How drizzle decodes one selected field (its mapResultRow, decided once per statement). */
function decoderOf(field: unknown): Decoder {
  const decoderOfSql = (of: unknown) => (of as { decoder: Decoder }).decoder;
  if (is(field, Column)) return field as unknown as Decoder;
  if (is(field, SQL)) return decoderOfSql(field);
  // SQL.Aliased (`sql\`...\`.as(name)`), and a subquery's field: its SQL's decoder.
  const inner =
    (field as { sql?: SQL; _?: { sql: SQL } }).sql ?? (field as { _: { sql: SQL } })._.sql;
  return decoderOfSql(inner);
}

const identity = [noopDecoder.mapFromDriverValue, Column.prototype.mapFromDriverValue];

/** Null for a decoder that changes nothing: most columns' cells need no call at all. */
function unlessIdentity(decoder: Decoder): Decoder | null {
  return identity.includes(decoder.mapFromDriverValue) ? null : decoder;
}

/** One selected field, as mapRows reads it: where it goes and how it is decoded. */
interface Slot {
  /** The key of the row, or of the joined table's object (`path[0]`). */
  key: string;
  /** The key inside the joined table's object (paths of two), else null. */
  inner: string | null;
  /** The field's decoder; null when it returns the driver's value as it is (text, numbers). */
  decoder: Decoder | null;
  /** The table of a column in a joined object: drizzle nulls the object by it. */
  table: string | null;
}

/** How a statement's rows become objects: found once per statement (or per isolate: compile). */
export interface RowShape {
  slots: Slot[];
  notNullable: Record<string, boolean>;
}

/** The shape of a prepared query's rows; null when drizzle must map them (custom, deep). */
function shapeOf(prepared: PreparedRead): RowShape | null {
  const { fields } = prepared;
  if (!fields || prepared.customResultMapper || fields.some((f) => f.path.length > 2)) return null;
  const slots = fields.map(({ path, field }) => ({
    key: path[0] as string,
    inner: path.length === 2 ? (path[1] as string) : null,
    decoder: unlessIdentity(decoderOf(field)),
    table: path.length === 2 && is(field, Column) ? getTableName((field as Column).table) : null,
  }));
  return { slots, notNullable: prepared.joinsNotNullableMap ?? {} };
}

/**
 * Maps a batch result's rows as drizzle does (its mapResultRow, same answers), with each field's
 * decoder and place found once per statement instead of once per row and column: drizzle's
 * per-cell entity checks were the largest single cost of a list-heavy operation in issue 18's
 * profile (13 % of the thread page's CPU). Nested objects of joined tables (paths of two) are
 * nulled as drizzle does: when the object's first column is null and its table may be missing
 * (a left join).
 */
function mapRows({ slots, notNullable }: RowShape, result: D1Result): Record<string, unknown>[] {
  const rows = result.results as Record<string, unknown>[];
  // D1 answers objects of one shape; drizzle reads their values in key order (d1ToRawMapping):
  // so do we, by the first row's keys (no array of values made per row).
  const keys = rows.length > 0 ? Object.keys(rows[0] as object) : [];
  return rows.map((row) => {
    const mapped: Record<string, unknown> = {};
    // Per joined object: the table whose first column was null, or false once it cannot be null.
    let nullify: Record<string, string | false> | null = null;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as Slot;
      const raw = row[keys[i] as string];
      const value =
        raw === null || slot.decoder === null ? raw : slot.decoder.mapFromDriverValue(raw);
      if (slot.inner === null) {
        mapped[slot.key] = value;
        continue;
      }
      if (!(slot.key in mapped)) mapped[slot.key] = {};
      (mapped[slot.key] as Record<string, unknown>)[slot.inner] = value;
      if (slot.table === null) continue;
      nullify ??= {};
      if (!(slot.key in nullify)) nullify[slot.key] = value === null ? slot.table : false;
      else if (typeof nullify[slot.key] === 'string' && nullify[slot.key] !== slot.table) {
        nullify[slot.key] = false;
      }
    }
    if (nullify === null) return mapped;
    for (const [key, table] of Object.entries(nullify)) {
      if (typeof table === 'string' && !notNullable[table]) mapped[key] = null;
    }
    return mapped;
  });
}

/**
 * A read whose SQL text and row shape were built once per isolate (`compileRead`): each use
 * binds its values and sends the text, with no query building. For the statements every request
 * sends (the account check, the token lookup): building them was about 8 % of a small request's
 * CPU in issue 18's profile.
 */
export interface CompiledRead<Row> {
  readonly compiled: { sql: string; params: unknown[]; shape: RowShape };
  readonly values: Record<string, unknown>;
  /** Never set: carries the row type to `ReadBatcher.read`. */
  readonly row?: Row;
}

/** A D1 stand-in that prepares nothing: drizzle needs a client to build a query's parts. */
const NO_CLIENT = { prepare: () => ({}) } as unknown as D1Database;

/**
 * Builds `build`'s query once (its values as `sql.placeholder(name)`) and returns a function
 * that makes a read of it with the values of one use. The query must map through drizzle's
 * default (no relational query), like every select the loaders send.
 */
export function compileRead<Row>(
  build: (db: Db) => BatchItem<'sqlite'> & PromiseLike<Row[]>,
): (values: Record<string, unknown>) => CompiledRead<Row> {
  let compiled: CompiledRead<Row>['compiled'] | null = null;
  return (values) => {
    compiled ??= compileQuery(build);
    return { compiled, values };
  };
}

/**
 * `build`'s query as text, parameters (its placeholders among them) and row shape: what a
 * compiled read sends. Built on a D1 stand-in: nothing is prepared.
 */
export function compileQuery(
  build: (db: Db) => BatchItem<'sqlite'>,
): CompiledRead<never>['compiled'] {
  const prepared = prepareOf(build(createDb(NO_CLIENT)));
  const shape = shapeOf(prepared);
  if (!shape) throw new Error("compileQuery: the query needs drizzle's own mapping");
  return { ...prepared.getQuery(), shape };
}

function isCompiled(item: unknown): item is CompiledRead<unknown> {
  return typeof item === 'object' && item !== null && 'compiled' in item;
}

/**
 * `db.batch(queries)`, answered the same, with rows mapped by `mapRows`; compiled reads are sent
 * from their text. The statements go to the same (counted) D1 binding drizzle would use.
 */
export async function fastBatch(
  db: Db,
  queries: readonly (BatchItem<'sqlite'> | CompiledRead<unknown>)[],
): Promise<unknown[]> {
  const client = (db as unknown as { session: { client: D1Database } }).session.client;
  const sends = queries.map((query) => {
    if (isCompiled(query)) {
      const { sql, params, shape } = query.compiled;
      const bound = fillPlaceholders(params, query.values);
      const statement = client.prepare(sql);
      return { statement: bound.length > 0 ? statement.bind(...bound) : statement, shape };
    }
    const prepared = prepareOf(query);
    const { params } = prepared.getQuery();
    return {
      statement: params.length > 0 ? prepared.stmt.bind(...params) : prepared.stmt,
      shape: shapeOf(prepared),
      prepared,
    };
  });
  const results = await client.batch(sends.map((send) => send.statement));
  return results.map((result, i) => {
    const send = sends[i] as (typeof sends)[number];
    if (send.shape) return mapRows(send.shape, result);
    return (send as { prepared: PreparedRead }).prepared.mapResult(result, true);
  });
}
