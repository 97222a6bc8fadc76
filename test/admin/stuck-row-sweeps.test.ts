import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../src/index';
import {
  AdminAiUsageByUserDocument,
  AdminFailedImportsDocument,
  AdminImportSessionOutcomeDocument,
} from '../generated/graphql';
import { insertUser, uid } from '../helpers/seed';
import { auditRows, gid, gql, insertAdmin } from './helpers';

// Rows a stopped Worker leaves behind (AI calls in flight, imports running) are ended by the cron
// after their timeout, audited, and never reported as successes. Times are fixed in the past and
// the cron is given its scheduled time, so nothing depends on the clock.

async function runCronAt(iso: string) {
  const controller = createScheduledController({
    scheduledTime: Date.parse(iso),
    cron: '15 0 * * *',
  });
  await worker.scheduled(controller, env);
}

async function aiRow(
  userId: string,
  at: string,
  fields: { outcome?: string; errorCode?: string | null; cost?: number } = {},
) {
  const id = uid('aiu');
  await env.DB.prepare(
    'INSERT INTO ai_usage_logs (id, user_id, feature, provider, model, cost_usd, outcome, error_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
    .bind(
      id,
      userId,
      'thread_candidates',
      'openai',
      'gpt-test',
      fields.cost ?? 0.01,
      fields.outcome ?? 'success',
      fields.errorCode ?? null,
      at,
    )
    .run();
  return id;
}

async function aiState(id: string) {
  return env.DB.prepare('SELECT outcome, error_code, cost_usd FROM ai_usage_logs WHERE id = ?')
    .bind(id)
    .first<{ outcome: string; error_code: string | null; cost_usd: number }>();
}

/** The report's figures for one user's calls on `day`. */
async function reportFor(admin: string, userId: string, day: string) {
  const result = await gql(
    AdminAiUsageByUserDocument,
    { from: `${day}T00:00:00Z`, to: `${day}T23:59:59Z` },
    { as: admin },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.aiUsageReport.rows.find((row) => row.key === gid('User', userId))?.figures;
}

describe('the sweep of AI calls left in flight', () => {
  it('ends calls in flight for over 10 minutes as timed out, audited; fresh ones stay', async () => {
    const DAY = '2032-03-03';
    const admin = await insertAdmin('support');
    const user = await insertUser();
    const stuck = await aiRow(user, `${DAY}T10:00:00.000Z`, { errorCode: 'in_flight', cost: 0.2 });
    const settled = await aiRow(user, `${DAY}T10:01:00.000Z`);
    await aiRow(user, `${DAY}T10:02:00.000Z`, { outcome: 'error', errorCode: 'http_500' });
    // Five minutes before the cron: still in flight for a live Worker.
    const fresh = await aiRow(user, `${DAY}T23:59:00.000Z`, { errorCode: 'in_flight' });

    // Before the sweep, calls in flight are not successes.
    expect(await reportFor(admin, user, DAY)).toEqual({
      calls: 4,
      successCalls: 1,
      inFlightCalls: 2,
      errorCalls: 1,
    });

    const auditsBefore = (await auditRows({ action: 'ai_usage.timed_out' })).length;
    await runCronAt('2032-03-04T00:04:00.000Z');

    // The reserved estimate stays as the cost: the provider may have billed the call.
    expect(await aiState(stuck)).toEqual({
      outcome: 'error',
      error_code: 'timed_out',
      cost_usd: 0.2,
    });
    expect(await aiState(fresh)).toMatchObject({ outcome: 'success', error_code: 'in_flight' });
    expect(await aiState(settled)).toMatchObject({ outcome: 'success', error_code: null });
    const audits = await auditRows({ action: 'ai_usage.timed_out' });
    expect(audits).toHaveLength(auditsBefore + 1);
    const audit = audits.at(-1);
    expect(audit).toMatchObject({ actor_id: null, target_type: 'AiUsageLog' });
    expect(JSON.parse(audit?.changes_json as string)).toEqual({
      timedOut: 1,
      timeoutMinutes: 10,
      inFlightBefore: '2032-03-03T23:54:00.000Z',
    });

    expect(await reportFor(admin, user, DAY)).toEqual({
      calls: 4,
      successCalls: 1,
      inFlightCalls: 1,
      errorCalls: 2,
    });
    // The day's summary (same cron run, after the sweep) counts the timed-out call as failed
    // and the one still in flight apart from successes.
    const summary = await env.DB.prepare(
      'SELECT ai_calls, ai_failed_calls, details_json FROM daily_log_summaries WHERE summary_date = ?',
    )
      .bind(DAY)
      .first<{ ai_calls: number; ai_failed_calls: number; details_json: string }>();
    expect(summary).toMatchObject({ ai_calls: 4, ai_failed_calls: 2 });
    expect(JSON.parse(summary?.details_json as string).aiByOutcome).toEqual({
      success: 1,
      error: 2,
      in_flight: 1,
    });

    // Nothing more to sweep: no second audit row.
    await runCronAt('2032-03-04T00:05:00.000Z');
    expect(await auditRows({ action: 'ai_usage.timed_out' })).toHaveLength(auditsBefore + 1);
  });
});

async function importSession(status: string, updatedAt: string) {
  const id = uid('imp');
  await env.DB.prepare(
    "INSERT INTO admin_import_sessions (id, kind, format, status, content_hash, total_rows, processed_rows, created_at, updated_at) VALUES (?, 'users', 'csv', ?, 'hash', 1000, 500, ?, ?)",
  )
    .bind(id, status, updatedAt, updatedAt)
    .run();
  return id;
}

describe('the sweep of imports left running', () => {
  it('fails imports without progress for 30 minutes, saying they timed out, audited', async () => {
    const admin = await insertAdmin('support');
    const stuck = await importSession('running', '2032-04-03T23:44:00.000Z');
    const fresh = await importSession('running', '2032-04-04T00:00:00.000Z');
    const done = await importSession('completed', '2032-04-01T00:00:00.000Z');
    const auditsBefore = (await auditRows({ action: 'import.timed_out' })).length;

    await runCronAt('2032-04-04T00:15:00.000Z');

    const read = await gql(
      AdminImportSessionOutcomeDocument,
      { id: gid('ImportSession', stuck) },
      { as: admin },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.importSession).toMatchObject({
      status: 'FAILED',
      completedAt: '2032-04-04T00:15:00.000Z',
      processedRows: 500,
    });
    expect(read.data?.importSession?.failureReason).toMatch(
      /^Timed out: no progress for 30 minutes/,
    );
    const statuses = await env.DB.prepare(
      'SELECT id, status FROM admin_import_sessions WHERE id IN (?, ?) ORDER BY id',
    )
      .bind(fresh, done)
      .all<{ id: string; status: string }>();
    expect(Object.fromEntries(statuses.results.map((row) => [row.id, row.status]))).toEqual({
      [fresh]: 'running',
      [done]: 'completed',
    });
    const audits = await auditRows({ action: 'import.timed_out' });
    expect(audits).toHaveLength(auditsBefore + 1);
    expect(audits.at(-1)).toMatchObject({ actor_id: null, target_type: 'ImportSession' });
    expect(JSON.parse(audits.at(-1)?.changes_json as string)).toEqual({
      timedOut: 1,
      timeoutMinutes: 30,
      noProgressSince: '2032-04-03T23:45:00.000Z',
    });

    const failed = await gql(AdminFailedImportsDocument, {}, { as: admin });
    expect(failed.data?.importSessions.edges.map((edge) => edge.node.id)).toContain(
      gid('ImportSession', stuck),
    );
  });
});
