import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';

// `viewer` starts the viewer's pages marked `startedWithViewer` (src/schema/started-pages.ts)
// in the tick of the account check: their reads share its round trip, the answers unchanged.
const MEMBERSHIPS = `query ViewerPages($first: Int) {
  viewer {
    displayName
    mine: workspaceMemberships(first: $first) { totalCount edges { node { role workspace { name } } } }
    ... on User { one: workspaceMemberships(first: 1) { edges { node { role } } } }
  }
}`;

interface Memberships {
  totalCount?: number;
  edges: { node: { role: string; workspace?: { name: string } } }[];
}

async function settingsCached() {
  await gql('{ __typename }', {});
}

describe("the viewer's pages start beside the account check", () => {
  it('reads every aliased page with the account, in one round trip, answers unchanged', async () => {
    const viewer = await insertUser({ displayName: 'Early' });
    const other = await insertUser();
    await insertWorkspace(viewer, 'First');
    const second = await insertWorkspace(other, 'Second');
    await addMember(second, viewer, 'member');
    await settingsCached();
    const result = await gql(MEMBERSHIPS, { first: 10 }, { as: viewer });
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      viewer: { displayName: string; mine: Memberships; one: Memberships };
    };
    expect(data.viewer.displayName).toBe('Early');
    expect(data.viewer.mine).toEqual({
      totalCount: 2,
      edges: [
        { node: { role: 'OWNER', workspace: { name: 'First' } } },
        { node: { role: 'MEMBER', workspace: { name: 'Second' } } },
      ],
    });
    expect(data.viewer.one.edges).toEqual([{ node: { role: 'OWNER' } }]);
    // The account check and both pages (their arguments differ: two statements), one batch.
    expect(result.extensions?.d1).toMatchObject({ statements: 3, roundTrips: 1 });
  });

  it('reports bad arguments as the field always did', async () => {
    const viewer = await insertUser();
    const result = await gql(MEMBERSHIPS, { first: -1 }, { as: viewer });
    expect(result.errors?.[0]).toMatchObject({
      path: ['viewer', 'mine'],
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });

  it('answers a suspended viewer 401 with none of the pages it read', async () => {
    const viewer = await insertUser();
    await insertWorkspace(viewer, 'Kept from a suspended account');
    await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?").bind(viewer).run();
    const result = await gql(MEMBERSHIPS, { first: 10 }, { as: viewer });
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain('Kept from a suspended account');
  });
});
