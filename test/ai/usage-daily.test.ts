import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AiUsageReportDetailedDocument,
  AiUsageReportFewFiguresDocument,
} from '../generated/graphql';
import { gql } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';
import { insertAdmin } from './setup';

// The daily rollup (ai_usage_daily, migration 0038) is kept by triggers in the same statement as
// each usage row: a report over whole days reads it, and must answer exactly as the usage rows do.
const DAYS = ['2023-05-10', '2023-05-11', '2023-05-12'];
const FEATURE = `rollup_${Date.now().toString(36)}`;

let admin: string;

/** The SQL a request sent (`x-debug-sql: 1`), as one text. */
const sqlOf = (result: { extensions?: { d1?: unknown } }) =>
  ((result.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? []).join('\n');

async function insertUsage(fields: {
  id?: string;
  provider?: string;
  cost: number;
  outcome?: string;
  errorCode?: string | null;
  at: string;
}) {
  const id = fields.id ?? uid('aiu');
  await env.DB.prepare(
    `INSERT INTO ai_usage_logs (id, user_id, feature, provider, model, input_tokens, output_tokens, cost_usd, outcome, error_code, created_at)
     VALUES (?, ?, ?, ?, 'm', 7, 3, ?, ?, ?, ?)`,
  )
    .bind(
      id,
      admin,
      FEATURE,
      fields.provider ?? 'openai',
      fields.cost,
      fields.outcome ?? 'success',
      fields.errorCode ?? null,
      fields.at,
    )
    .run();
  return id;
}

beforeAll(async () => {
  admin = await insertAdmin('admin');
  await insertUser();
  await insertUsage({ cost: 0.5, at: `${DAYS[0]}T01:00:00.000Z` });
  await insertUsage({
    cost: 0.25,
    provider: 'gemini',
    outcome: 'fallback',
    at: `${DAYS[0]}T23:59:59.999Z`,
  });
  await insertUsage({
    cost: 0,
    provider: 'local',
    outcome: 'refused',
    at: `${DAYS[1]}T00:00:00.000Z`,
  });
  // A call in flight, then settled (as the AI router does), moved, and one deleted.
  const inFlight = await insertUsage({
    cost: 0,
    errorCode: 'in_flight',
    at: `${DAYS[1]}T08:00:00.000Z`,
  });
  await env.DB.prepare(
    "UPDATE ai_usage_logs SET error_code = NULL, outcome = 'error', cost_usd = 0.125, input_tokens = 40 WHERE id = ?",
  )
    .bind(inFlight)
    .run();
  await insertUsage({ cost: 0.0625, errorCode: 'in_flight', at: `${DAYS[2]}T09:00:00.000Z` });
  const gone = await insertUsage({ cost: 9, at: `${DAYS[2]}T10:00:00.000Z` });
  await env.DB.prepare('DELETE FROM ai_usage_logs WHERE id = ?').bind(gone).run();
});

describe('the daily AI usage rollup', () => {
  it('holds, per day, feature and provider, the sums of the usage rows after inserts, updates and deletes', async () => {
    const figures = `count(*) AS calls, sum(cost_usd) AS cost, sum(input_tokens) AS input,
      sum(outcome = 'error') AS errors, sum(error_code IS 'in_flight') AS in_flight`;
    const { results: fromRows } = await env.DB.prepare(
      `SELECT substr(created_at, 1, 10) AS day, provider, ${figures}
       FROM ai_usage_logs WHERE feature = ? GROUP BY 1, 2 ORDER BY 1, 2`,
    )
      .bind(FEATURE)
      .all();
    const { results: rollup } = await env.DB.prepare(
      `SELECT day, provider, calls, cost_usd AS cost, input_tokens AS input, error_calls AS errors,
         in_flight_calls AS in_flight
       FROM ai_usage_daily WHERE feature = ? AND calls > 0 ORDER BY 1, 2`,
    )
      .bind(FEATURE)
      .all();
    expect(fromRows).toHaveLength(5);
    expect(rollup).toEqual(fromRows);
  });

  it('answers a report over whole days from the rollup, exactly as from the usage rows', async () => {
    for (const groupBy of ['DAY', 'FEATURE', 'PROVIDER'] as const) {
      const whole = { from: `${DAYS[0]}T00:00:00.000Z`, to: '2023-05-13T00:00:00.000Z', groupBy };
      const viaRollup = await gql(AiUsageReportDetailedDocument, whole, {
        as: admin,
        headers: { 'x-debug-sql': '1' },
      });
      // One millisecond earlier: not a whole day, so the usage rows are read (none lies there).
      const viaRows = await gql(
        AiUsageReportDetailedDocument,
        { ...whole, from: '2023-05-09T23:59:59.999Z' },
        { as: admin, headers: { 'x-debug-sql': '1' } },
      );
      expect(sqlOf(viaRollup)).toContain('"ai_usage_daily"');
      expect(sqlOf(viaRows)).not.toContain('"ai_usage_daily"');
      expect(viaRollup.errors).toBeUndefined();
      expect(viaRollup.data?.aiUsageReport.rows.length).toBeGreaterThan(0);
      expect(viaRollup.data?.aiUsageReport.rows).toEqual(viaRows.data?.aiUsageReport.rows);
      expect(viaRollup.data?.aiUsageReport.total).toEqual(viaRows.data?.aiUsageReport.total);
    }
  });
});

describe('a report reads only the figures it selects', () => {
  it('answers the selected figures as a full report does, its statement reading no other', async () => {
    const whole = { from: `${DAYS[0]}T00:00:00.000Z`, to: '2023-05-13T00:00:00.000Z' };
    // Whole days (the rollup) and a millisecond off (the usage rows): both statements narrow.
    for (const range of [whole, { ...whole, from: '2023-05-09T23:59:59.999Z' }]) {
      for (const groupBy of ['DAY', 'PROVIDER'] as const) {
        const full = await gql(AiUsageReportDetailedDocument, { ...range, groupBy }, { as: admin });
        const few = await gql(
          AiUsageReportFewFiguresDocument,
          { ...range, groupBy },
          { as: admin, headers: { 'x-debug-sql': '1' } },
        );
        expect(few.errors).toBeUndefined();
        const fullRows = full.data?.aiUsageReport.rows ?? [];
        expect(fullRows.length).toBeGreaterThan(1);
        expect(few.data?.aiUsageReport.rows).toEqual(
          fullRows.map((row) => ({
            key: row.key,
            figures: { n: row.figures.calls, costUsd: row.figures.costUsd },
          })),
        );
        const total = full.data?.aiUsageReport.total;
        expect(few.data?.aiUsageReport.total).toEqual({
          refusedCalls: total?.refusedCalls,
          costUsd: total?.costUsd,
        });
        expect(total?.refusedCalls).toBeGreaterThan(0);

        const d1 = few.extensions?.d1 as { sql?: string[] } | undefined;
        const statement = d1?.sql?.find((text) => text.includes('"report_key"'));
        // By day over fewer days than the limit, every group comes back: the total is summed
        // from the groups, which read its figures too. By provider, a window reads the total.
        const read =
          groupBy === 'DAY'
            ? ['figure_calls', 'figure_cost_usd', 'figure_refused_calls']
            : ['figure_calls', 'figure_cost_usd', 'total_refused_calls', 'total_cost_usd'];
        for (const column of read) expect(statement).toContain(`"${column}"`);
        const unread = [
          'figure_input_tokens',
          'total_calls',
          'total_input_tokens',
          ...(groupBy === 'DAY' ? ['total_cost_usd', ' over ('] : ['figure_refused_calls']),
        ];
        for (const column of unread) expect(statement).not.toContain(column);
      }
    }
  });
});

describe("a report's total", () => {
  it('is summed from the groups when all come back, and is the same as the window over them', async () => {
    const range = { from: `${DAYS[0]}T00:00:00.000Z`, to: '2023-05-13T00:00:00.000Z' };
    // Three days: a limit of 3 returns every group; a limit of 2 does not, so a window sums.
    for (const from of [range.from, '2023-05-09T23:59:59.999Z']) {
      const all = await gql(
        AiUsageReportDetailedDocument,
        { ...range, from, groupBy: 'DAY', limit: from === range.from ? 3 : 4 },
        { as: admin, headers: { 'x-debug-sql': '1' } },
      );
      const cut = await gql(
        AiUsageReportDetailedDocument,
        { ...range, from, groupBy: 'DAY', limit: 2 },
        { as: admin, headers: { 'x-debug-sql': '1' } },
      );
      expect(all.errors).toBeUndefined();
      expect(cut.errors).toBeUndefined();
      expect(all.data?.aiUsageReport.truncated).toBe(false);
      expect(cut.data?.aiUsageReport.truncated).toBe(true);
      expect(cut.data?.aiUsageReport.rows).toHaveLength(2);
      expect(sqlOf(all)).not.toContain(' over (');
      expect(sqlOf(cut)).toContain(' over (');
      const total = all.data?.aiUsageReport.total;
      expect(total?.calls).toBeGreaterThan(2);
      expect(cut.data?.aiUsageReport.total).toEqual(total);
      const rows = all.data?.aiUsageReport.rows ?? [];
      expect(total?.calls).toBe(rows.reduce((sum, row) => sum + row.figures.calls, 0));
      expect(total?.costUsd).toBeCloseTo(
        rows.reduce((sum, row) => sum + row.figures.costUsd, 0),
        12,
      );
    }
  });
});
