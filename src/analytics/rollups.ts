import { BUCKET_COLUMNS, bucketOf } from './histogram';
import type { AnalyticsRecord } from './record';

/** A record with the id of the queue message that carried it. */
export interface DeliveredRecord {
  messageId: string;
  record: AnalyticsRecord;
}

/** The UTC hour an epoch-ms time falls in, as stored: 2026-01-31T13:00:00.000Z. */
export function hourOf(at: number): string {
  return `${new Date(at).toISOString().slice(0, 13)}:00:00.000Z`;
}

/** The UTC day start of an ISO time, as stored: 2026-01-31T00:00:00.000Z. */
const DAY_OF = (column: string) => `substr(${column}, 1, 10) || 'T00:00:00.000Z'`;

/** Records per statement triple: their JSON stays far below D1's 2 MB per value. */
const CHUNK = 100;

const OPERATION_KEY = [
  'granularity',
  'bucket_start',
  'operation_name',
  'operation_hash',
  'client_name',
  'client_version',
  'status',
].join(', ');

/** Figures that add up, and those that keep the largest, when two rows of one key meet. */
const SUMMED = [
  'requests',
  'duration_ms_sum',
  'cost_sum',
  'd1_statements',
  'd1_rows_read',
  'd1_rows_written',
  ...BUCKET_COLUMNS,
];
const MAXED = ['duration_ms_max', 'cost_max'];
const MERGE_OPERATION = [
  ...SUMMED.map((c) => `${c} = ${c} + excluded.${c}`),
  ...MAXED.map((c) => `${c} = max(${c}, excluded.${c})`),
].join(', ');
const FIGURES = [...SUMMED, ...MAXED].join(', ');

/**
 * The statements that fold delivered records into the hourly rollups, to be sent in ONE
 * db.batch (one transaction). Idempotent per message id: the first statement records each id
 * with this delivery's random `batchToken` (an id seen before keeps its old token), and the
 * upserts only read records whose id now carries this token; a redelivered message adds nothing.
 * The records travel as one JSON parameter read with json_each (D1 allows 100 bound parameters
 * per statement; one per record would need a statement per handful).
 */
export function foldStatements(
  d1: D1Database,
  delivered: readonly DeliveredRecord[],
  batchToken: string,
  now: Date,
): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  for (let start = 0; start < delivered.length; start += CHUNK) {
    const rows = delivered.slice(start, start + CHUNK).map(({ messageId, record }) => ({
      id: messageId,
      hour: hourOf(record.at),
      at: new Date(record.at).toISOString(),
      op: record.operation,
      hash: record.hash,
      cn: record.clientName,
      cv: record.clientVersion,
      status: record.status,
      dur: record.durationMs,
      bucket: bucketOf(record.durationMs),
      cost: record.cost,
      st: record.d1.statements,
      rr: record.d1.rowsRead,
      rw: record.d1.rowsWritten,
      fields: record.fields,
    }));
    const json = JSON.stringify(rows);
    const mine = `(select json_extract(j.value, '$.id') as id,
        json_extract(j.value, '$.hour') as hour, json_extract(j.value, '$.at') as at,
        json_extract(j.value, '$.op') as op, json_extract(j.value, '$.hash') as hash,
        json_extract(j.value, '$.cn') as cn, json_extract(j.value, '$.cv') as cv,
        json_extract(j.value, '$.status') as status, json_extract(j.value, '$.dur') as dur,
        json_extract(j.value, '$.bucket') as bucket, json_extract(j.value, '$.cost') as cost,
        json_extract(j.value, '$.st') as st, json_extract(j.value, '$.rr') as rr,
        json_extract(j.value, '$.rw') as rw, json_extract(j.value, '$.fields') as fields
      from json_each(?1) as j) as r
      join analytics_seen_messages as seen on seen.message_id = r.id and seen.batch_token = ?2`;
    statements.push(
      d1
        .prepare(
          `insert into analytics_seen_messages (message_id, batch_token, seen_at)
           select json_extract(value, '$.id'), ?2, ?3 from json_each(?1) where true
           on conflict (message_id) do nothing`,
        )
        .bind(json, batchToken, now.toISOString()),
      d1
        .prepare(
          `insert into analytics_operation_rollups (${OPERATION_KEY}, ${FIGURES})
           select 'hour', r.hour, r.op, r.hash, r.cn, r.cv, r.status,
             count(*), sum(r.dur), sum(r.cost), sum(r.st), sum(r.rr), sum(r.rw),
             ${BUCKET_COLUMNS.map((_, i) => `sum(r.bucket = ${i})`).join(', ')},
             max(r.dur), max(r.cost)
           from ${mine}
           where true
           group by r.hour, r.op, r.hash, r.cn, r.cv, r.status
           on conflict (${OPERATION_KEY}) do update set ${MERGE_OPERATION}`,
        )
        .bind(json, batchToken),
      d1
        .prepare(
          `insert into analytics_field_rollups
             (granularity, bucket_start, coordinate, client_name, requests, last_seen_at)
           select 'hour', r.hour, f.value, r.cn, count(*), max(r.at)
           from ${mine}, json_each(r.fields) as f
           where true
           group by r.hour, f.value, r.cn
           on conflict (granularity, bucket_start, coordinate, client_name) do update set
             requests = requests + excluded.requests,
             last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
        )
        .bind(json, batchToken),
    );
  }
  return statements;
}

/** Hours stay hourly this long (the admin page draws the last days per hour), then become days. */
export const HOURLY_DAYS = 14;
/** Message ids are kept longer than a queue keeps a message (at most 14 days). */
export const SEEN_MESSAGE_DAYS = 15;
const DAY_MS = 86_400_000;

/** The start of the UTC day `days` before `now`'s, as stored. */
export function dayStartBefore(now: Date, days: number): string {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(midnight - days * DAY_MS).toISOString();
}

/**
 * The daily upkeep, in one batch (one transaction, so a reader never sees an hour both as itself
 * and inside its day): hours of whole UTC days older than HOURLY_DAYS are folded into day rows
 * (upserts that add, so a late record's hour folds into an existing day) and deleted; rows older
 * than the retention are deleted; seen message ids older than SEEN_MESSAGE_DAYS are pruned.
 */
export function upkeepStatements(
  d1: D1Database,
  now: Date,
  retentionDays: number,
): D1PreparedStatement[] {
  const compactBefore = dayStartBefore(now, HOURLY_DAYS);
  const deleteBefore = dayStartBefore(now, retentionDays);
  const seenBefore = new Date(now.getTime() - SEEN_MESSAGE_DAYS * DAY_MS).toISOString();
  return [
    d1
      .prepare(
        `insert into analytics_operation_rollups (${OPERATION_KEY}, ${FIGURES})
         select 'day', ${DAY_OF('bucket_start')}, operation_name, operation_hash, client_name,
           client_version, status,
           ${SUMMED.map((c) => `sum(${c})`).join(', ')}, ${MAXED.map((c) => `max(${c})`).join(', ')}
         from analytics_operation_rollups
         where granularity = 'hour' and bucket_start < ?1
         group by 2, 3, 4, 5, 6, 7
         on conflict (${OPERATION_KEY}) do update set ${MERGE_OPERATION}`,
      )
      .bind(compactBefore),
    d1
      .prepare(
        `delete from analytics_operation_rollups where granularity = 'hour' and bucket_start < ?1`,
      )
      .bind(compactBefore),
    d1
      .prepare(
        `insert into analytics_field_rollups
           (granularity, bucket_start, coordinate, client_name, requests, last_seen_at)
         select 'day', ${DAY_OF('bucket_start')}, coordinate, client_name, sum(requests),
           max(last_seen_at)
         from analytics_field_rollups
         where granularity = 'hour' and bucket_start < ?1
         group by 2, 3, 4
         on conflict (granularity, bucket_start, coordinate, client_name) do update set
           requests = requests + excluded.requests,
           last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
      )
      .bind(compactBefore),
    d1
      .prepare(
        `delete from analytics_field_rollups where granularity = 'hour' and bucket_start < ?1`,
      )
      .bind(compactBefore),
    d1
      .prepare('delete from analytics_operation_rollups where bucket_start < ?1')
      .bind(deleteBefore),
    d1.prepare('delete from analytics_field_rollups where bucket_start < ?1').bind(deleteBefore),
    d1.prepare('delete from analytics_seen_messages where seen_at < ?1').bind(seenBefore),
  ];
}
