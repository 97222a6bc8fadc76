import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { digestApiToken } from '../../src/auth/api-tokens';
import { randomToken } from '../../src/resolvers/ids';
import {
  ApiTokensCreateDocument,
  ApiTokensCreateWorkspaceDocument,
  ApiTokensListDocument,
  ApiTokensNodeDocument,
  ApiTokensPingDocument,
  ApiTokensRevokeDocument,
  ApiTokensSystemSettingsDocument,
  ApiTokensUserTokenCountDocument,
  ApiTokensViewerDocument,
  type CreateApiTokenInput,
} from '../generated/graphql';
import { codeOf, liftRateLimit, makeAdmin } from '../hardening/helpers';
import { gql, send, variant } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';

/** Creates a token as `userId` (a READ one named "integration" unless `input` says otherwise). */
async function createToken(userId: string, input: Partial<CreateApiTokenInput> = {}) {
  const response = await gql(
    ApiTokensCreateDocument,
    { input: { name: 'integration', scopes: ['READ'], ...input } },
    { as: userId },
  );
  return variant(response.data?.createApiToken, 'CreateApiTokenSuccess').data;
}

const rowOf = (tokenId: string) =>
  env.DB.prepare('SELECT * FROM api_tokens WHERE id = ?')
    .bind(tokenId)
    .first<Record<string, unknown>>();
const rawId = (globalId: string) => atob(globalId).split(':')[1] as string;
const count = async (table: string) =>
  Number((await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())?.n);

beforeAll(liftRateLimit);

describe('creating and listing tokens', () => {
  it('shows the token once and stores only its SHA-256 digest and a short prefix', async () => {
    const userId = await insertUser();
    const created = await createToken(userId, { name: 'CI', scopes: ['WRITE'] });
    expect(created.token).toMatch(/^gwt_[A-Za-z0-9_-]{40}$/);
    expect(created.apiToken).toMatchObject({
      name: 'CI',
      scopes: ['READ', 'WRITE'],
      status: 'ACTIVE',
      tokenPrefix: created.token.slice(0, 10),
    });
    const row = await rowOf(rawId(created.apiToken.id));
    expect(row?.token_hash).toBe(await digestApiToken(created.token));
    expect(row?.scopes).toBe('read,write');
    for (const value of Object.values(row ?? {})) {
      expect(String(value)).not.toContain(created.token.slice(10));
    }
    const list = await gql(ApiTokensListDocument, {}, { as: userId });
    expect(list.data?.viewer?.apiTokens?.totalCount).toBe(1);
    expect(JSON.stringify(list)).not.toContain(created.token);
  });

  it('has no field that could return a token or its digest', async () => {
    // Introspection stays a raw string, by design (see docs/architecture.md, "Tests").
    const response = await gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "ApiToken") { fields { name } } }',
    );
    const names = response.data?.__type.fields.map((field) => field.name) ?? [];
    expect(names).toContain('tokenPrefix');
    expect(names.filter((name) => /^token$|hash/i.test(name))).toEqual([]);
  });

  it('validates the input and caps active tokens per user', async () => {
    const userId = await insertUser();
    const invalid = await gql(
      ApiTokensCreateDocument,
      { input: { name: ' ', scopes: [], expiresAt: '2001-01-01T00:00:00Z' } },
      { as: userId },
    );
    expect(invalid.data?.createApiToken).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
    });
    const statements = Array.from({ length: 50 }, () =>
      env.DB.prepare(
        "INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix) VALUES (?, ?, 'old', ?, 'gwt_x')",
      ).bind(uid('tok'), userId, uid('hash')),
    );
    await env.DB.batch(statements);
    const before = await count('api_tokens');
    const capped = await gql(
      ApiTokensCreateDocument,
      { input: { name: 'one too many', scopes: ['READ'] } },
      { as: userId },
    );
    expect(variant(capped.data?.createApiToken, 'ConflictError').message).toContain(
      '50 active API tokens',
    );
    expect(await count('api_tokens')).toBe(before);
  });

  it('shows a user only their own tokens', async () => {
    const owner = await insertUser();
    const other = await insertUser();
    const created = await createToken(owner);
    const ownerGlobalId = btoa(`User:${owner}`);
    const response = await gql(
      ApiTokensUserTokenCountDocument,
      { id: ownerGlobalId },
      { as: other },
    );
    expect(response.data?.node?.apiTokens?.totalCount).toBe(0);
    const byId = await gql(ApiTokensNodeDocument, { id: created.apiToken.id }, { as: other });
    expect(byId.data?.node).toBeNull();
  });
});

describe('authenticating with a token', () => {
  it('makes the owner the viewer, as an integrator', async () => {
    const userId = await insertUser();
    const { token } = await createToken(userId);
    const response = await gql(ApiTokensViewerDocument, {}, { token });
    expect(response.status).toBe(200);
    expect(response.data?.viewer?.id).toBe(btoa(`User:${userId}`));
  });

  it('lets a READ token query but not mutate; a WRITE token may', async () => {
    const userId = await insertUser();
    const read = await createToken(userId, { scopes: ['READ'] });
    const write = await createToken(userId, { scopes: ['WRITE'] });
    const byToken = { input: { name: 'By token' } };
    const before = await count('workspaces');
    const refused = await gql(ApiTokensCreateWorkspaceDocument, byToken, { token: read.token });
    const refusal = refused.data?.createWorkspace ?? refused.errors?.[0]?.extensions;
    expect(refusal).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count('workspaces')).toBe(before);
    const allowed = await gql(ApiTokensCreateWorkspaceDocument, byToken, {
      token: write.token,
    });
    expect(allowed.data?.createWorkspace.__typename).toBe('CreateWorkspaceSuccess');
    expect(await count('workspaces')).toBe(before + 1);
  });

  it('never lets a token manage tokens, even a WRITE one', async () => {
    const userId = await insertUser();
    const write = await createToken(userId, { scopes: ['WRITE'] });
    const before = await count('api_tokens');
    const create = await gql(
      ApiTokensCreateDocument,
      { input: { name: 'escalate', scopes: ['WRITE'] } },
      { token: write.token },
    );
    expect(create.data?.createApiToken ?? create.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const revoke = await gql(
      ApiTokensRevokeDocument,
      { id: write.apiToken.id },
      { token: write.token },
    );
    expect(revoke.data?.revokeApiToken ?? revoke.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const list = await gql(ApiTokensListDocument, {}, { token: write.token });
    expect(list.data?.viewer).toEqual({ apiTokens: null });
    expect(codeOf(list)).toBe('FORBIDDEN');
    expect(await count('api_tokens')).toBe(before);
    expect((await rowOf(rawId(write.apiToken.id)))?.revoked_at).toBeNull();
  });

  it('gives no admin powers to the token of an admin', async () => {
    const adminId = await insertUser();
    await makeAdmin(adminId, 'owner');
    const { token } = await createToken(adminId);
    const asAdmin = await gql(ApiTokensSystemSettingsDocument, {}, { as: adminId });
    expect(asAdmin.errors).toBeUndefined();
    const asToken = await gql(ApiTokensSystemSettingsDocument, {}, { token });
    expect(codeOf(asToken)).toBe('FORBIDDEN');
  });

  it('refuses unknown, malformed, expired and revoked tokens with a 401', async () => {
    const userId = await insertUser();
    const unknown = await gql(ApiTokensViewerDocument, {}, { token: `gwt_${randomToken(40)}` });
    expect(unknown.status).toBe(401);
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    const malformed = await gql(ApiTokensViewerDocument, {}, { token: 'gwt_short' });
    expect(malformed.status).toBe(401);

    const expiredToken = `gwt_${randomToken(40)}`;
    await env.DB.prepare(
      "INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix, expires_at) VALUES (?, ?, 'old', ?, 'gwt_', '2020-01-01T00:00:00.000Z')",
    )
      .bind(uid('tok'), userId, await digestApiToken(expiredToken))
      .run();
    const expired = await gql(ApiTokensViewerDocument, {}, { token: expiredToken });
    expect(expired.status).toBe(401);
    expect(codeOf(expired)).toBe('TOKEN_EXPIRED');

    const created = await createToken(userId);
    expect((await gql(ApiTokensViewerDocument, {}, { token: created.token })).status).toBe(200);
    const revoked = await gql(ApiTokensRevokeDocument, { id: created.apiToken.id }, { as: userId });
    expect(revoked.data?.revokeApiToken).toMatchObject({
      __typename: 'RevokeApiTokenSuccess',
      data: { status: 'REVOKED' },
    });
    const after = await gql(ApiTokensViewerDocument, {}, { token: created.token });
    expect(after.status).toBe(401);
    expect(codeOf(after)).toBe('TOKEN_REVOKED');
    expect(after.headers.get('WWW-Authenticate')).toContain('invalid_token');
    // Revoking again returns the token as it is; revoked tokens are listed only when asked.
    const again = await gql(ApiTokensRevokeDocument, { id: created.apiToken.id }, { as: userId });
    expect(again.data?.revokeApiToken.__typename).toBe('RevokeApiTokenSuccess');
    const listed = await gql(ApiTokensListDocument, { includeRevoked: true }, { as: userId });
    const unlisted = await gql(
      ApiTokensListDocument,
      {},
      {
        as: userId,
      },
    );
    expect(
      (listed.data?.viewer?.apiTokens?.totalCount ?? 0) -
        (unlisted.data?.viewer?.apiTokens?.totalCount ?? 0),
    ).toBe(1);
  });

  it("refuses tokens of inactive accounts, and revoking someone else's token", async () => {
    const userId = await insertUser();
    const created = await createToken(userId);
    await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?").bind(userId).run();
    const refused = await gql(ApiTokensViewerDocument, {}, { token: created.token });
    expect(refused.status).toBe(401);
    const stranger = await insertUser();
    const revoke = await gql(
      ApiTokensRevokeDocument,
      { id: created.apiToken.id },
      { as: stranger },
    );
    expect(revoke.data?.revokeApiToken.__typename).toBe('NotFoundError');
    expect((await rowOf(rawId(created.apiToken.id)))?.revoked_at).toBeNull();
  });

  it('records the last use after the response, at most once a minute', async () => {
    const userId = await insertUser();
    const created = await createToken(userId);
    const id = rawId(created.apiToken.id);
    expect((await rowOf(id))?.last_used_at).toBeNull();
    await send('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${created.token}` },
      body: JSON.stringify({ query: ApiTokensPingDocument.toString() }),
    });
    const first = await waitFor(async () => (await rowOf(id))?.last_used_at as string | null);
    expect(first).toMatch(/^\d{4}-\d\d-\d\dT/);
    await gql(ApiTokensPingDocument, {}, { token: created.token });
    await gql(ApiTokensPingDocument, {}, { token: created.token });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await rowOf(id))?.last_used_at).toBe(first);
    // A minute later (simulated), the next use is recorded again.
    await env.DB.prepare(
      "UPDATE api_tokens SET last_used_at = '2020-01-01T00:00:00.000Z' WHERE id = ?",
    )
      .bind(id)
      .run();
    await gql(ApiTokensPingDocument, {}, { token: created.token });
    const later = await waitFor(async () => {
      const value = (await rowOf(id))?.last_used_at as string | null;
      return value && value !== '2020-01-01T00:00:00.000Z' ? value : null;
    });
    expect(later > (first as string)).toBe(true);
  });
});

async function waitFor<T>(read: () => Promise<T | null | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const value = await read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('timed out waiting for a value');
}
