import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUCKET_UPPER_MS, bucketLowerMs, bucketOf } from '../../src/analytics/histogram';
import type { AnalyticsRecord } from '../../src/analytics/record';
import worker from '../../src/index';
import { DAILY_CRON } from '../../src/jobs/scheduled';
import {
  AnalyticsFieldUsageDocument,
  AnalyticsItemThroughFragmentsDocument,
  AnalyticsOperationStatsDocument,
  AnalyticsUnusedFieldsDocument,
  AnalyticsUsedFieldsDocument,
  AnalyticsViewerNameDocument,
} from '../generated/graphql';
import { gql } from '../helpers/client';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';
import { gid, insertWorkItem, makeAdmin } from '../helpers/work-seed';
import { aroundNow, asMessages, deliver, holdRecords, run } from './helpers';

// Records through the Worker's queue handler into the hourly rollups, read back through the
// admin fields: counts, redelivery, percentiles from the histogram, field usage, compaction.

let records: ReturnType<typeof holdRecords>;
beforeEach(() => {
  records = holdRecords();
});
afterEach(() => records.restore());

let admin: string;
let user: string;
let itemId: string;

beforeAll(async () => {
  admin = await insertUser();
  await makeAdmin(admin, 'support');
  user = await insertUser();
  const workspace = await insertWorkspace(user);
  itemId = await insertWorkItem({ workspaceId: workspace, ownerId: user });
});

/** Runs the two test operations as `user` from a client of its own; returns their records. */
async function traffic(client: string, times: number) {
  const headers = { 'graphql-client-name': client, 'graphql-client-version': '1.0.0' };
  for (let i = 0; i < times; i += 1) {
    await run(
      AnalyticsItemThroughFragmentsDocument,
      { id: gid('WorkItem', itemId) },
      {
        as: user,
        headers,
      },
    );
    await run(AnalyticsViewerNameDocument, {}, { as: user, headers });
  }
  return records.take();
}

async function stats(
  groupBy: ('OPERATION' | 'CLIENT' | 'STATUS' | 'HOUR' | 'DAY')[],
  clientName: string,
  range = aroundNow(),
) {
  const result = await gql(
    AnalyticsOperationStatsDocument,
    { ...range, groupBy, where: { clientName } },
    { as: admin },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data?.operationStats;
}

const sum = (list: readonly AnalyticsRecord[], figure: (r: AnalyticsRecord) => number) =>
  list.reduce((total, r) => total + figure(r), 0);

describe('the queue consumer', () => {
  it('folds records into hourly rows that operationStats reads back', async () => {
    const client = uid('web');
    const sent = await traffic(client, 3);
    expect(sent).toHaveLength(6);
    const result = await deliver(asMessages(sent));
    expect(result.explicitAcks.length + (result.ackAll ? sent.length : 0)).toBe(sent.length);

    const byOperation = await stats(['OPERATION', 'CLIENT', 'STATUS'], client);
    expect(
      byOperation?.groups.map((g) => [g.operationName, g.clientName, g.clientVersion, g.status]),
    ).toEqual(
      expect.arrayContaining([
        ['AnalyticsItemThroughFragments', client, '1.0.0', 'OK'],
        ['AnalyticsViewerName', client, '1.0.0', 'OK'],
      ]),
    );
    expect(byOperation?.groups.map((g) => g.figures.requests)).toEqual([3, 3]);
    expect(byOperation?.total).toMatchObject({
      requests: 6,
      errors: 0,
      errorRate: 0,
      d1Statements: sum(sent, (r) => r.d1.statements),
      d1RowsRead: sum(sent, (r) => r.d1.rowsRead),
      d1RowsWritten: sum(sent, (r) => r.d1.rowsWritten),
      maxCost: Math.max(...sent.map((r) => r.cost)),
      maxDurationMs: Math.max(...sent.map((r) => r.durationMs)),
    });
    const byHour = await stats(['HOUR'], client);
    expect(byHour?.groups).toHaveLength(1);
    expect(byHour?.groups[0]?.period).toBe(
      `${new Date(sent[0]?.at ?? 0).toISOString().slice(0, 13)}:00:00.000Z`,
    );
  });

  it('adds nothing for a redelivered message, in a batch of its own or beside new ones', async () => {
    const client = uid('redelivered');
    const sent = await traffic(client, 2);
    const messages = asMessages(sent);
    await deliver(messages.slice(0, 3));
    await deliver(messages.slice(0, 3), 2);
    await deliver(messages, 2);
    await deliver(messages, 3);
    const result = await stats(['OPERATION'], client);
    expect(result?.total.requests).toBe(4);
    expect(result?.groups.map((g) => g.figures.requests)).toEqual([2, 2]);
    const usage = await gql(
      AnalyticsFieldUsageDocument,
      { coordinate: 'WorkItem.title' },
      { as: admin },
    );
    expect(usage.data?.fieldUsage.clients.find((c) => c.clientName === client)?.requests).toBe(2);
  });

  it('drops a message that is not a record, and folds the rest', async () => {
    const client = uid('mixed');
    const [good] = await traffic(client, 1);
    await deliver([
      ...asMessages([good]),
      ...asMessages([{ v: 1, at: 'yesterday' }, 'text', { ...good, status: 'weird' }]),
    ]);
    expect((await stats([], client))?.total.requests).toBe(1);
  });
});

describe('durations from the histogram', () => {
  it('gives p50 and p95 within the bucket width of the exact percentiles of the durations', async () => {
    const client = uid('timed');
    const [template] = await traffic(client, 1);
    // A spread over four orders of magnitude, deterministic (a linear congruential sequence).
    let seed = 7;
    const durations = Array.from({ length: 400 }, () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return Math.round(10 ** (4 * (seed / 2_147_483_647)));
    });
    const synthetic = durations.map((durationMs) => ({ ...template, durationMs }));
    for (let i = 0; i < synthetic.length; i += 100) {
      await deliver(asMessages(synthetic.slice(i, i + 100)));
    }
    const figures = (await stats([], client))?.total;
    expect(figures?.requests).toBe(400);
    const sorted = [...durations].sort((a, b) => a - b);
    for (const [q, estimate] of [
      [0.5, figures?.p50DurationMs],
      [0.95, figures?.p95DurationMs],
    ] as const) {
      const exact = sorted[Math.ceil(q * sorted.length) - 1] as number;
      const bucket = bucketOf(exact);
      const width =
        Math.min(BUCKET_UPPER_MS[bucket] as number, sorted.at(-1) as number) -
        bucketLowerMs(bucket);
      expect(Math.abs((estimate as number) - exact)).toBeLessThanOrEqual(width);
    }
    expect(figures?.maxDurationMs).toBe(sorted.at(-1));
  });
});

describe('field usage', () => {
  it('lists the fields a document selected through fragments and aliases, with its client', async () => {
    const client = uid('fields');
    await deliver(asMessages(await traffic(client, 1)));
    for (const coordinate of [
      'WorkItem.title',
      'WorkItem.status',
      'WorkItem.createdAt',
      'Query.node',
    ]) {
      const usage = (await gql(AnalyticsFieldUsageDocument, { coordinate, days: 1 }, { as: admin }))
        .data?.fieldUsage;
      expect(usage?.inSchema).toBe(true);
      expect(usage?.clients.map((c) => c.clientName)).toContain(client);
      expect(usage?.lastSeenAt).not.toBeNull();
    }
    const used = (await gql(AnalyticsUsedFieldsDocument, { days: 1 }, { as: admin })).data
      ?.usedFields;
    const coordinates = used?.map((u) => u.coordinate) ?? [];
    expect(coordinates).toEqual(expect.arrayContaining(['User.displayName', 'Query.viewer']));
    expect(coordinates).not.toContain('WorkItem.heading');
    expect(coordinates.some((c) => c.includes('__'))).toBe(false);

    const unused = (await gql(AnalyticsUnusedFieldsDocument, { days: 1 }, { as: admin })).data
      ?.unusedFields;
    const unusedCoordinates = unused?.map((u) => u.coordinate) ?? [];
    expect(unusedCoordinates).toContain('WorkItem.dueAt');
    for (const coordinate of coordinates) expect(unusedCoordinates).not.toContain(coordinate);
  });

  it('refuses a malformed coordinate and an out-of-range window with a typed error', async () => {
    const bad = await gql(AnalyticsFieldUsageDocument, { coordinate: 'title' }, { as: admin });
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const window = await gql(
      AnalyticsFieldUsageDocument,
      { coordinate: 'WorkItem.title', days: 0 },
      { as: admin },
    );
    expect(window.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('who may read it', () => {
  it('refuses users who are not admins, as every admin field does', async () => {
    const range = aroundNow();
    const refused = await gql(
      AnalyticsOperationStatsDocument,
      { ...range, groupBy: ['OPERATION'] },
      { as: user },
    );
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(refused.data?.operationStats ?? null).toBeNull();
    const usage = await gql(AnalyticsFieldUsageDocument, { coordinate: 'WorkItem.title' }, {});
    expect(usage.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });

  it('refuses HOUR and DAY together, a grouping listed twice, and a reversed range', async () => {
    const range = aroundNow();
    const twice = await gql(
      AnalyticsOperationStatsDocument,
      { ...range, groupBy: ['OPERATION', 'OPERATION'] },
      { as: admin },
    );
    expect(twice.errors?.[0]).toMatchObject({
      message: 'groupBy: lists a grouping twice.',
      extensions: { code: 'VALIDATION_FAILED' },
    });
    const both = await gql(
      AnalyticsOperationStatsDocument,
      { ...range, groupBy: ['HOUR', 'DAY'] },
      { as: admin },
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const reversed = await gql(
      AnalyticsOperationStatsDocument,
      { from: range.to, to: range.from, groupBy: [] },
      { as: admin },
    );
    expect(reversed.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('the daily upkeep', () => {
  const DAY = 86_400_000;
  const runCron = (scheduledTime: number) =>
    worker.scheduled(createScheduledController({ scheduledTime, cron: DAILY_CRON }), env);
  const rowsOf = (client: string) =>
    env.DB.prepare(
      'SELECT granularity, bucket_start, requests FROM analytics_operation_rollups WHERE client_name = ? ORDER BY bucket_start',
    )
      .bind(client)
      .all<{ granularity: string; bucket_start: string; requests: number }>();

  it('compacts hours older than two weeks into days, then deletes past the retention', async () => {
    const client = uid('old');
    const [template] = await traffic(client, 1);
    const twentyDaysAgo = Date.parse('2026-01-31T00:00:00.000Z') - 20 * DAY;
    const old = [1, 2, 3].map((hour) => ({
      ...template,
      at: twentyDaysAgo + hour * 3_600_000,
      durationMs: hour * 10,
    }));
    await deliver(asMessages(old));
    expect((await rowsOf(client)).results.map((r) => r.granularity)).toEqual([
      'hour',
      'hour',
      'hour',
    ]);
    const range = {
      from: new Date(twentyDaysAgo - DAY).toISOString(),
      to: new Date(twentyDaysAgo + DAY).toISOString(),
    };
    const before = await stats([], client, range);

    await runCron(Date.parse('2026-01-31T00:15:00.000Z'));
    const compacted = (await rowsOf(client)).results;
    expect(compacted).toEqual([
      { granularity: 'day', bucket_start: new Date(twentyDaysAgo).toISOString(), requests: 3 },
    ]);
    const after = await stats([], client, range);
    expect(after?.total).toEqual(before?.total);
    // Running it again changes nothing.
    await runCron(Date.parse('2026-01-31T00:15:00.000Z'));
    expect((await rowsOf(client)).results).toEqual(compacted);

    await env.DB.prepare(
      "INSERT INTO system_settings (key, value, value_type, description) VALUES ('analytics_retention_days', '10', 'number', 'test') ON CONFLICT (key) DO UPDATE SET value = '10'",
    ).run();
    try {
      await runCron(Date.parse('2026-01-31T00:15:00.000Z'));
      expect((await rowsOf(client)).results).toEqual([]);
    } finally {
      await env.DB.prepare(
        "DELETE FROM system_settings WHERE key = 'analytics_retention_days'",
      ).run();
    }
  });
});
