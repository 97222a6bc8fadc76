import { describe, expect, it } from 'vitest';
import { askCounter } from '../../src/rate-limit/counter';
import { admitLeased } from '../../src/rate-limit/leases';

// A counter object that does not answer must not hold requests behind it (src/rate-limit/
// counter.ts): past COUNTER_TIMEOUT_MS the request goes through, as when it cannot be reached.
describe('a counter that does not answer', () => {
  it('gives no answer after the timeout instead of waiting for ever', async () => {
    expect(await askCounter(() => new Promise<never>(() => undefined), 'req-1', 'test')).toBeNull();
  });

  it('passes on an answer that comes in time, and a failure as no answer', async () => {
    expect(await askCounter(async () => 7, 'req-2', 'test')).toBe(7);
    expect(
      await askCounter(() => Promise.reject(new Error('object reset')), 'req-3', 'test'),
    ).toBeNull();
  });

  it('lets a request through when the rate limiter hangs', async () => {
    const hanging = {
      idFromName: (name: string) => name,
      get: () => ({ lease: () => new Promise<never>(() => undefined) }),
    };
    const env = { RATE_LIMITER: hanging } as unknown as Env;
    expect(await admitLeased(env, `user:hang-${crypto.randomUUID()}`, 100, 'req-4')).toBeNull();
  });
});
