import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdminUserStatsWhereDocument,
  AdminUsersWhereDocument,
  AdminWorkspacesWhereDocument,
  AiUsageLogsWhereDocument,
  AiUsageStatsWhereDocument,
  AuditLogsWhereDocument,
} from '../generated/graphql';
import { liftRateLimit } from '../hardening/helpers';
import { gql } from '../helpers/client';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';
import { gid, makeAdmin } from '../helpers/work-seed';

// The admin lists take the same where/orderBy as work items, over their own fields, and the
// admin aggregates (adminUserStats, aiUsageStats) count what those filters admit. All of them
// are refused to a user who is not an admin, and listing accounts reads no audited field.

let admin: string;
let plain: string;
let tag: string;
const people: Record<string, string> = {};

const decode = (globalId: string) => atob(globalId).split(':').slice(1).join(':');

describe('admin lists: where, orderBy and aggregates', () => {
  beforeAll(async () => {
    await liftRateLimit();
    admin = await insertUser();
    await makeAdmin(admin, 'support');
    plain = await insertUser();
    tag = uid('adm');
    const rows = [
      ['ann', 'active', '2030-01-06T10:00:00.000Z'],
      ['bob', 'suspended', '2030-01-07T10:00:00.000Z'],
      ['cyd', 'active', '2030-01-14T10:00:00.000Z'],
      ['dee', 'deleted', '2030-02-02T10:00:00.000Z'],
    ] as const;
    for (const [name, status, createdAt] of rows) {
      const id = await insertUser({ displayName: `${tag} ${name}` });
      await env.DB.prepare('UPDATE users SET status = ?, created_at = ? WHERE id = ?')
        .bind(status, createdAt, id)
        .run();
      people[name] = id;
    }
    await insertWorkspace(people.ann as string, `${tag} beta`);
    await insertWorkspace(people.bob as string, `${tag} alpha`);
    await insertWorkspace(people.ann as string, `${tag} gamma`);
    const usage = [
      ['ann', 'summary', 'openai', 0.5, 100, 'success', '2030-01-06T10:00:00.000Z'],
      ['ann', 'summary', 'openai', 0.25, 50, 'error', '2030-01-06T11:00:00.000Z'],
      ['bob', 'candidates', 'gemini', 1.0, 300, 'success', '2030-01-07T09:00:00.000Z'],
      ['bob', 'summary', 'local', 0, 10, 'success', '2030-01-07T10:00:00.000Z'],
    ] as const;
    for (const [who, feature, provider, cost, tokens, outcome, at] of usage) {
      await env.DB.prepare(
        `INSERT INTO ai_usage_logs (id, user_id, feature, provider, model, input_tokens, output_tokens, cost_usd, outcome, created_at)
         VALUES (?, ?, ?, ?, 'm1', ?, ?, ?, ?, ?)`,
      )
        .bind(
          uid('aiu'),
          people[who],
          `${tag}-${feature}`,
          provider,
          tokens,
          tokens / 2,
          cost,
          outcome,
          at,
        )
        .run();
    }
    for (const [action, target] of [
      ['user.suspended', 'bob'],
      ['user.email.read', 'ann'],
      ['user.email.read', 'cyd'],
    ] as const) {
      await env.DB.prepare(
        `INSERT INTO audit_logs (id, actor_id, action, target_type, target_id, created_at)
         VALUES (?, ?, ?, 'user', ?, '2030-01-08T00:00:00.000Z')`,
      )
        .bind(uid('aud'), admin, `${tag}.${action}`, people[target])
        .run();
    }
  });

  it('filters and sorts accounts, and groups them by status and week', async () => {
    const result = await gql(
      AdminUsersWhereDocument,
      {
        where: {
          displayName: { startsWith: tag },
          or: [
            { status: { eq: 'ACTIVE' } },
            { createdAt: { gte: '2030-01-07T00:00:00Z', lt: '2030-01-08T00:00:00Z' } },
          ],
        },
        orderBy: [{ field: 'DISPLAY_NAME', direction: 'DESC' }],
      },
      { as: admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.adminUsers.edges.map((edge) => edge.node.user.displayName)).toEqual([
      `${tag} cyd`,
      `${tag} bob`,
      `${tag} ann`,
    ]);
    const stats = await gql(
      AdminUserStatsWhereDocument,
      { where: { displayName: { startsWith: tag } }, groupBy: ['STATUS', 'CREATED_WEEK'] },
      { as: admin },
    );
    expect(stats.errors).toBeUndefined();
    const groups = (stats.data?.adminUserStats ?? []).map((g) => [
      g.status,
      g.createdWeek,
      g.count,
    ]);
    expect(groups.sort()).toEqual(
      [
        ['ACTIVE', '2029-12-31', 1],
        ['SUSPENDED', '2030-01-07', 1],
        ['ACTIVE', '2030-01-14', 1],
        ['DELETED', '2030-01-28', 1],
      ].sort(),
    );
  });

  it('filters workspaces, audit entries and AI calls over their own fields', async () => {
    const spaces = await gql(
      AdminWorkspacesWhereDocument,
      {
        where: { name: { startsWith: tag }, owner: { eq: gid('User', people.ann as string) } },
        orderBy: [{ field: 'NAME', direction: 'ASC' }],
      },
      { as: admin },
    );
    expect(spaces.data?.adminWorkspaces.edges.map((edge) => edge.node.name)).toEqual([
      `${tag} beta`,
      `${tag} gamma`,
    ]);
    const audit = await gql(
      AuditLogsWhereDocument,
      {
        where: {
          action: { startsWith: `${tag}.user.email` },
          not: { targetId: { eq: people.cyd as string } },
        },
      },
      { as: admin },
    );
    expect(audit.data?.auditLogs.edges.map((edge) => edge.node.targetId)).toEqual([people.ann]);
    const calls = await gql(
      AiUsageLogsWhereDocument,
      {
        where: { feature: { startsWith: tag }, costUsd: { gt: 0 }, provider: { neq: 'GEMINI' } },
        orderBy: [{ field: 'COST_USD', direction: 'DESC' }],
      },
      { as: admin },
    );
    expect(calls.data?.aiUsageLogs.edges.map((edge) => edge.node.costUsd)).toEqual([0.5, 0.25]);
  });

  it('sums AI usage by the keys asked', async () => {
    const stats = await gql(
      AiUsageStatsWhereDocument,
      { where: { feature: { startsWith: tag } }, groupBy: ['USER', 'DAY'] },
      { as: admin },
    );
    expect(stats.errors).toBeUndefined();
    const rows = (stats.data?.aiUsageStats ?? []).map((g) => ({
      user: g.user ? decode(g.user.id) : null,
      day: g.day,
      count: g.count,
      costUsd: g.costUsd,
      inputTokens: g.inputTokens,
    }));
    expect(rows).toEqual([
      { user: people.ann, day: '2030-01-06', count: 2, costUsd: 0.75, inputTokens: 150 },
      { user: people.bob, day: '2030-01-07', count: 2, costUsd: 1, inputTokens: 310 },
    ]);
  });

  it('refuses every admin list and aggregate to a user who is not an admin', async () => {
    const answers = await Promise.all([
      gql(AdminUsersWhereDocument, {}, { as: plain }),
      gql(AdminUserStatsWhereDocument, { groupBy: ['STATUS'] }, { as: plain }),
      gql(AiUsageStatsWhereDocument, { groupBy: ['FEATURE'] }, { as: plain }),
      gql(AuditLogsWhereDocument, {}, { as: plain }),
    ]);
    for (const answer of answers) {
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.data ?? null).toBeNull();
    }
  });

  it('lists accounts without reading an audited field', async () => {
    const before = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_logs WHERE actor_id = ? AND action LIKE 'user.%'",
    )
      .bind(admin)
      .first<{ n: number }>();
    await gql(
      AdminUsersWhereDocument,
      { where: { displayName: { startsWith: tag } } },
      { as: admin },
    );
    const after = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_logs WHERE actor_id = ? AND action LIKE 'user.%'",
    )
      .bind(admin)
      .first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });
});
