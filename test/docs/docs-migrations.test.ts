import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import architecture from '../../docs/architecture.md?raw';

describe('docs/architecture.md', () => {
  it('lists every migration file of db/migrations', () => {
    const names = env.TEST_MIGRATIONS.map((m) => m.name);
    expect(names.length).toBeGreaterThan(20);
    const missing = names.filter((name) => !architecture.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
