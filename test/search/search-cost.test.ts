import { beforeAll, describe, expect, it } from 'vitest';
import { SearchCostDocument } from '../generated/graphql';
import { gql } from '../helpers/client';
import { insertUser } from '../helpers/seed';

// The cost model prices a search before it runs: 1 for the connection, 10 for each index it
// ranks (each type asked for; all five by default), and the page's items as any connection's.

let ada: string;

beforeAll(async () => {
  ada = await insertUser();
});

describe('the cost of a search', () => {
  it('counts 10 per type searched, plus the page', async () => {
    const two = await gql(
      SearchCostDocument,
      { query: 'budget', types: ['WORK_ITEM', 'LIST'], first: 10 },
      { as: ada },
    );
    expect(two.errors).toBeUndefined();
    // 1 (search) + 2 x 10 (indexes) + 10 items x 1 (the node of each edge).
    expect(two.extensions?.cost).toMatchObject({ requested: 1 + 20 + 10 });
  });

  it('counts all five indexes when no type is given, and the default page of 20', async () => {
    const all = await gql(SearchCostDocument, { query: 'budget' }, { as: ada });
    expect(all.errors).toBeUndefined();
    expect(all.extensions?.cost).toMatchObject({ requested: 1 + 50 + 20 });
  });
});
