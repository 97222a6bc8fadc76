import { afterEach, describe, expect, it, vi } from 'vitest';
import { digestApiToken, presentedTokenDigest } from '../../src/auth/api-tokens';
import { randomToken } from '../../src/resolvers/ids';

// A presented API token's digest is kept per isolate (src/auth/api-tokens.ts); the token is still
// looked up by it on every request: test/api-tokens/api-tokens.test.ts refuses a token revoked
// after it was used, its digest kept.

afterEach(() => {
  vi.restoreAllMocks();
});

describe('digests of presented API tokens kept per isolate', () => {
  it('hashes a token once, then answers its digest from memory', async () => {
    const token = `gwt_${randomToken(40)}`;
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const first = await presentedTokenDigest(token);
    expect(digest).toHaveBeenCalledTimes(1);
    expect(await presentedTokenDigest(token)).toBe(first);
    expect(await presentedTokenDigest(token)).toBe(first);
    expect(digest).toHaveBeenCalledTimes(1);
    // The same digest the token was stored under.
    expect(first).toBe(await digestApiToken(token));
  });

  it('keeps each token its own digest', async () => {
    const a = `gwt_${randomToken(40)}`;
    const b = `gwt_${randomToken(40)}`;
    const [da, db] = [await presentedTokenDigest(a), await presentedTokenDigest(b)];
    expect(da).not.toBe(db);
    expect(await presentedTokenDigest(a)).toBe(da);
    expect(await presentedTokenDigest(b)).toBe(db);
    expect(da).toMatch(/^[0-9a-f]{64}$/);
  });
});
