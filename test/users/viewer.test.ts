import { describe, expect, it } from 'vitest';
import {
  NodeSeenDocument,
  UsersViewerDocument,
  UsersWorkspaceMembershipsDocument,
  UsersWorkspaceOwnerEmailDocument,
} from '../generated/graphql';
import { gql, tokenFor, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';

describe('viewer', () => {
  it('answers the signed-in user with their own email', async () => {
    const userId = await insertUser({ displayName: 'Ada', email: 'ada@example.test' });
    const result = await gql(UsersViewerDocument, {}, { as: userId });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data?.viewer?.displayName).toBe('Ada');
    expect(result.data?.viewer?.email).toBe('ada@example.test');
    expect(atob(result.data?.viewer?.id ?? '')).toBe(`User:${userId}`);
  });

  it('is null for anonymous requests', async () => {
    const result = await gql(UsersViewerDocument, {});
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ viewer: null });
  });

  it('rejects an expired token with a 401 and a clear message', async () => {
    const userId = await insertUser();
    // Well past the 60 s of clock skew the gateway allows.
    const token = await tokenFor(userId, '-5m');
    const result = await gql(UsersViewerDocument, {}, { token });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.message).toMatch(/expired/);
    expect(result.errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED');
  });

  it('rejects a token signed with another secret', async () => {
    const userId = await insertUser();
    const token = await tokenFor(userId, '1h', 'not-the-gateway-secret-at-all-0000000000');
    const result = await gql(UsersViewerDocument, {}, { token });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.message).toMatch(/signature/);
  });

  it('rejects a malformed Authorization header', async () => {
    const result = await gql(UsersViewerDocument, {}, { headers: { Authorization: 'Basic abc' } });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.message).toMatch(/Bearer/);
  });

  it("hides another user's email", async () => {
    const me = await insertUser();
    const other = await insertUser();
    const workspaceId = await insertWorkspace(other);
    await addMember(workspaceId, me);
    const result = await gql(
      UsersWorkspaceOwnerEmailDocument,
      { id: btoa(`Workspace:${workspaceId}`) },
      { as: me },
    );
    expect(variant(result.data?.node, 'Workspace').owner.email).toBeNull();
  });
});

describe('workspace memberships', () => {
  it('are hidden from users outside the workspace, even when they belong to another', async () => {
    const owner = await insertUser();
    const outsider = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await insertWorkspace(outsider);
    const memberships = await gql(
      UsersWorkspaceMembershipsDocument,
      { id: btoa(`User:${owner}`) },
      { as: outsider },
    );
    expect(variant(memberships.data?.node, 'User').workspaceMemberships.totalCount).toBe(0);
    const members = await gql(
      NodeSeenDocument,
      { id: btoa(`Workspace:${workspaceId}`) },
      { as: outsider },
    );
    expect(members.data?.node).toBeNull();
  });
});

describe('accounts behind valid tokens', () => {
  it('refuses a suspended account with a 401, and a token for no account', async () => {
    const { env } = await import('cloudflare:workers');
    const userId = await insertUser();
    await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?").bind(userId).run();
    const suspended = await gql(UsersViewerDocument, {}, { as: userId });
    expect(suspended.status).toBe(401);
    expect(suspended.errors?.[0]?.message).toMatch(/suspended/);
    const ghost = await gql(UsersViewerDocument, {}, { as: 'usr_does_not_exist' });
    expect(ghost.status).toBe(401);
    expect(ghost.errors?.[0]?.message).toMatch(/no existing account/);
  });
});
