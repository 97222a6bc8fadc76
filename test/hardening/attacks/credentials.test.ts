import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomToken } from '../../../src/resolvers/ids';
import { send, tokenFor } from '../../helpers/client';
import { TEST_JWT_SECRET } from '../../helpers/secrets';
import { sendWith } from '../helpers';
import {
  attack,
  CREATE_WORKSPACE,
  cast,
  json,
  ownAddress,
  post,
  reportAttacks,
  setUpAttacks,
} from './harness';

// Credential attacks: forged and expired JWTs, revoked, guessed and under-scoped API tokens, trusted
// documents in production, and guessing from one address.

beforeAll(setUpAttacks, 30_000);
afterAll(() => reportAttacks('credentials'));

describe('credential attacks', () => {
  it('forged, expired and wrongly signed JWTs', async () => {
    const now = Math.floor(Date.now() / 1000);
    const sign = (alg: string, secret: string, claims: Record<string, unknown> = {}) =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg })
        .setSubject(cast.attacker)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(secret));
    const unsigned = new UnsecuredJWT({})
      .setSubject(cast.attacker)
      .setExpirationTime('1h')
      .encode();
    const valid = await tokenFor(cast.attacker);
    const [header, payload] = valid.split('.') as [string, string];
    const adminPayload = btoa(JSON.stringify({ sub: 'usr_demo_admin', exp: now + 3600 }))
      .replaceAll('=', '')
      .replaceAll('+', '-')
      .replaceAll('/', '_');
    const cases: [string, string, string[]][] = [
      ['alg none', unsigned, ['UNAUTHENTICATED']],
      ['alg none with a signature', `${unsigned}${'A'.repeat(43)}`, ['UNAUTHENTICATED']],
      ['HS512 with the right secret', await sign('HS512', TEST_JWT_SECRET), ['UNAUTHENTICATED']],
      [
        'HS256 with a wrong secret',
        await sign('HS256', 'not-the-secret-0123456789abcdef0123456789'),
        ['UNAUTHENTICATED'],
      ],
      ['HS256 with an empty-ish secret', await sign('HS256', 'x'), ['UNAUTHENTICATED']],
      ['expired', await tokenFor(cast.attacker, '-1h'), ['TOKEN_EXPIRED']],
      [
        'not yet valid',
        await sign('HS256', TEST_JWT_SECRET, { nbf: now + 3600 }),
        ['UNAUTHENTICATED'],
      ],
      [
        'payload swapped for an admin',
        `${header}.${adminPayload}.${valid.split('.')[2]}`,
        ['UNAUTHENTICATED'],
      ],
      ['signature stripped', `${header}.${payload}.`, ['UNAUTHENTICATED']],
      [
        'RS256 header',
        `${btoa('{"alg":"RS256","typ":"JWT"}').replaceAll('=', '')}.${payload}.${'A'.repeat(342)}`,
        ['UNAUTHENTICATED'],
      ],
      ['garbage', 'not.a.jwt', ['UNAUTHENTICATED']],
      ['SQL in the token', "' OR 1=1 --", ['UNAUTHENTICATED']],
    ];
    for (const [name, token, codes] of cases) {
      await attack({
        category: 'forged JWTs',
        name,
        send: () => post(CREATE_WORKSPACE, { Authorization: `Bearer ${token}`, ...ownAddress() }),
        codes,
        statuses: [401],
      });
    }
    for (const [name, value] of [
      ['Basic scheme', `Basic ${btoa('admin:admin')}`],
      ['two tokens', `Bearer ${valid} ${valid}`],
      ['8 KB header', `Bearer ${'a'.repeat(8192)}`],
    ] as const) {
      await attack({
        category: 'forged JWTs',
        name,
        send: () => post(CREATE_WORKSPACE, { Authorization: value, ...ownAddress() }),
        codes: ['UNAUTHENTICATED'],
        statuses: [401],
      });
    }
  });

  it('revoked, expired, guessed and under-scoped API tokens', async () => {
    const tampered = `${cast.writeToken.slice(0, -1)}${cast.writeToken.endsWith('A') ? 'B' : 'A'}`;
    const cases: [string, string, string[], number][] = [
      ['revoked token', cast.revokedToken, ['TOKEN_REVOKED'], 401],
      ['expired token', cast.expiredToken, ['TOKEN_EXPIRED'], 401],
      ['one character changed', tampered, ['UNAUTHENTICATED'], 401],
      ['guessed token', `gwt_${randomToken(40)}`, ['UNAUTHENTICATED'], 401],
      ['token too short', 'gwt_abc', ['UNAUTHENTICATED'], 401],
      ['SQL after the prefix', "gwt_' OR '1'='1", ['UNAUTHENTICATED'], 401],
      ['READ token running a mutation', cast.readToken, ['FORBIDDEN'], 200],
    ];
    for (const [name, token, codes, status] of cases) {
      await attack({
        category: 'API tokens',
        name,
        send: () =>
          post(CREATE_WORKSPACE.replace('__typename', '__typename ... on Error { code }'), {
            Authorization: `Bearer ${token}`,
            ...ownAddress(),
          }),
        codes,
        statuses: [status],
      });
    }
    await attack({
      category: 'API tokens',
      name: 'WRITE token minting more tokens',
      send: () =>
        post(
          'mutation { createApiToken(input: { name: "escalate", scopes: [WRITE] }) { __typename ... on Error { code } } }',
          { Authorization: `Bearer ${cast.writeToken}` },
        ),
      codes: ['FORBIDDEN'],
    });
    await attack({
      category: 'API tokens',
      name: 'token of a user granting itself admin',
      send: () =>
        post(
          `mutation { grantAdminRole(input: { userId: "${btoa(`User:${cast.attacker}`)}", role: OWNER }) { __typename ... on Error { code } } }`,
          { Authorization: `Bearer ${cast.writeToken}` },
        ),
      codes: ['FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED'],
    });
  });

  it('trusted documents and introspection in production', async () => {
    const production = { ENVIRONMENT: 'production', TRUSTED_DOCUMENTS_ONLY: 'true' };
    const cases: [string, Record<string, unknown>, Record<string, string>, string[]][] = [
      [
        'arbitrary mutation from a user',
        { query: CREATE_WORKSPACE },
        cast.asAttacker,
        ['PERSISTED_QUERY_REQUIRED'],
      ],
      [
        'unknown hash',
        { documentId: 'f'.repeat(64) },
        cast.asAttacker,
        ['PERSISTED_QUERY_NOT_FOUND'],
      ],
      [
        'path in documentId',
        { documentId: '../../wrangler.toml' },
        cast.asAttacker,
        ['PERSISTED_QUERY_NOT_FOUND'],
      ],
      [
        '__proto__ as documentId',
        { documentId: '__proto__' },
        cast.asAttacker,
        ['PERSISTED_QUERY_NOT_FOUND'],
      ],
      [
        'hash of a document plus a different query',
        {
          query: CREATE_WORKSPACE,
          extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
        },
        cast.asAttacker,
        ['PERSISTED_QUERY_NOT_FOUND'],
      ],
      [
        'introspection by a user',
        { query: '{ __schema { types { name } } }' },
        cast.asAttacker,
        ['INTROSPECTION_DISABLED'],
      ],
    ];
    for (const [name, body, headers, codes] of cases) {
      const vars = name.startsWith('introspection') ? { ENVIRONMENT: 'production' } : production;
      await attack({
        category: 'trusted documents',
        name,
        send: () => sendWith(vars, '/graphql', json(body, headers)),
        codes,
      });
    }
  });

  it('guessing invite tokens from one address', async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    let last: Response | null = null;
    for (let i = 0; i < 61 && last?.status !== 429; i += 1) {
      last = await send(`/i/${randomToken(32)}`, { headers: { 'CF-Connecting-IP': ip } });
      expect(last.status).toBeLessThan(500);
      if (last.status !== 429) await last.body?.cancel();
    }
    const final = last as Response;
    await attack({
      category: 'invite token guessing',
      name: '61 guesses from one address',
      send: async () => final,
      codes: ['RATE_LIMITED'],
      statuses: [429],
    });
  });

  it('guessing API tokens and forging JWTs from one address', async () => {
    for (const [name, guess] of [
      ['41 guessed API tokens', () => `gwt_${randomToken(40)}`],
      ['41 forged JWTs', () => `${randomToken(36)}.${randomToken(60)}.${randomToken(43)}`],
    ] as const) {
      const address = ownAddress();
      let last: Response | null = null;
      // Twice the budget plus one: a minute boundary inside the loop cannot hide the limit.
      for (let i = 0; i < 41 && last?.status !== 429; i += 1) {
        last = await post('{ viewer { id } }', { Authorization: `Bearer ${guess()}`, ...address });
        expect(last.status).toBeLessThan(500);
        if (last.status !== 429) await last.body?.cancel();
      }
      const final = last as Response;
      await attack({
        category: 'credential guessing',
        name,
        send: async () => final,
        codes: ['TOO_MANY_FAILED_AUTHENTICATIONS'],
        statuses: [429],
      });
    }
  });
});
