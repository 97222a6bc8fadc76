import { beforeAll, describe, expect, it } from 'vitest';
import { SearchAllDocument, type SearchAllQuery } from '../generated/graphql';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import { insertRows } from '../helpers/social-seed';
import { gid, insertRoom, insertWorkItem } from '../helpers/work-seed';

// What a search reaches: the viewer's workspaces, not another's; `workspaceId` narrows to one
// (its people only to its members); and a search costs a fixed number of statements whatever
// the page size.

let ada: string;
let bob: string;
let mine: string;
let theirs: string;
let shared: string;

type Search = NonNullable<SearchAllQuery['search']>;

async function find(variables: Parameters<typeof gql<SearchAllQuery, object>>[1], as = ada) {
  const result = await gql(SearchAllDocument, variables as never, {
    as,
    headers: { 'x-debug-sql': '1' },
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { page: result.data?.search as Search, d1: result.extensions?.d1 };
}

beforeAll(async () => {
  ada = await insertUser({ displayName: 'Ada Heron' });
  bob = await insertUser({ displayName: 'Bob Heron' });
  mine = await insertWorkspace(ada);
  theirs = await insertWorkspace(bob);
  shared = await insertWorkspace(bob);
  await addMember(shared, ada);
  for (const [workspaceId, ownerId] of [
    [mine, ada],
    [theirs, bob],
    [shared, bob],
  ] as const) {
    for (let i = 0; i < 30; i++) {
      await insertWorkItem({ workspaceId, ownerId, scope: 'squad', title: `Heron sighting ${i}` });
    }
    await insertRoom(workspaceId, { name: 'Heron hide' });
  }
  const thread = uid('thr');
  await insertRows([
    {
      table: 'threads',
      values: { id: thread, user_id: bob, workspace_id: theirs, title: 'T', status: 'active' },
    },
    {
      table: 'thread_participants',
      values: { id: uid('thp'), thread_id: thread, user_id: bob, role: 'owner' },
    },
    {
      table: 'thread_messages',
      values: { id: uid('tmg'), thread_id: thread, sender_user_id: bob, body: 'Heron nest' },
    },
  ]);
});

describe('what a search reaches', () => {
  it("never finds or counts another workspace's rows", async () => {
    const { page } = await find({ query: 'heron', types: ['WORK_ITEM', 'ROOM', 'THREAD_MESSAGE'] });
    // Ada's workspace and the shared one: 30 items and a room in each; none of Bob's own.
    expect(page.totalCount).toBe(62);
    const asBob = await find(
      { query: 'heron', types: ['WORK_ITEM', 'ROOM', 'THREAD_MESSAGE'] },
      bob,
    );
    expect(asBob.page.totalCount).toBe(63);
  });

  it('narrows to one workspace with workspaceId', async () => {
    const { page } = await find({
      query: 'heron',
      types: ['WORK_ITEM', 'ROOM'],
      workspaceId: gid('Workspace', shared),
      first: 100,
    });
    expect(page.totalCount).toBe(31);
    // Ada is a member of the shared workspace: its people include both.
    const people = await find({
      query: 'heron',
      types: ['USER'],
      workspaceId: gid('Workspace', shared),
    });
    expect(people.page.edges.map((edge) => edge.node.id).sort()).toEqual(
      [gid('User', ada), gid('User', bob)].sort(),
    );
    // Not a member of Bob's own workspace: nothing of it, not even who belongs to it.
    const outside = await find({ query: 'heron', workspaceId: gid('Workspace', theirs) });
    expect(outside.page.totalCount).toBe(0);
    // Without a workspace, people are found wherever they are (every signed-in viewer sees users).
    expect((await find({ query: 'heron', types: ['USER'] })).page.totalCount).toBe(2);
  });

  it('sends the same statements for a page of 2 as for a page of 60', async () => {
    // Measured in the steady state: the isolate's settings cache is filled by a first search.
    await find({ query: 'heron', first: 1, types: ['WORK_ITEM', 'ROOM'] });
    const small = await find({ query: 'heron', first: 2, types: ['WORK_ITEM', 'ROOM'] });
    const large = await find({ query: 'heron', first: 60, types: ['WORK_ITEM', 'ROOM'] });
    expect(small.page.edges).toHaveLength(2);
    expect(large.page.edges).toHaveLength(60);
    expect(large.d1?.statements).toBe(small.d1?.statements);
    expect(large.d1?.roundTrips).toBe(small.d1?.roundTrips);
    // The request's own read (the viewer's account) and the search statement in one round trip
    // (the operation starts beside the account check), then one round trip loading the found
    // rows: a statement per type found.
    const sql = (large.d1 as { sql?: string[] } | undefined)?.sql ?? [];
    expect(sql.filter((text) => / match /.test(text))).toHaveLength(1);
    expect(large.d1?.roundTrips).toBe(2);
    expect(large.d1?.statements).toBe(3);
  });
});
