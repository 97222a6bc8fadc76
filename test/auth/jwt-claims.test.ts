import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { gqlWith, liftRateLimit } from '../hardening/helpers';
import { gql } from '../helpers/client';
import { TEST_JWT_SECRET } from '../helpers/secrets';
import { insertUser } from '../helpers/seed';

let userId: string;
const VIEWER = '{ viewer { id } }';

beforeAll(async () => {
  await liftRateLimit();
  userId = await insertUser();
});

/** Seconds since the epoch, as JWT claims count them. */
const now = () => Math.floor(Date.now() / 1000);

/** A JWT for `userId` signed with the gateway's secret, with exactly the claims given. */
function jwt(claims: Record<string, unknown>) {
  return new SignJWT({ sub: userId, ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

/**
 * Each failing request comes from its own address: the failed-authentication limit counts per
 * address, and these tests are about the claims, not about that limit.
 */
let nextAddress = 0;
function freshAddress() {
  nextAddress += 1;
  return { 'CF-Connecting-IP': `198.18.${Math.floor(nextAddress / 250)}.${nextAddress % 250}` };
}

async function viewerWith(claims: Record<string, unknown>) {
  return gql(VIEWER, {}, { token: await jwt(claims), headers: freshAddress() });
}

describe('exp is required', () => {
  it('refuses a token without exp with 401 UNAUTHENTICATED and says why', async () => {
    const result = await viewerWith({ iat: now() });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toBe('The token has no exp claim; tokens must expire.');
    expect(result.headers.get('WWW-Authenticate')).toContain('invalid_token');
  });

  it('refuses an exp that is not a number', async () => {
    const result = await viewerWith({ exp: 'tomorrow' });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(/exp/);
  });

  it('accepts a token with exp in the future', async () => {
    const result = await viewerWith({ exp: now() + 600 });
    expect(result.status).toBe(200);
    expect(result.data?.viewer).toEqual({ id: btoa(`User:${userId}`) });
  });
});

describe('clock skew of 60 seconds', () => {
  it('accepts a token that expired less than 60 s ago', async () => {
    const result = await viewerWith({ exp: now() - 30 });
    expect(result.status).toBe(200);
    expect(result.data?.viewer).toBeTruthy();
  });

  it('refuses a token that expired more than 60 s ago with TOKEN_EXPIRED', async () => {
    const result = await viewerWith({ exp: now() - 120 });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED');
  });

  it('accepts nbf and iat up to 60 s in the future, and refuses them further ahead', async () => {
    const soon = await viewerWith({ exp: now() + 600, nbf: now() + 30, iat: now() + 30 });
    expect(soon.status).toBe(200);

    const notYet = await viewerWith({ exp: now() + 600, nbf: now() + 300 });
    expect(notYet.status).toBe(401);
    expect(notYet.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(notYet.errors?.[0]?.message).toMatch(/not valid yet/);

    const issuedLater = await viewerWith({ exp: now() + 600, iat: now() + 300 });
    expect(issuedLater.status).toBe(401);
    expect(issuedLater.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(issuedLater.errors?.[0]?.message).toMatch(/issued in the future/);
  });
});

describe('iss and aud, when configured', () => {
  const CONFIGURED = { JWT_ISSUER: 'https://auth.example.test', JWT_AUDIENCE: 'gateway' };

  async function viewerWithVars(vars: Record<string, string>, claims: Record<string, unknown>) {
    return gqlWith(
      vars,
      { query: VIEWER },
      { token: await jwt({ exp: now() + 600, ...claims }), headers: freshAddress() },
    );
  }

  it('accepts a token whose iss and aud match', async () => {
    const result = await viewerWithVars(CONFIGURED, {
      iss: 'https://auth.example.test',
      aud: 'gateway',
    });
    expect(result.status).toBe(200);
    expect(result.data?.viewer).toBeTruthy();
    // aud may be a list that names the gateway among others.
    const listed = await viewerWithVars(CONFIGURED, {
      iss: 'https://auth.example.test',
      aud: ['billing', 'gateway'],
    });
    expect(listed.status).toBe(200);
  });

  it('refuses a wrong or missing iss', async () => {
    for (const iss of ['https://evil.example.test', undefined]) {
      const result = await viewerWithVars(CONFIGURED, { iss, aud: 'gateway' });
      expect(result.status, `iss ${iss}`).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toMatch(/\(iss\)/);
    }
  });

  it('refuses a wrong or missing aud', async () => {
    for (const aud of ['billing', ['billing', 'reports'], undefined]) {
      const result = await viewerWithVars(CONFIGURED, { iss: 'https://auth.example.test', aud });
      expect(result.status, `aud ${JSON.stringify(aud)}`).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toMatch(/\(aud\)/);
    }
  });

  it('accepts any of several comma-separated issuers or audiences', async () => {
    const several = { JWT_ISSUER: 'https://old.example.test, https://new.example.test' };
    const result = await viewerWithVars(several, { iss: 'https://new.example.test' });
    expect(result.status).toBe(200);
  });

  it('checks neither when the vars are empty (the default)', async () => {
    const result = await viewerWithVars(
      { JWT_ISSUER: '', JWT_AUDIENCE: '' },
      { iss: 'anyone', aud: 'anything' },
    );
    expect(result.status).toBe(200);
    expect(result.data?.viewer).toBeTruthy();
  });
});
