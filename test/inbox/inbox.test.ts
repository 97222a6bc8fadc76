import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { count, gid, insertInboxItem } from '../helpers/social-seed';

type Result = Record<string, unknown> & { __typename: string };

const CHANGE = (field: string) => `mutation($input: InboxItemInput!) {
  ${field}(input: $input) {
    __typename
    ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { data { id isRead readAt archivedAt user { id } } }
    ... on Error { message code }
  }
}`;

async function change(field: string, as: string, itemId: string) {
  const result = await gql<Record<string, Result>>(
    CHANGE(field),
    { input: { itemId: gid('InboxItem', itemId) } },
    { as },
  );
  return result.data?.[field] as Result & {
    data: { isRead: boolean; readAt: string | null; archivedAt: string | null };
  };
}

const INBOX = `query($filter: InboxFilter) {
  viewer { inbox(filter: $filter) { totalCount edges { node { id } } } }
}`;

async function inboxIds(as: string, filter?: Record<string, boolean>) {
  const result = await gql<{
    viewer: { inbox: { totalCount: number; edges: { node: { id: string } }[] } };
  }>(INBOX, { filter }, { as });
  return result.data?.viewer.inbox;
}

describe('inbox mutations', () => {
  it('marks read (keeping the first read time), then unread', async () => {
    const ada = await insertUser();
    const itemId = await insertInboxItem(ada);
    const read = await change('markInboxItemRead', ada, itemId);
    expect(read).toMatchObject({ __typename: 'MarkInboxItemReadSuccess', data: { isRead: true } });
    const firstReadAt = read.data.readAt;
    expect(firstReadAt).toMatch(/Z$/);
    const again = await change('markInboxItemRead', ada, itemId);
    expect(again.data.readAt).toBe(firstReadAt);
    const unread = await change('markInboxItemUnread', ada, itemId);
    expect(unread).toMatchObject({ data: { isRead: false, readAt: null } });
  });

  it('archives once (idempotent)', async () => {
    const ada = await insertUser();
    const itemId = await insertInboxItem(ada);
    const archived = await change('archiveInboxItem', ada, itemId);
    expect(archived.__typename).toBe('ArchiveInboxItemSuccess');
    expect(archived.data.archivedAt).toMatch(/Z$/);
    const again = await change('archiveInboxItem', ada, itemId);
    expect(again.data.archivedAt).toBe(archived.data.archivedAt);
  });

  it("returns NotFoundError for someone else's item and changes nothing", async () => {
    const [ada, eve] = [await insertUser(), await insertUser()];
    const itemId = await insertInboxItem(ada);
    for (const field of ['markInboxItemRead', 'markInboxItemUnread', 'archiveInboxItem']) {
      expect(await change(field, eve, itemId)).toMatchObject({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
      });
    }
    expect(
      await count(
        'SELECT count(*) AS n FROM inbox_items WHERE id = ? AND is_read = 0 AND archived_at IS NULL',
        itemId,
      ),
    ).toBe(1);
  });

  it('rejects anonymous callers', async () => {
    const ada = await insertUser();
    const itemId = await insertInboxItem(ada);
    const result = await gql(CHANGE('markInboxItemRead'), {
      input: { itemId: gid('InboxItem', itemId) },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('User.inbox', () => {
  it('filters by read and archived, newest first', async () => {
    const ada = await insertUser();
    const unread = await insertInboxItem(ada, { createdAt: '2026-01-03T00:00:00.000Z' });
    const read = await insertInboxItem(ada, { read: true, createdAt: '2026-01-02T00:00:00.000Z' });
    const archived = await insertInboxItem(ada, {
      archived: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const ids = (list?: { edges: { node: { id: string } }[] }) => list?.edges.map((e) => e.node.id);
    expect(ids(await inboxIds(ada))).toEqual(
      [unread, read, archived].map((id) => gid('InboxItem', id)),
    );
    expect(ids(await inboxIds(ada, { read: false }))).toEqual(
      [unread, archived].map((id) => gid('InboxItem', id)),
    );
    expect(ids(await inboxIds(ada, { read: true }))).toEqual([gid('InboxItem', read)]);
    expect(ids(await inboxIds(ada, { archived: false }))).toEqual(
      [unread, read].map((id) => gid('InboxItem', id)),
    );
    expect(await inboxIds(ada, { archived: true, read: false })).toMatchObject({ totalCount: 1 });
  });

  it('is an empty connection on another user, never an error', async () => {
    const [ada, eve] = [await insertUser(), await insertUser()];
    await insertInboxItem(ada);
    const result = await gql<{ node: { inbox: { totalCount: number; edges: unknown[] } } }>(
      'query($id: ID!) { node(id: $id) { ... on User { inbox { totalCount edges { node { id } } } } } }',
      { id: gid('User', ada) },
      { as: eve },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.node.inbox).toEqual({ totalCount: 0, edges: [] });
  });

  it('gives the subject a global ID when its kind is a type of the API', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    await gql(
      'mutation($input: SendRelationshipRequestInput!) { sendRelationshipRequest(input: $input) { __typename } }',
      { input: { toUserId: gid('User', bob) } },
      { as: ada },
    );
    const result = await gql<{
      viewer: {
        inbox: { edges: { node: { kind: string; subjectType: string; subjectNodeId: string } }[] };
      };
    }>(
      '{ viewer { inbox { edges { node { kind subjectType subjectNodeId } } } } }',
      {},
      { as: bob },
    );
    const node = result.data?.viewer.inbox.edges[0]?.node;
    expect(node).toMatchObject({
      kind: 'RELATIONSHIP_REQUEST',
      subjectType: 'relationship_request',
    });
    expect(atob(node?.subjectNodeId ?? '')).toMatch(/^RelationshipRequest:rrq_/);
  });
});
