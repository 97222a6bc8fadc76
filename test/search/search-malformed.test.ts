import { beforeAll, describe, expect, it } from 'vitest';
import { matchExpression, parseSearchQuery } from '../../src/resolvers/search/query-syntax';
import { SearchAllDocument, type SearchAllQueryVariables } from '../generated/graphql';
import { gql } from '../helpers/client';
import { insertUser, insertWorkspace } from '../helpers/seed';
import { insertWorkItem } from '../helpers/work-seed';

// A search text the gateway cannot read answers a typed VALIDATION_FAILED naming `query` (or the
// paging argument at fault), never an FTS5 syntax error or a 500; and no user text reaches FTS5
// as an operator.

let ada: string;

beforeAll(async () => {
  ada = await insertUser();
  const workspace = await insertWorkspace(ada);
  await insertWorkItem({ workspaceId: workspace, ownerId: ada, title: 'Budget "draft" (v2)' });
});

describe('malformed searches', () => {
  const malformed: [string, string, string][] = [
    ['empty', '', 'query: must hold at least one word'],
    ['blank', '   \t ', 'query: must hold at least one word'],
    ['punctuation only', '- & ( ) *', 'query: must hold at least one word'],
    ['an unbalanced quote', '"budget draft', 'query: has a quote that is never closed'],
    [
      'a quote inside a word',
      'bud"get',
      'query: needs a space before and after each quoted phrase',
    ],
    ['too long', 'a'.repeat(201), 'query: must be at most 200 characters'],
    ['too many terms', 'a b c d e f g h i', 'query: must hold at most 8 words or phrases'],
    ['a star inside a word', 'bu*get', 'query: may hold `*` only at the end of a word'],
    ['too short a prefix', 'b*', 'query: needs at least 2 letters or digits before a `*`'],
    [
      'a one-letter last word before the star, after punctuation',
      'squad-w*',
      'query: needs at least 2 letters or digits before a `*`',
    ],
    ['a one-letter prefix in a phrase', '"squad w"*', 'query: needs at least 2 letters'],
    ['digits and one letter', '1-a*', 'query: needs at least 2 letters or digits before a `*`'],
    ['a control character', 'budget\u0000', 'query: must not contain control characters'],
  ];
  for (const [name, query, message] of malformed) {
    it(`answers VALIDATION_FAILED for ${name}`, async () => {
      const result = await gql(SearchAllDocument, { query }, { as: ada });
      expect(result.status).toBe(200);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toContain(message);
    });
  }

  it('checks the paging and type arguments the same way', async () => {
    const cases: [SearchAllQueryVariables, string][] = [
      [{ query: 'budget', first: 101 }, 'first: must be an integer from 0 to 100'],
      [{ query: 'budget', after: 'not-a-cursor' }, 'after: is not a cursor'],
      [{ query: 'budget', types: [] }, 'types: must name at least one type'],
      [{ query: 'budget', workspaceId: btoa('Room:x') }, 'workspaceId: must be the ID of a'],
    ];
    for (const [variables, message] of cases) {
      const result = await gql(SearchAllDocument, variables, { as: ada });
      expect(result.errors?.[0]?.extensions?.code, message).toBe('VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toContain(message);
    }
  });

  it('refuses a cursor of another connection (same encoding, other shape)', async () => {
    const workItems = btoa(JSON.stringify(['2026-01-01T00:00:00.000Z', 'wki_x']))
      .replaceAll('=', '')
      .replaceAll('+', '-')
      .replaceAll('/', '_');
    const result = await gql(
      SearchAllDocument,
      { query: 'budget', after: `c1.${workItems}` },
      { as: ada },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('searches text full of FTS5 syntax as plain words', async () => {
    for (const query of [
      'budget"',
      '"budget" AND NOT draft',
      'NEAR(budget draft)',
      '(v2) ^budget',
      'budget:draft',
      '{title}: budget',
      'budget + draft',
    ]) {
      const result = await gql(SearchAllDocument, { query }, { as: ada });
      // `budget"` is an unbalanced quote: a validation error. The rest run as plain words.
      if (query === 'budget"') {
        expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
        continue;
      }
      expect(result.errors, query).toBeUndefined();
    }
    const found = await gql(SearchAllDocument, { query: 'NEAR(budget draft)' }, { as: ada });
    // "near", "budget" and "draft" must all be there: NEAR is a word, not the operator.
    expect(found.data?.search.totalCount).toBe(0);
    const words = await gql(SearchAllDocument, { query: '(v2) ^budget "draft"' }, { as: ada });
    expect(words.data?.search.totalCount).toBe(1);
  });
});

describe('the translation into an FTS5 expression', () => {
  it('quotes every term, so no user character is an operator', () => {
    expect(matchExpression(parseSearchQuery('budget OR "next quarter" rev* NEAR(x)'))).toBe(
      '"budget" "OR" "next quarter" "rev" * "NEAR(x)"',
    );
    expect(matchExpression(parseSearchQuery('"a bc"* c:d'))).toBe('"a bc" * "c:d"');
  });

  it('drops terms with no word in them and keeps the order of the rest', () => {
    expect(parseSearchQuery('- budget & draft')).toEqual([
      { text: 'budget', phrase: false, prefix: false },
      { text: 'draft', phrase: false, prefix: false },
    ]);
  });
});
