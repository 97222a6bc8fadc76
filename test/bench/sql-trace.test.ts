import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { emptyStats, traceSqlFor } from '../../src/db/d1-stats';
import { gql } from '../helpers/client';
import { insertUser } from '../helpers/seed';

const VIEWER = `{ viewer { displayName workspaceMemberships(first: 5) { totalCount } } }`;
const asked = (value: string) =>
  new Request('http://gateway.test/graphql', { headers: { 'x-debug-sql': value } });

describe('x-debug-sql', () => {
  it('adds the SQL and parameters of every statement to extensions.d1', async () => {
    const userId = await insertUser();
    const result = await gql(VIEWER, {}, { as: userId, headers: { 'x-debug-sql': '1' } });
    expect(result.errors).toBeUndefined();
    const d1 = result.extensions?.d1 as NonNullable<typeof result.extensions>['d1'] & {
      sql: string[];
      params: unknown[][];
    };
    expect(d1.sql).toHaveLength(d1.statements);
    expect(d1.params).toHaveLength(d1.statements);
    const usersRead = d1.sql.findIndex((text) => /from "users"/.test(text));
    expect(usersRead).toBeGreaterThanOrEqual(0);
    expect(d1.params[usersRead]).toContain(userId);
  });

  it('leaves them out without the header', async () => {
    const userId = await insertUser();
    const result = await gql(VIEWER, {}, { as: userId });
    expect(result.extensions?.d1?.statements).toBeGreaterThan(0);
    expect(result.extensions?.d1).not.toHaveProperty('sql');
    expect(result.extensions?.d1).not.toHaveProperty('params');
  });

  it('records only in development and tests, and only for the value 1', () => {
    for (const [environment, header, traced] of [
      ['production', '1', false],
      ['staging', '1', false],
      ['development', '1', true],
      ['test', '1', true],
      ['test', 'true', false],
    ] as const) {
      const stats = emptyStats();
      traceSqlFor(stats, asked(header), { ...env, ENVIRONMENT: environment });
      expect(Array.isArray(stats.sql), `${environment} ${header}`).toBe(traced);
    }
  });
});
