import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { previousUtcDay } from '../../src/resolvers/admin/daily-summaries';
import { AdminDailySummariesDocument } from '../generated/graphql';
import { insertUser, uid } from '../helpers/seed';
import { gql, insertAdmin } from './helpers';

const DAY = '2031-05-10';
// The cron fires shortly after midnight and summarises the day before.
const CRON_TIME = Date.parse('2031-05-11T00:15:00Z');

async function aiCall(at: string, fields: { outcome?: string; cost?: number; provider?: string }) {
  await env.DB.prepare(
    'INSERT INTO ai_usage_logs (id, feature, provider, model, cost_usd, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
    .bind(
      uid('aiu'),
      'thread_match',
      fields.provider ?? 'local',
      'm',
      fields.cost ?? 0,
      fields.outcome ?? 'success',
      at,
    )
    .run();
}

async function audit(at: string, action: string) {
  await env.DB.prepare('INSERT INTO audit_logs (id, action, created_at) VALUES (?, ?, ?)')
    .bind(uid('aud'), action, at)
    .run();
}

async function runCron() {
  const controller = createScheduledController({ scheduledTime: CRON_TIME, cron: '15 0 * * *' });
  await worker.scheduled(controller, env);
}

async function summaryRow() {
  return env.DB.prepare('SELECT * FROM daily_log_summaries WHERE summary_date = ?')
    .bind(DAY)
    .all<Record<string, unknown>>();
}

describe('daily log summaries', () => {
  it('names the previous UTC day', () => {
    expect(previousUtcDay(new Date('2031-05-11T00:15:00Z'))).toBe('2031-05-10');
    expect(previousUtcDay(new Date('2031-03-01T23:59:59Z'))).toBe('2031-02-28');
    expect(previousUtcDay(new Date('2032-01-01T00:00:00Z'))).toBe('2031-12-31');
  });

  it('aggregates the previous day from the scheduled handler, idempotently', async () => {
    await aiCall(`${DAY}T00:00:00.000Z`, { cost: 0.25, provider: 'openai' });
    await aiCall(`${DAY}T12:30:00.000Z`, { cost: 0.5, provider: 'gemini' });
    await aiCall(`${DAY}T18:00:00.000Z`, { outcome: 'error' });
    await aiCall(`${DAY}T23:59:59.999Z`, { outcome: 'refused' });
    // Outside the day: not counted.
    await aiCall('2031-05-09T23:59:59.999Z', { cost: 9 });
    await aiCall('2031-05-11T00:00:00.000Z', { cost: 9 });
    await audit(`${DAY}T08:00:00.000Z`, 'system_setting.update');
    await audit(`${DAY}T09:00:00.000Z`, 'system_setting.update');
    await audit(`${DAY}T10:00:00.000Z`, 'import.start');
    await audit('2031-05-11T00:00:01.000Z', 'import.start');
    const session = uid('imp');
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO admin_import_sessions (id, kind, format, content_hash) VALUES (?, 'users', 'csv', 'h')",
      ).bind(session),
      env.DB.prepare(
        'INSERT INTO admin_import_errors (id, session_id, row_number, reason, created_at) VALUES (?, ?, 1, ?, ?)',
      ).bind(uid('ime'), session, 'bad', `${DAY}T10:00:00.000Z`),
    ]);

    await runCron();
    const first = await summaryRow();
    expect(first.results).toHaveLength(1);
    const row = first.results[0] as Record<string, unknown>;
    expect(row).toMatchObject({
      ai_calls: 4,
      ai_failed_calls: 1,
      ai_cost_usd: 0.75,
      audit_actions: 3,
      error_count: 2,
    });
    expect(JSON.parse(row.details_json as string)).toEqual({
      aiByOutcome: { error: 1, refused: 1, success: 2 },
      aiByProvider: {
        gemini: { calls: 1, costUsd: 0.5 },
        local: { calls: 2, costUsd: 0 },
        openai: { calls: 1, costUsd: 0.25 },
      },
      aiByFeature: { thread_match: 4 },
      auditByAction: { 'import.start': 1, 'system_setting.update': 2 },
      importErrors: 1,
    });

    // Running again (a retry) rewrites the same row: no duplicate, no double count.
    await runCron();
    const second = await summaryRow();
    expect(second.results).toHaveLength(1);
    expect(second.results[0]).toMatchObject({ id: row.id, ai_calls: 4, error_count: 2 });

    // Late data for the day is picked up by the next run.
    await aiCall(`${DAY}T20:00:00.000Z`, { outcome: 'error', cost: 0.1 });
    await runCron();
    expect((await summaryRow()).results[0]).toMatchObject({
      id: row.id,
      ai_calls: 5,
      ai_failed_calls: 2,
      error_count: 3,
    });
  });

  it('lets support read summaries by date range; anyone else is refused', async () => {
    await runCron();
    const support = await insertAdmin('support');
    const inRange = await gql(
      AdminDailySummariesDocument,
      { from: '2031-05-01', to: DAY },
      { as: support },
    );
    expect(inRange.errors).toBeUndefined();
    expect(inRange.data?.dailyLogSummaries.totalCount).toBe(1);
    expect(inRange.data?.dailyLogSummaries.edges[0]?.node.date).toBe(DAY);

    const outside = await gql(
      AdminDailySummariesDocument,
      { from: '2031-05-11', to: '2031-05-31' },
      { as: support },
    );
    expect(outside.data?.dailyLogSummaries.totalCount).toBe(0);

    for (const [from, to] of [
      ['2031-05-10', '2031-05-01'],
      ['10/05/2031', '2031-05-11'],
      ['2030-01-01', '2031-05-11'],
    ]) {
      const bad = await gql(AdminDailySummariesDocument, { from, to }, { as: support });
      expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    }
    const user = await gql(
      AdminDailySummariesDocument,
      { from: '2031-05-01', to: DAY },
      { as: await insertUser() },
    );
    expect(user.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
