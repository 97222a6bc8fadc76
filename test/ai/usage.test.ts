import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AiCostBudgetsOfDocument,
  AiUsageLogsPageDocument,
  AiUsageOfViewerAndOtherDocument,
  AiUsageReportDetailedDocument,
  RemoveAiCostBudgetDetailedDocument,
  SetAiCostBudgetDetailedDocument,
} from '../generated/graphql';
import { variant } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';
import { call, gid, insertAdmin, watchForKeyLeaks } from './setup';

watchForKeyLeaks();

let admin: string;
let support: string;
let alice: string;
let bob: string;
const FEATURE = `feature_${Date.now().toString(36)}`;
// A range of its own, in the past, so rows of other tests never fall into it.
const DAY1 = '2024-02-27';
const DAY2 = '2024-02-28';

async function log(
  userId: string | null,
  fields: { feature?: string; provider?: string; cost: number; outcome?: string; at: string },
) {
  await env.DB.prepare(
    `INSERT INTO ai_usage_logs (id, user_id, feature, provider, model, input_tokens, output_tokens, cost_usd, outcome, created_at)
     VALUES (?, ?, ?, ?, 'm', 10, 5, ?, ?, ?)`,
  )
    .bind(
      uid('aiu'),
      userId,
      fields.feature ?? FEATURE,
      fields.provider ?? 'openai',
      fields.cost,
      fields.outcome ?? 'success',
      fields.at,
    )
    .run();
}

beforeAll(async () => {
  admin = await insertAdmin('admin');
  support = await insertAdmin('support');
  alice = await insertUser({ displayName: 'Alice' });
  bob = await insertUser({ displayName: 'Bob' });
  await log(alice, { cost: 0.5, at: `${DAY1}T10:00:00.000Z` });
  await log(alice, {
    cost: 0.25,
    provider: 'gemini',
    outcome: 'fallback',
    at: `${DAY2}T10:00:00.000Z`,
  });
  await log(bob, { cost: 2, at: `${DAY2}T11:00:00.000Z` });
  await log(bob, { cost: 0, provider: 'local', outcome: 'refused', at: `${DAY2}T12:00:00.000Z` });
  await log(null, { cost: 0.125, feature: `${FEATURE}_job`, at: `${DAY2}T13:00:00.000Z` });
});

const range = { from: `${DAY1}T00:00:00Z`, to: `${DAY2}T23:59:59Z` };

describe('AI usage in the graph', () => {
  it("shows the viewer their own spend today, this month and per feature, and nobody else's", async () => {
    const me = await insertUser();
    const now = new Date().toISOString();
    const monthStart = `${now.slice(0, 7)}-01T00:00:00.000Z`;
    await log(me, { cost: 0.1, feature: 'thread_candidates', at: now });
    await log(me, { cost: 0.2, feature: 'provider_check', at: now });
    await log(me, { cost: 1, feature: 'thread_candidates', at: monthStart });
    await log(me, { cost: 7, feature: 'thread_candidates', at: '2020-01-01T00:00:00.000Z' });
    await env.DB.prepare(
      "INSERT INTO ai_cost_budgets (id, user_id, period, limit_usd) VALUES (?, ?, 'monthly', 20)",
    )
      .bind(uid('aib'), me)
      .run();
    const other = await insertUser();
    const result = await call(AiUsageOfViewerAndOtherDocument, { other: gid('User', other) }, me);
    const onFirst = now.slice(0, 10) === monthStart.slice(0, 10);
    expect(result.data?.viewer?.aiUsage).toMatchObject({
      monthCalls: 3,
      todayCalls: onFirst ? 3 : 2,
      dailyLimitUsd: 1,
      monthlyLimitUsd: 20,
      byFeature: [
        { feature: 'provider_check', todayUsd: 0.2, monthUsd: 0.2, monthCalls: 1 },
        {
          feature: 'thread_candidates',
          todayUsd: onFirst ? 1.1 : 0.1,
          monthUsd: 1.1,
          monthCalls: 2,
        },
      ],
    });
    expect(result.data?.viewer?.aiUsage?.monthUsd).toBeCloseTo(1.3, 9);
    expect(result.data?.viewer?.aiUsage?.todayUsd).toBeCloseTo(onFirst ? 1.3 : 0.3, 9);
    expect(variant(result.data?.node, 'User').aiUsage).toBeNull();
  });

  it('reports usage by day, user, feature and provider, with totals', async () => {
    const byDay = await call(AiUsageReportDetailedDocument, { ...range, groupBy: 'DAY' }, support);
    expect(byDay.errors).toBeUndefined();
    const report = byDay.data?.aiUsageReport;
    const mine = (key: string) => report?.rows.find((row) => row.key === key)?.figures;
    expect(mine(DAY1)).toMatchObject({ calls: 1, costUsd: 0.5 });
    expect(mine(DAY2)).toMatchObject({ calls: 4, costUsd: 2.375 });
    expect(report?.total).toMatchObject({ calls: 5, costUsd: 2.875, refusedCalls: 1 });

    const byUser = await call(
      AiUsageReportDetailedDocument,
      { ...range, groupBy: 'USER' },
      support,
    );
    expect(byUser.data?.aiUsageReport.rows).toEqual([
      {
        key: gid('User', bob),
        user: { displayName: 'Bob' },
        figures: {
          calls: 2,
          successCalls: 1,
          fallbackCalls: 0,
          refusedCalls: 1,
          inputTokens: 20,
          costUsd: 2,
        },
      },
      {
        key: gid('User', alice),
        user: { displayName: 'Alice' },
        figures: {
          calls: 2,
          successCalls: 1,
          fallbackCalls: 1,
          refusedCalls: 0,
          inputTokens: 20,
          costUsd: 0.75,
        },
      },
      {
        key: null,
        user: null,
        figures: {
          calls: 1,
          successCalls: 1,
          fallbackCalls: 0,
          refusedCalls: 0,
          inputTokens: 10,
          costUsd: 0.125,
        },
      },
    ]);

    const byFeature = await call(
      AiUsageReportDetailedDocument,
      { ...range, groupBy: 'FEATURE' },
      support,
    );
    expect(byFeature.data?.aiUsageReport.rows.map((r) => r.key)).toEqual([
      FEATURE,
      `${FEATURE}_job`,
    ]);
    const byProvider = await call(
      AiUsageReportDetailedDocument,
      { ...range, groupBy: 'PROVIDER', limit: 2 },
      support,
    );
    expect(byProvider.data?.aiUsageReport).toMatchObject({
      truncated: true,
      rows: [
        { key: 'openai', figures: { costUsd: 2.625 } },
        { key: 'gemini', figures: { costUsd: 0.25 } },
      ],
    });
  });

  it('sums costs without float noise (0.1 + 0.2 is 0.3), from the calls and from the daily rollup', async () => {
    const carol = await insertUser({ displayName: 'Carol' });
    const DAY = '2024-03-05';
    await log(carol, { cost: 0.1, at: `${DAY}T10:00:00.000Z` });
    await log(carol, { cost: 0.2, at: `${DAY}T11:00:00.000Z` });
    // Within the day (read from the calls) and the whole day (read from ai_usage_daily).
    for (const to of [`${DAY}T23:00:00Z`, '2024-03-06T00:00:00Z']) {
      for (const groupBy of ['USER', 'DAY'] as const) {
        const report = await call(
          AiUsageReportDetailedDocument,
          { from: `${DAY}T00:00:00Z`, to, groupBy },
          support,
        );
        expect(report.errors).toBeUndefined();
        expect(report.data?.aiUsageReport.rows.map((row) => row.figures.costUsd)).toEqual([0.3]);
        expect(report.data?.aiUsageReport.total.costUsd).toBe(0.3);
      }
    }
  });

  it('validates report ranges and refuses non-admins', async () => {
    const backwards = await call(
      AiUsageReportDetailedDocument,
      { from: range.to, to: range.from, groupBy: 'DAY' },
      support,
    );
    expect(backwards.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const tooLong = await call(
      AiUsageReportDetailedDocument,
      { from: '2023-01-01T00:00:00Z', to: '2024-06-01T00:00:00Z', groupBy: 'DAY' },
      support,
    );
    expect(tooLong.errors?.[0]?.message).toContain('366 days');
    const user = await call(AiUsageReportDetailedDocument, { ...range, groupBy: 'DAY' }, alice);
    expect(user.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(user.data).toBeNull();
  });

  it('reads the report beside the role check, and nothing of it for non-admins', async () => {
    // Sent with the account check (readAsAdmin): one round trip for the admin.
    const own = await call(
      AiUsageReportDetailedDocument,
      { ...range, groupBy: 'FEATURE' },
      support,
    );
    expect(own.errors).toBeUndefined();
    expect(own.extensions?.d1).toMatchObject({ statements: 2, roundTrips: 1 });
    const readByAdmin = Number(own.extensions?.d1?.rowsRead);
    // The same statement went for Alice, guarded by the role in SQL: it read no usage row.
    const user = await call(AiUsageReportDetailedDocument, { ...range, groupBy: 'FEATURE' }, alice);
    expect(user.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(Number(user.extensions?.d1?.rowsRead)).toBeLessThan(readByAdmin);
    // The role is answered before the arguments: a non-admin learns nothing of the field.
    const invalid = await call(
      AiUsageReportDetailedDocument,
      { from: range.to, to: range.from, groupBy: 'DAY' },
      alice,
    );
    expect(invalid.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await call(AiUsageReportDetailedDocument, { ...range, groupBy: 'DAY' });
    expect(anonymous.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Sign in'),
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('lists usage rows newest first, filtered, in pages', async () => {
    const filter = { from: range.from, to: range.to, feature: FEATURE };
    const page1 = await call(AiUsageLogsPageDocument, { filter, first: 2 }, support);
    const first = page1.data?.aiUsageLogs;
    expect(first?.totalCount).toBe(4);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    expect(first?.edges.map((e) => e.node.createdAt)).toEqual([
      `${DAY2}T12:00:00.000Z`,
      `${DAY2}T11:00:00.000Z`,
    ]);
    const page2 = await call(
      AiUsageLogsPageDocument,
      { filter, first: 2, after: first?.pageInfo.endCursor },
      support,
    );
    expect(page2.data?.aiUsageLogs.edges.map((e) => e.node.createdAt)).toEqual([
      `${DAY2}T10:00:00.000Z`,
      `${DAY1}T10:00:00.000Z`,
    ]);
    const refused = await call(
      AiUsageLogsPageDocument,
      { filter: { ...filter, outcome: 'REFUSED', userId: gid('User', bob) } },
      support,
    );
    expect(refused.data?.aiUsageLogs.edges.map((e) => e.node)).toMatchObject([
      { provider: 'LOCAL', outcome: 'REFUSED', user: { displayName: 'Bob' } },
    ]);
    const denied = await call(AiUsageLogsPageDocument, { filter }, alice);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets admins set, read and remove budgets (audited); support only reads', async () => {
    const target = await insertUser({ displayName: 'Budgeted' });
    const set = await call(
      SetAiCostBudgetDetailedDocument,
      { input: { userId: gid('User', target), period: 'DAILY', limitUsd: 0.5 } },
      admin,
    );
    expect(set.data?.setAiCostBudget).toEqual({
      __typename: 'SetAiCostBudgetSuccess',
      data: { user: { displayName: 'Budgeted' }, period: 'DAILY', limitUsd: 0.5 },
    });
    const changed = await call(
      SetAiCostBudgetDetailedDocument,
      { input: { userId: gid('User', target), period: 'DAILY', limitUsd: 3 } },
      admin,
    );
    expect(changed.data?.setAiCostBudget).toMatchObject({ data: { limitUsd: 3 } });
    await call(
      SetAiCostBudgetDetailedDocument,
      { input: { userId: gid('User', target), period: 'MONTHLY', limitUsd: 30 } },
      admin,
    );

    const negative = await call(
      SetAiCostBudgetDetailedDocument,
      { input: { userId: gid('User', target), period: 'DAILY', limitUsd: -1 } },
      admin,
    );
    expect(negative.data?.setAiCostBudget).toMatchObject({ __typename: 'ValidationError' });
    const missing = await call(
      SetAiCostBudgetDetailedDocument,
      { input: { userId: gid('User', 'usr_missing'), period: 'DAILY', limitUsd: 1 } },
      admin,
    );
    expect(missing.data?.setAiCostBudget).toMatchObject({ __typename: 'NotFoundError' });
    const bySupport = await call(
      SetAiCostBudgetDetailedDocument,
      { input: { userId: gid('User', target), period: 'DAILY', limitUsd: 9 } },
      support,
    );
    expect(bySupport.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const read = await call(AiCostBudgetsOfDocument, { userId: gid('User', target) }, support);
    expect(read.data?.aiCostBudgets).toEqual({
      totalCount: 2,
      edges: [
        { node: { period: 'DAILY', limitUsd: 3 } },
        { node: { period: 'MONTHLY', limitUsd: 30 } },
      ],
    });

    const removed = await call(
      RemoveAiCostBudgetDetailedDocument,
      { input: { userId: gid('User', target), period: 'DAILY' } },
      admin,
    );
    expect(removed.data?.removeAiCostBudget).toEqual({
      __typename: 'RemoveAiCostBudgetSuccess',
      data: { period: 'DAILY', limitUsd: 3 },
    });
    const { results } = await env.DB.prepare(
      "SELECT action, changes_json FROM audit_logs WHERE target_id = ? AND action LIKE 'ai_cost_budget.%' ORDER BY created_at, rowid",
    )
      .bind(target)
      .all<{ action: string; changes_json: string }>();
    expect(results.map((r) => [r.action, JSON.parse(r.changes_json)])).toEqual([
      ['ai_cost_budget.set', { period: 'daily', limitUsd: 0.5 }],
      ['ai_cost_budget.set', { period: 'daily', limitUsd: 3 }],
      ['ai_cost_budget.set', { period: 'monthly', limitUsd: 30 }],
      ['ai_cost_budget.remove', { period: 'daily' }],
    ]);
  });
});
