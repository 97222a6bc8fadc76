import { describe, expect, it } from 'vitest';
import {
  InboxArchiveDocument,
  type InboxFilter,
  InboxMarkReadDocument,
  InboxMarkUnreadDocument,
  InboxOfUserDocument,
  InboxSubjectsDocument,
  InboxViewerItemsDocument,
  SendRelationshipRequestDetailedDocument,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { count, gid, insertInboxItem } from '../helpers/social-seed';

const item = (itemId: string) => ({ itemId: gid('InboxItem', itemId) });

async function inboxIds(as: string, filter?: InboxFilter) {
  const result = await gql(InboxViewerItemsDocument, { filter }, { as });
  return result.data?.viewer?.inbox;
}

describe('inbox mutations', () => {
  it('marks read (keeping the first read time), then unread', async () => {
    const ada = await insertUser();
    const itemId = await insertInboxItem(ada);
    const read = variant(
      await mutate(InboxMarkReadDocument, item(itemId), ada),
      'MarkInboxItemReadSuccess',
    );
    expect(read).toMatchObject({ data: { isRead: true } });
    const firstReadAt = read.data.readAt;
    expect(firstReadAt).toMatch(/Z$/);
    const again = variant(
      await mutate(InboxMarkReadDocument, item(itemId), ada),
      'MarkInboxItemReadSuccess',
    );
    expect(again.data.readAt).toBe(firstReadAt);
    const unread = variant(
      await mutate(InboxMarkUnreadDocument, item(itemId), ada),
      'MarkInboxItemUnreadSuccess',
    );
    expect(unread).toMatchObject({ data: { isRead: false, readAt: null } });
  });

  it('archives once (idempotent)', async () => {
    const ada = await insertUser();
    const itemId = await insertInboxItem(ada);
    const archived = variant(
      await mutate(InboxArchiveDocument, item(itemId), ada),
      'ArchiveInboxItemSuccess',
    );
    expect(archived.data.archivedAt).toMatch(/Z$/);
    const again = variant(
      await mutate(InboxArchiveDocument, item(itemId), ada),
      'ArchiveInboxItemSuccess',
    );
    expect(again.data.archivedAt).toBe(archived.data.archivedAt);
  });

  it("returns NotFoundError for someone else's item and changes nothing", async () => {
    const [ada, eve] = [await insertUser(), await insertUser()];
    const itemId = await insertInboxItem(ada);
    for (const result of [
      await mutate(InboxMarkReadDocument, item(itemId), eve),
      await mutate(InboxMarkUnreadDocument, item(itemId), eve),
      await mutate(InboxArchiveDocument, item(itemId), eve),
    ]) {
      expect(result).toMatchObject({
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
    const result = await gql(InboxMarkReadDocument, {
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
    const result = await gql(InboxOfUserDocument, { id: gid('User', ada) }, { as: eve });
    expect(result.errors).toBeUndefined();
    expect(variant(result.data?.node, 'User').inbox).toEqual({ totalCount: 0, edges: [] });
  });

  it('gives the subject a global ID when its kind is a type of the API', async () => {
    const [ada, bob] = [await insertUser(), await insertUser()];
    await mutate(SendRelationshipRequestDetailedDocument, { toUserId: gid('User', bob) }, ada);
    const result = await gql(InboxSubjectsDocument, {}, { as: bob });
    const node = result.data?.viewer?.inbox.edges[0]?.node;
    expect(node).toMatchObject({
      kind: 'RELATIONSHIP_REQUEST',
      subjectType: 'relationship_request',
    });
    expect(atob(node?.subjectNodeId ?? '')).toMatch(/^RelationshipRequest:rrq_/);
  });
});
