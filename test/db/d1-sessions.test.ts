import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { SessionCreateWorkspaceDocument, SessionWorkspaceDocument } from '../generated/graphql';
import { gql, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';

// D1 Sessions API: each request reads through a session; a mutation answers with the session's
// bookmark, and a read that sends it back sees the write (locally there is no replica: these
// tests pin the plumbing a replica would rely on).
const BOOKMARK = /^[0-9a-f]+(-[0-9a-f]+)*$/;

describe('D1 sessions and bookmarks', () => {
  it('returns the bookmark after a write; a read that sends it sees the write', async () => {
    const userId = await insertUser();
    const created = await gql(
      SessionCreateWorkspaceDocument,
      { input: { name: 'Bookmarked squad' } },
      { as: userId },
    );
    const workspace = variant(created.data?.createWorkspace, 'CreateWorkspaceSuccess').data;
    const bookmark = created.headers.get('x-d1-bookmark');
    expect(bookmark).toMatch(BOOKMARK);
    expect(created.extensions?.d1Bookmark).toBe(bookmark);

    const read = await gql(
      SessionWorkspaceDocument,
      { id: workspace.id },
      { as: userId, headers: { 'x-d1-bookmark': bookmark ?? '' } },
    );
    expect(read.status).toBe(200);
    expect(read.data?.node).toMatchObject({ __typename: 'Workspace', name: 'Bookmarked squad' });
    // Queries write nothing: no bookmark to carry.
    expect(read.headers.get('x-d1-bookmark')).toBeNull();
    expect(read.extensions?.d1Bookmark).toBeUndefined();
  });

  it('refuses a malformed bookmark with a 400 before anything runs', async () => {
    const userId = await insertUser();
    const before = await env.DB.prepare('SELECT count(*) AS n FROM workspaces').first<{
      n: number;
    }>();
    const refused = await gql(
      SessionCreateWorkspaceDocument,
      { input: { name: 'Never made' } },
      { as: userId, headers: { 'x-d1-bookmark': 'not a bookmark; DROP TABLE' } },
    );
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_BOOKMARK');
    const after = await env.DB.prepare('SELECT count(*) AS n FROM workspaces').first<{
      n: number;
    }>();
    expect(after?.n).toBe(before?.n);
  });
});
