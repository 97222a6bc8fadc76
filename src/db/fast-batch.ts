import { Column, is, SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from './client';

/**
 * The parts of drizzle's D1 prepared query this module reads. Internal to drizzle (0.45, pinned
 * by the lockfile): test/db/fast-batch.test.ts holds the answers of both paths equal.
 */
interface PreparedRead {
  stmt: D1PreparedStatement;
  fields?: { path: string[]; field: unknown }[];
  customResultMapper?: unknown;
  getQuery(): { sql: string; params: unknown[] };
  mapResult(result: unknown, isFromBatch: boolean): unknown;
}

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

/**
 * Maps a batch result's rows as drizzle does, with each field's decoder found once per statement
 * instead of once per row and column: drizzle's per-cell entity checks were the largest single
 * cost of a list-heavy operation in issue 18's profile (14 % of the thread page's CPU). Only for
 * flat selections (no nested objects of joined tables): anything else is drizzle's own mapping.
 */
function mapRows(prepared: PreparedRead, result: D1Result): unknown {
  const { fields } = prepared;
  // Drizzle nulls out joined tables' objects (paths of two); a flat selection has none to null.
  const flat = fields && !prepared.customResultMapper && fields.every((f) => f.path.length === 1);
  if (!flat || !fields) return prepared.mapResult(result, true);
  const keys = fields.map((f) => f.path[0] as string);
  const decoders = fields.map((f) => decoderOf(f.field));
  return (result.results as Record<string, unknown>[]).map((row) => {
    // D1 answers objects; drizzle reads their values in key order (d1ToRawMapping): so do we.
    const values = Object.values(row);
    const mapped: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const raw = values[i];
      mapped[keys[i] as string] =
        raw === null || raw === undefined ? null : (decoders[i] as Decoder).mapFromDriverValue(raw);
    }
    return mapped;
  });
}

/**
 * `db.batch(queries)`, answered the same, with rows mapped by `mapRows`. The statements go to
 * the same (counted) D1 binding drizzle would use.
 */
export async function fastBatch(
  db: Db,
  queries: readonly BatchItem<'sqlite'>[],
): Promise<unknown[]> {
  const client = (db as unknown as { session: { client: D1Database } }).session.client;
  const prepared = queries.map((query) =>
    (query as unknown as { _prepare(): PreparedRead })._prepare(),
  );
  const statements = prepared.map((p) => {
    const { params } = p.getQuery();
    return params.length > 0 ? p.stmt.bind(...params) : p.stmt;
  });
  const results = await client.batch(statements);
  return results.map((result, i) => mapRows(prepared[i] as PreparedRead, result));
}
