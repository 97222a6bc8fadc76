import { beforeAll, describe, expect, it } from 'vitest';
import { sendWith } from '../hardening/helpers';
import { type GraphQLResponse, tokenFor } from '../helpers/client';
import { insertUser, insertWorkspace } from '../helpers/seed';

// The benchmark's naive mode (`LOADER_MODE = "naive"`: one statement per key) belongs to the
// request that runs in it. It used to be a module-level setting changed by each request, so two
// requests of one isolate, one naive and one batched, changed each other's batching.

const WORKSPACES = 6;
const OPERATION = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Workspace {
  name rooms(first: 5) { totalCount } } } }`;

let ids: string[];
let token: string;

beforeAll(async () => {
  const owner = await insertUser();
  token = await tokenFor(owner);
  ids = [];
  for (let index = 0; index < WORKSPACES; index++) {
    ids.push(btoa(`Workspace:${await insertWorkspace(owner, `W${index}`)}`));
  }
});

async function run(mode: 'batched' | 'naive'): Promise<number> {
  const response = await sendWith({ LOADER_MODE: mode }, '/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'x-debug-sql': '1',
    },
    body: JSON.stringify({ query: OPERATION, variables: { ids } }),
  });
  const body = (await response.json()) as GraphQLResponse;
  expect(body.errors).toBeUndefined();
  expect(body.data?.nodes).toHaveLength(WORKSPACES);
  // The operation's statements: the settings read depends on the isolate's copy, not the mode.
  const sql = (body.extensions?.d1 as { sql?: string[] } | undefined)?.sql ?? [];
  return sql.filter((query) => !query.includes('"system_settings"')).length;
}

describe('loader mode', () => {
  it('reads each key of a batch in a statement of its own in naive mode only', async () => {
    const batched = await run('batched');
    const naive = await run('naive');
    // Two levels keyed by workspace (the Workspace loader, the page of rooms): one statement
    // each when batched, one per workspace each in naive mode.
    expect(naive - batched).toBe(2 * (WORKSPACES - 1));
  });

  it('keeps each request in its own mode while both run at once', async () => {
    const alone = { batched: await run('batched'), naive: await run('naive') };
    for (let round = 0; round < 3; round++) {
      const [naive, batched] = await Promise.all([run('naive'), run('batched')]);
      expect({ naive, batched }).toEqual(alone);
      const [batchedFirst, naiveSecond] = await Promise.all([run('batched'), run('naive')]);
      expect({ naive: naiveSecond, batched: batchedFirst }).toEqual(alone);
    }
  });
});
