import { env } from 'cloudflare:workers';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JWT_CLOCK_SKEW_SECONDS, verifyUserJwt } from '../../src/auth/jwt';
import { TEST_JWT_SECRET } from '../helpers/secrets';

// A token verified once is answered from the isolate's memory until it expires (src/auth/jwt.ts):
// these tests hold that memory to the rules a full check applies.

const secondsNow = () => Math.floor(Date.now() / 1000);

function tokenFor(sub: string, claims: Record<string, unknown>, secret = TEST_JWT_SECRET) {
  return new SignJWT({ sub, ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .sign(new TextEncoder().encode(secret));
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('verified tokens kept per isolate', () => {
  it('checks the signature of a token once, then answers its subject from memory', async () => {
    const token = await tokenFor('usr_kept', { exp: secondsNow() + 600 });
    const verify = vi.spyOn(crypto.subtle, 'verify');
    expect(await verifyUserJwt(token, env)).toBe('usr_kept');
    expect(verify).toHaveBeenCalledTimes(1);
    expect(await verifyUserJwt(token, env)).toBe('usr_kept');
    expect(await verifyUserJwt(token, env)).toBe('usr_kept');
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('refuses a kept token once it expires, as a full check would', async () => {
    const exp = secondsNow() + 30;
    const token = await tokenFor('usr_expiring', { exp });
    expect(await verifyUserJwt(token, env)).toBe('usr_expiring');
    vi.useFakeTimers({ toFake: ['Date'] });
    // Within the skew past exp: still good. Past it: expired, from memory or not.
    vi.setSystemTime((exp + JWT_CLOCK_SKEW_SECONDS - 1) * 1000);
    expect(await verifyUserJwt(token, env)).toBe('usr_expiring');
    vi.setSystemTime((exp + JWT_CLOCK_SKEW_SECONDS + 2) * 1000);
    await expect(verifyUserJwt(token, env)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  });

  it('verifies a kept token again when the secret, issuers or audiences change', async () => {
    const token = await tokenFor('usr_settings', { exp: secondsNow() + 600, iss: 'issuer-a' });
    expect(await verifyUserJwt(token, env)).toBe('usr_settings');
    await expect(
      verifyUserJwt(token, { ...env, JWT_SECRET: 'another-secret-0123456789abcdef0123456789' }),
    ).rejects.toThrow(/signature is invalid/);
    await expect(verifyUserJwt(token, { ...env, JWT_ISSUER: 'issuer-b' })).rejects.toThrow(
      /\(iss\)/,
    );
    await expect(verifyUserJwt(token, { ...env, JWT_AUDIENCE: 'gateway' })).rejects.toThrow(
      /\(aud\)/,
    );
    // Under the settings it passed with, it is still good.
    expect(await verifyUserJwt(token, env)).toBe('usr_settings');
  });

  it('keeps no refused token: a bad signature is refused every time', async () => {
    const forged = await tokenFor(
      'usr_forged',
      { exp: secondsNow() + 600 },
      'not-the-secret-0123456789abcdef0123456789ab',
    );
    for (let i = 0; i < 2; i++) {
      await expect(verifyUserJwt(forged, env)).rejects.toThrow(/signature is invalid/);
    }
  });
});
