import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';

// Root connections read only their page (keyset.ts `rootPage`): pages, cursors and counts must
// come out as the windowed form gave them.
let admin: string;
let userId: string;
const ids: string[] = []; // newest first

const PAGE = `query Page($userId: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  aiUsageLogs(filter: { userId: $userId }, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id } }
  }
}`;

type Page = {
  aiUsageLogs: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    edges: { node: { id: string } }[];
  };
};

/** The row id inside a global ID (`AiUsageLog:aiu_...`). */
const rawId = (id: string) => atob(id).split(':')[1];

async function page(args: Record<string, unknown>) {
  const result = await gql<Page>(PAGE, { userId: btoa(`User:${userId}`), ...args }, { as: admin });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data?.aiUsageLogs as Page['aiUsageLogs'];
}

beforeAll(async () => {
  admin = await insertUser();
  userId = await insertUser();
  await env.DB.prepare("INSERT INTO admin_users (id, user_id, role) VALUES (?, ?, 'support')")
    .bind(uid('adm'), admin)
    .run();
  // Five calls; two share a timestamp, so the id breaks the tie.
  const times = ['2026-03-05', '2026-03-04', '2026-03-04', '2026-03-02', '2026-03-01'];
  for (const [index, day] of times.entries()) {
    const id = `aiu_root_${9 - index}`;
    ids.push(id);
    await env.DB.prepare(
      `INSERT INTO ai_usage_logs (id, user_id, feature, provider, model, input_tokens, output_tokens,
         cost_usd, latency_ms, outcome, created_at)
       VALUES (?, ?, 'search', 'local', 'm', 1, 1, 0.01, 5, 'success', ?)`,
    )
      .bind(id, userId, `${day}T10:00:00.000Z`)
      .run();
  }
});

describe('root connection pages', () => {
  it('walks forward page by page with the total on each', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (const expected of [true, true, false]) {
      const result = await page({ first: 2, after });
      expect(result.totalCount).toBe(5);
      expect(result.pageInfo.hasNextPage).toBe(expected);
      expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...result.edges.map((edge) => rawId(edge.node.id)));
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
  });

  it('keeps the total with a cursor past the last row', async () => {
    const all = await page({ first: 5 });
    const past = await page({ first: 2, after: all.pageInfo.endCursor });
    expect(past.edges).toEqual([]);
    expect(past.totalCount).toBe(5);
    expect(past.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('pages backward from the end and before a cursor', async () => {
    const tail = await page({ last: 2 });
    expect(tail.edges.map((edge) => rawId(edge.node.id))).toEqual(ids.slice(3));
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
    const before = await page({ last: 2, before: tail.pageInfo.startCursor });
    expect(before.edges.map((edge) => rawId(edge.node.id))).toEqual(ids.slice(1, 3));
    expect(before.totalCount).toBe(5);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });
});
