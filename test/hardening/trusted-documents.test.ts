import { parse, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../client/generated/persisted-documents.json';
import { digestApiToken } from '../../src/auth/api-tokens';
import { schema } from '../../src/schema';
import { gql, send, tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { codeOf, gqlWith, liftRateLimit, makeAdmin } from './helpers';

const documents = manifest as Record<string, string>;
/** The manifest's ViewerRateLimit document and its hash. */
const [rateLimitKey, rateLimitText] = Object.entries(documents).find(([, text]) =>
  text.startsWith('query ViewerRateLimit'),
) as [string, string];
// codegen writes keys as `sha256:<hex>`; clients may send either form.
const rateLimitId = rateLimitKey.replace(/^sha256:/, '');
const TRUSTED_ONLY = { ENVIRONMENT: 'production', TRUSTED_DOCUMENTS_ONLY: 'true' };
const ARBITRARY = { query: '{ viewer { id } }' };

let userId: string;
let adminId: string;
let integratorToken: string;

beforeAll(async () => {
  await liftRateLimit();
  userId = await insertUser();
  adminId = await insertUser();
  await makeAdmin(adminId, 'support');
  const created = await gql<{ createApiToken: { data: { token: string } } }>(
    'mutation { createApiToken(input: { name: "docs", scopes: [READ] }) { ... on CreateApiTokenSuccess { data { token } } } }',
    {},
    { as: userId },
  );
  integratorToken = created.data?.createApiToken.data.token as string;
});

describe('the manifest', () => {
  it('keys each document by the SHA-256 of its text, and every document is valid', async () => {
    expect(Object.keys(documents).length).toBeGreaterThan(0);
    for (const [id, text] of Object.entries(documents)) {
      // digestApiToken is a plain SHA-256 hex digest.
      expect(id.replace(/^sha256:/, '')).toBe(await digestApiToken(text));
      expect(validate(schema, parse(text))).toEqual([]);
    }
  });
});

describe('persisted documents by hash', () => {
  it('runs a document named by documentId, with or without the sha256: prefix', async () => {
    for (const documentId of [rateLimitId, `sha256:${rateLimitId}`]) {
      const byId = await gqlWith({}, { documentId }, { token: await tokenFor(userId) });
      expect(byId.errors).toBeUndefined();
      expect(byId.data).toHaveProperty('rateLimit.cost.requested');
    }
  });

  it("runs a document named by Apollo's persistedQuery extension, and by GET", async () => {
    const response = await gqlWith(
      {},
      { extensions: { persistedQuery: { version: 1, sha256Hash: rateLimitId } } },
      { token: await tokenFor(userId) },
    );
    expect(response.errors).toBeUndefined();
    const get = await send(`/graphql?documentId=${rateLimitId}`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toHaveProperty('data.rateLimit.cost.limit');
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    for (const documentId of ['0'.repeat(64), 'not-a-hash', 42]) {
      const response = await gqlWith({}, { documentId, query: '{ __typename }' });
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });
});

describe('who may send operations outside the manifest', () => {
  it('lets everyone in development and tests', async () => {
    expect((await gql(ARBITRARY.query, {}, { as: userId })).errors).toBeUndefined();
  });

  it('refuses users and anonymous callers with TRUSTED_DOCUMENTS_ONLY, but not their trusted documents', async () => {
    const user = await gqlWith(TRUSTED_ONLY, ARBITRARY, { token: await tokenFor(userId) });
    expect(user.status).toBe(403);
    expect(codeOf(user)).toBe('PERSISTED_QUERY_REQUIRED');
    const anonymous = await gqlWith(TRUSTED_ONLY, { query: '{ __typename }' });
    expect(codeOf(anonymous)).toBe('PERSISTED_QUERY_REQUIRED');
    const byHash = await gqlWith(
      TRUSTED_ONLY,
      { documentId: rateLimitId },
      {
        token: await tokenFor(userId),
      },
    );
    expect(byHash.errors).toBeUndefined();
    const byText = await gqlWith(
      TRUSTED_ONLY,
      { query: rateLimitText },
      {
        token: await tokenFor(userId),
      },
    );
    expect(byText.errors).toBeUndefined();
  });

  it('is manifest-only outside development when the var is missing', async () => {
    const response = await gqlWith(
      { ENVIRONMENT: 'production', TRUSTED_DOCUMENTS_ONLY: undefined },
      ARBITRARY,
      { token: await tokenFor(userId) },
    );
    expect(codeOf(response)).toBe('PERSISTED_QUERY_REQUIRED');
  });

  it('always lets admins send any operation', async () => {
    const response = await gqlWith(TRUSTED_ONLY, ARBITRARY, { token: await tokenFor(adminId) });
    expect(response.errors).toBeUndefined();
  });

  it('lets integrators send their own operations unless configured otherwise', async () => {
    const allowed = await gqlWith(TRUSTED_ONLY, ARBITRARY, { token: integratorToken });
    expect(allowed.errors).toBeUndefined();
    const closed = { ...TRUSTED_ONLY, INTEGRATORS_ALLOW_ARBITRARY_OPERATIONS: 'false' };
    const refused = await gqlWith(closed, ARBITRARY, { token: integratorToken });
    expect(codeOf(refused)).toBe('PERSISTED_QUERY_REQUIRED');
    const byHash = await gqlWith(closed, { documentId: rateLimitId }, { token: integratorToken });
    expect(byHash.errors).toBeUndefined();
  });
});
