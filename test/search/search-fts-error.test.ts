import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../../src/context';
import { ValidationError } from '../../src/resolvers/errors';
import { search } from '../../src/resolvers/search/search';
import { insertUser } from '../helpers/seed';

// The last line of defence: should an FTS5 expression ever reach D1 malformed (the translation
// quotes every term, so no user text can make one), D1's syntax error becomes a ValidationError
// on `query`, not a 500. Here the search statement runs for real on D1 with its MATCH text
// swapped for a malformed one, so the error is the one D1 really gives.

let ada: string;

beforeAll(async () => {
  ada = await insertUser();
});

/** A context whose reads run the statement with every MATCH text replaced by `broken`. */
function contextMatching(broken: string): Context {
  const ctx = createContext({
    requestId: 'test',
    env,
    viewer: { kind: 'user', userId: ada },
    waitUntil: () => {},
    clientIp: '127.0.0.1',
  });
  ctx.reads = {
    read: async (query: { toSQL(): { sql: string; params: unknown[] } }) => {
      const { sql, params } = query.toSQL();
      const swapped = params.map((param) => (param === '"budget"' ? broken : param));
      const { results } = await env.DB.prepare(sql)
        .bind(...swapped)
        .all();
      return results;
    },
  } as unknown as Context['reads'];
  return ctx;
}

describe('an FTS5 syntax error from D1', () => {
  for (const broken of ['"unbalanced', 'budget AND', 'NEAR(', '*', 'x:']) {
    it(`answers VALIDATION_FAILED for the expression ${broken}`, async () => {
      const failure = await search(contextMatching(broken), { query: 'budget' }).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(ValidationError);
      expect((failure as ValidationError).issues[0]?.field).toBe('query');
    });
  }

  it('runs the same statement with the intact expression', async () => {
    const page = await search(contextMatching('"budget"'), { query: 'budget' });
    expect(page).toMatchObject({ totalCount: 0, hits: [] });
  });
});
