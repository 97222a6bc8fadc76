import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../bench/operations';
import { seedStatements, TEST_SIZES } from '../../bench/seed';
import { digestApiToken } from '../../src/auth/api-tokens';
import { forgetCachedSettings } from '../../src/resolvers/admin/settings';
import { randomToken } from '../../src/resolvers/ids';
import { FixedCostTypenameDocument, FixedCostViewerDocument } from '../generated/graphql';
import { gql } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';

// The benchmark's operations on a small copy of its dataset: their D1 statement and round-trip
// counts are pinned here, and must not grow with list sizes (they are bound by depth). Counted
// in the steady state: the isolate's copy of the settings is fresh (src/resolvers/admin/settings.ts).
const SMALL = TEST_SIZES;

const EXPECTED: Record<string, { statements: number; roundTrips: number }> = {
  // The viewer's row and admin role come with the account check, which shares the first depth's
  // round trip when that depth needs no viewer row (node refetches: the operation starts beside
  // the check; the viewer's own pages start beside it too: startedWithViewer); then one round
  // trip per depth, less the rows read with the page that points to them (pageWithJoins: work
  // items' owner and assignee, members' user, memberships' workspace) and the connections read
  // with the page that holds their parents (childPagesOnPage: a message's deliveries, a
  // workspace's work items, a member's memberships) and a refetched node's references
  // (joinsOnNode: a work item's workspace).
  dashboard: { statements: 3, roundTrips: 1 },
  'deep node refetch': { statements: 4, roundTrips: 1 },
  'thread with 50 messages': { statements: 5, roundTrips: 1 },
  // The report goes beside the account check, guarded by the admin role in SQL (readAsAdmin).
  'admin AI usage report, 30 days': { statements: 2, roundTrips: 1 },
};

beforeAll(async () => {
  for (const statement of seedStatements(SMALL)) await env.DB.prepare(statement).run();
});

/** The settings are in the isolate's memory: the request after this one reads none. */
async function settingsCached() {
  await gql(FixedCostTypenameDocument, {});
}

describe('benchmark operations', () => {
  for (const op of operations) {
    it(`${op.name} sends a fixed number of D1 statements`, async () => {
      await settingsCached();
      const result = await gql(op.query, op.variables, { as: op.as });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.extensions?.d1).toMatchObject(EXPECTED[op.name] ?? {});
      expect(EXPECTED[op.name]).toBeDefined();
      if (op.name.startsWith('admin AI usage report')) {
        // Whole days: summed from the daily rollup (about 30 days x 3 groups), not the
        // 3,000 usage rows of the range; read once, the total summed from the days (a window
        // over them read each again: about 180).
        expect(result.extensions?.d1?.rowsRead).toBeLessThan(130);
      }
    });
  }
});

describe('the fixed cost of a request', () => {
  it('{ __typename } sends no statement once the settings are cached, one before', async () => {
    forgetCachedSettings();
    const first = await gql(FixedCostTypenameDocument, {});
    expect(first.extensions?.d1).toMatchObject({ statements: 1, roundTrips: 1 });
    const cached = await gql(FixedCostTypenameDocument, {});
    expect(cached.data?.__typename).toBe('Query');
    expect(cached.extensions?.d1).toMatchObject({ statements: 0, roundTrips: 0 });
  });

  it("{ viewer } reads the viewer's row once: one round trip, with the settings or without", async () => {
    const userId = await insertUser({ displayName: 'Fixed cost' });
    forgetCachedSettings();
    const stale = await gql(FixedCostViewerDocument, {}, { as: userId });
    expect(stale.data?.viewer).toMatchObject({ displayName: 'Fixed cost' });
    // The account row (with the admin role) and the settings, in one batch.
    expect(stale.extensions?.d1).toMatchObject({ statements: 2, roundTrips: 1 });
    const cached = await gql(FixedCostViewerDocument, {}, { as: userId });
    expect(cached.data?.viewer).toMatchObject({ displayName: 'Fixed cost' });
    expect(cached.extensions?.d1).toMatchObject({ statements: 1, roundTrips: 1 });
  });

  it("an integrator's token lookup, settings and last-use update are all counted", async () => {
    const userId = await insertUser({ displayName: 'Integrator owner' });
    const token = `gwt_${randomToken(40)}`;
    const tokenId = uid('tok');
    await env.DB.prepare(
      `INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix) VALUES (?, ?, 'ci', ?, ?)`,
    )
      .bind(tokenId, userId, await digestApiToken(token), token.slice(0, 8))
      .run();
    forgetCachedSettings();
    // First use: the lookup and the settings share a round trip; recording the last use (at
    // most once a minute) is a statement of this request too.
    const first = await gql(FixedCostViewerDocument, {}, { token });
    expect(first.data?.viewer).toMatchObject({ displayName: 'Integrator owner' });
    expect(first.extensions?.d1).toMatchObject({ statements: 3, roundTrips: 2 });
    const used = await env.DB.prepare('SELECT last_used_at FROM api_tokens WHERE id = ?')
      .bind(tokenId)
      .first<{ last_used_at: string | null }>();
    expect(used?.last_used_at).not.toBeNull();
    // Within the minute, settings cached: the lookup alone, which also primes `viewer`.
    const again = await gql(FixedCostViewerDocument, {}, { token });
    expect(again.data?.viewer).toMatchObject({ displayName: 'Integrator owner' });
    expect(again.extensions?.d1).toMatchObject({ statements: 1, roundTrips: 1 });
  });
});
