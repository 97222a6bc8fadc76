import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  SearchDeleteWorkItemDocument,
  SearchIdsDocument,
  SearchRenameWorkItemDocument,
  SearchSendMessageDocument,
  type SearchType,
} from '../generated/graphql';
import { gql, mutate } from '../helpers/client';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';
import { insertRows } from '../helpers/social-seed';
import { gid, insertWorkItem } from '../helpers/work-seed';

// The indexes follow their tables (migration 0035's triggers): a row's new words are found and
// its old ones no longer, right after the write, whether it went through a mutation or SQL; a
// deleted row (directly or by a cascade) is neither found nor counted.

let ada: string;
let workspace: string;

async function count(query: string, types?: SearchType[], as = ada) {
  const result = await gql(SearchIdsDocument, { query, types }, { as });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data?.search.totalCount ?? -1;
}

beforeAll(async () => {
  ada = await insertUser({ displayName: 'Ada' });
  workspace = await insertWorkspace(ada);
});

describe('the search indexes follow their tables', () => {
  it('reflects a work item edited and deleted through the API', async () => {
    const id = await insertWorkItem({
      workspaceId: workspace,
      ownerId: ada,
      title: 'Walrus migration plan',
    });
    expect(await count('walrus')).toBe(1);
    const renamed = await mutate(
      SearchRenameWorkItemDocument,
      { workItemId: gid('WorkItem', id), title: 'Narwhal migration plan', description: 'tusks' },
      ada,
    );
    expect(renamed.__typename).toBe('UpdateWorkItemSuccess');
    expect(await count('walrus')).toBe(0);
    expect(await count('narwhal tusks')).toBe(1);
    // A change of another column leaves the index alone and the item found.
    await env.DB.prepare("UPDATE work_items SET status = 'done' WHERE id = ?").bind(id).run();
    expect(await count('narwhal')).toBe(1);
    const deleted = await mutate(
      SearchDeleteWorkItemDocument,
      { workItemId: gid('WorkItem', id) },
      ada,
    );
    expect(deleted.__typename).toBe('DeleteWorkItemSuccess');
    expect(await count('narwhal')).toBe(0);
    expect(await count('tusks')).toBe(0);
  });

  it('finds a message sent through the API at once', async () => {
    const thread = uid('thr');
    await insertRows([
      { table: 'threads', values: { id: thread, user_id: ada, title: 'T', status: 'active' } },
      {
        table: 'thread_participants',
        values: { id: uid('thp'), thread_id: thread, user_id: ada, role: 'owner' },
      },
    ]);
    expect(await count('platypus', ['THREAD_MESSAGE'])).toBe(0);
    const result = await gql(
      SearchSendMessageDocument,
      { thread: gid('Thread', thread), body: 'A platypus in the pool' },
      { as: ada },
    );
    expect(result.data?.sendThreadMessage.__typename).toBe('SendThreadMessageSuccess');
    expect(await count('platypus', ['THREAD_MESSAGE'])).toBe(1);
    await env.DB.prepare('UPDATE thread_messages SET body = ? WHERE thread_id = ?')
      .bind('An otter in the pool', thread)
      .run();
    expect(await count('platypus', ['THREAD_MESSAGE'])).toBe(0);
    expect(await count('otter', ['THREAD_MESSAGE'])).toBe(1);
    // A withdrawn message keeps its row for the record, not its place in search.
    await env.DB.prepare("UPDATE thread_messages SET status = 'deleted' WHERE thread_id = ?")
      .bind(thread)
      .run();
    expect(await count('otter', ['THREAD_MESSAGE'])).toBe(0);
  });

  it('reflects lists, rooms and people renamed and deleted', async () => {
    const list = uid('lst');
    const room = uid('rom');
    const person = await insertUser({ displayName: 'Quokka Jones' });
    await insertRows([
      {
        table: 'lists',
        values: { id: list, workspace_id: workspace, owner_id: ada, name: 'Ibex' },
      },
      { table: 'rooms', values: { id: room, workspace_id: workspace, name: 'Ibex den' } },
    ]);
    expect(await count('ibex', ['LIST', 'ROOM'])).toBe(2);
    expect(await count('quokka', ['USER'])).toBe(1);
    await env.DB.batch([
      env.DB.prepare("UPDATE lists SET name = 'Yak', description = 'shaggy' WHERE id = ?").bind(
        list,
      ),
      env.DB.prepare("UPDATE rooms SET description = 'shaggy corner' WHERE id = ?").bind(room),
      env.DB.prepare("UPDATE users SET display_name = 'Wombat Jones' WHERE id = ?").bind(person),
    ]);
    expect(await count('ibex', ['LIST'])).toBe(0);
    expect(await count('ibex', ['ROOM'])).toBe(1);
    expect(await count('shaggy', ['LIST', 'ROOM'])).toBe(2);
    expect(await count('quokka', ['USER'])).toBe(0);
    expect(await count('wombat', ['USER'])).toBe(1);
    await env.DB.batch([
      env.DB.prepare('DELETE FROM lists WHERE id = ?').bind(list),
      env.DB.prepare('DELETE FROM rooms WHERE id = ?').bind(room),
      env.DB.prepare('DELETE FROM users WHERE id = ?').bind(person),
    ]);
    expect(await count('shaggy', ['LIST', 'ROOM'])).toBe(0);
    expect(await count('wombat', ['USER'])).toBe(0);
  });

  it('drops the rows a cascade deletes', async () => {
    const owner = await insertUser();
    const other = await insertWorkspace(owner);
    await insertWorkItem({ workspaceId: other, ownerId: owner, title: 'Axolotl tank' });
    expect(await count('axolotl', undefined, owner)).toBe(1);
    await env.DB.prepare('DELETE FROM workspaces WHERE id = ?').bind(other).run();
    expect(await count('axolotl', undefined, owner)).toBe(0);
    // Nothing of it is left in the index either (not merely hidden by the join).
    const left = await env.DB.prepare(
      "SELECT count(*) AS n FROM work_items_fts WHERE work_items_fts MATCH 'axolotl'",
    ).first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it('keeps the index equal to its table (FTS5 integrity check)', async () => {
    for (const table of ['work_items', 'thread_messages', 'lists', 'rooms', 'users']) {
      await env.DB.prepare(
        `INSERT INTO ${table}_fts (${table}_fts, rank) VALUES ('integrity-check', 1)`,
      ).run();
    }
  });
});
