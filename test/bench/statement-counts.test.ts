import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../bench/operations';
import { seedStatements, TEST_SIZES } from '../../bench/seed';
import { gql } from '../helpers/client';

// The benchmark's operations on a small copy of its dataset: their D1 statement and round-trip
// counts are pinned here, and must not grow with list sizes (they are bound by depth).
const SMALL = TEST_SIZES;

const EXPECTED: Record<string, { statements: number; roundTrips: number }> = {
  dashboard: { statements: 7, roundTrips: 6 },
  'deep node refetch': { statements: 8, roundTrips: 7 },
  'thread with 50 messages': { statements: 7, roundTrips: 4 },
  'admin AI usage report, 30 days': { statements: 4, roundTrips: 3 },
};

beforeAll(async () => {
  for (const statement of seedStatements(SMALL)) await env.DB.prepare(statement).run();
});

describe('benchmark operations', () => {
  for (const op of operations) {
    it(`${op.name} sends a fixed number of D1 statements`, async () => {
      const result = await gql(op.query, op.variables, { as: op.as });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.extensions?.d1).toMatchObject(EXPECTED[op.name] ?? {});
      expect(EXPECTED[op.name]).toBeDefined();
    });
  }
});
