import { beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentString } from '../generated/graphql';
import * as docs from '../generated/graphql';
import { gql, mutate } from '../helpers/client';
import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import {
  addListMember,
  countRows,
  gid,
  insertList,
  insertRoom,
  insertWorkItem,
} from '../helpers/work-seed';

// A work item points at a room, a list and an assignee. Each of those ids is checked with the
// rule its reads use: a target the viewer cannot see answers exactly as one that does not exist
// (NotFoundError), and nothing is written. A visible target of another workspace stays a
// ValidationError (the viewer already knows it exists).

type Result = Record<string, unknown> & { __typename: string };

/** The mutation's result (mutate fails the test on a GraphQL error), as a plain record. */
async function run<R, I>(
  document: TypedDocumentString<R, { input: I }>,
  input: I,
  as: string,
): Promise<Result> {
  return (await mutate(document, input, as)) as unknown as Result;
}

/** The answer with the target's raw id blanked: hidden and missing must then be identical. */
const shape = (result: Result, id: string) => ({
  ...result,
  message: String(result.message).replace(id, '<id>'),
});

describe('ids a work-item mutation points at', () => {
  let owner: string;
  let member: string;
  let questMember: string;
  let workspaceId: string;
  let questList: string;
  let ws: string;

  beforeAll(async () => {
    owner = await insertUser();
    member = await insertUser();
    questMember = await insertUser();
    workspaceId = await insertWorkspace(owner);
    ws = gid('Workspace', workspaceId);
    await addMember(workspaceId, member, 'member');
    await addMember(workspaceId, questMember, 'member');
    // A quest list: seen by its owner, its list members and the workspace's owner and admins.
    questList = await insertList(workspaceId, owner, 'quest');
    await addListMember(questList, questMember);
  });

  it('a QUEST item into a list the creator cannot see: NotFound, as for a missing list', async () => {
    const missing = uid('lst');
    const hidden = await run(
      docs.AccessCreateWorkItemDocument,
      { workspaceId: ws, title: 'Planted', visibility: 'QUEST', listId: gid('List', questList) },
      member,
    );
    const absent = await run(
      docs.AccessCreateWorkItemDocument,
      { workspaceId: ws, title: 'Planted', visibility: 'QUEST', listId: gid('List', missing) },
      member,
    );
    expect(hidden).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      entity: 'List',
    });
    expect(shape(hidden, questList)).toEqual(shape(absent, missing));
    expect(await countRows("SELECT count(*) AS n FROM work_items WHERE title = 'Planted'")).toBe(0);
    // The list's members see nothing planted in it.
    const seen = await gql(
      docs.AccessListWorkItemTitlesDocument,
      { id: gid('List', questList) },
      { as: questMember },
    );
    const list = seen.data?.node;
    expect(list && 'workItems' in list ? list.workItems.totalCount : undefined).toBe(0);

    // Lists the creator sees still take items: as a list member, or any member for a checklist.
    const mine = await run(
      docs.AccessCreateWorkItemDocument,
      { workspaceId: ws, title: 'Quest work', visibility: 'QUEST', listId: gid('List', questList) },
      questMember,
    );
    expect(mine).toMatchObject({ __typename: 'CreateWorkItemSuccess' });
    const checklist = await insertList(workspaceId, owner, 'checklist');
    const open = await run(
      docs.AccessCreateWorkItemDocument,
      { workspaceId: ws, title: 'Shared', visibility: 'QUEST', listId: gid('List', checklist) },
      member,
    );
    expect(open).toMatchObject({ __typename: 'CreateWorkItemSuccess' });
  });

  it('a room of a workspace the viewer is not in: NotFound, as for a missing room', async () => {
    const elsewhere = await insertRoom(await insertWorkspace(await insertUser()));
    const missing = uid('rom');
    const input = (roomId: string) =>
      ({
        workspaceId: ws,
        title: 'Roomed',
        visibility: 'ROOM',
        roomId: gid('Room', roomId),
      }) satisfies docs.CreateWorkItemInput;
    const hidden = await run(docs.AccessCreateWorkItemDocument, input(elsewhere), member);
    const absent = await run(docs.AccessCreateWorkItemDocument, input(missing), member);
    expect(hidden).toMatchObject({ __typename: 'NotFoundError', entity: 'Room' });
    expect(shape(hidden, elsewhere)).toEqual(shape(absent, missing));
    expect(await countRows("SELECT count(*) AS n FROM work_items WHERE title = 'Roomed'")).toBe(0);
  });

  it('changeWorkItemVisibility: a hidden list answers as a missing one and changes nothing', async () => {
    const id = await insertWorkItem({ workspaceId, ownerId: member, title: 'Moved' });
    const missing = uid('lst');
    const change = (listId: string) =>
      run(
        docs.AccessChangeWorkItemVisibilityDocument,
        { workItemId: gid('WorkItem', id), visibility: 'QUEST', listId: gid('List', listId) },
        member,
      );
    const hidden = await change(questList);
    const absent = await change(missing);
    expect(hidden).toMatchObject({ __typename: 'NotFoundError', entity: 'List' });
    expect(shape(hidden, questList)).toEqual(shape(absent, missing));
    expect(
      await countRows(
        "SELECT count(*) AS n FROM work_items WHERE id = ? AND visibility_scope = 'private' AND list_id IS NULL",
        id,
      ),
    ).toBe(1);
  });

  it('changeWorkItemVisibility: a kept list the owner no longer sees cannot be opened to QUEST', async () => {
    // Filed (privately) into the quest while its owner was a list member; then they left the list.
    const id = await insertWorkItem({
      workspaceId,
      ownerId: member,
      listId: questList,
      title: 'Kept list',
    });
    const result = await run(
      docs.AccessChangeWorkItemVisibilityDocument,
      { workItemId: gid('WorkItem', id), visibility: 'QUEST' },
      member,
    );
    expect(result).toMatchObject({ __typename: 'NotFoundError', entity: 'List' });
    expect(
      await countRows(
        "SELECT count(*) AS n FROM work_items WHERE id = ? AND visibility_scope = 'private'",
        id,
      ),
    ).toBe(1);
  });

  it('an owner who left the workspace cannot put their item into its rooms or open it to it', async () => {
    const leaver = await insertUser();
    await addMember(workspaceId, leaver, 'member');
    const roomId = await insertRoom(workspaceId);
    const id = await insertWorkItem({ workspaceId, ownerId: leaver, title: 'Left behind' });
    const removed = await gql(
      docs.AccessRemoveWorkspaceMemberDocument,
      { input: { workspaceId: ws, userId: gid('User', leaver) } },
      { as: leaver },
    );
    expect(removed.data).toEqual({
      removeWorkspaceMember: { __typename: 'RemoveWorkspaceMemberSuccess' },
    });
    const result = await run(
      docs.AccessChangeWorkItemVisibilityDocument,
      { workItemId: gid('WorkItem', id), visibility: 'ROOM', roomId: gid('Room', roomId) },
      leaver,
    );
    expect(result).toMatchObject({ __typename: 'NotFoundError', entity: 'Room' });
    // Nor open it to the whole workspace (the squad) they are no longer in.
    const squad = await run(
      docs.AccessChangeWorkItemVisibilityDocument,
      { workItemId: gid('WorkItem', id), visibility: 'SQUAD' },
      leaver,
    );
    expect(squad).toMatchObject({ __typename: 'NotFoundError', entity: 'Workspace' });
    expect(
      await countRows(
        "SELECT count(*) AS n FROM work_items WHERE id = ? AND room_id IS NULL AND visibility_scope = 'private'",
        id,
      ),
    ).toBe(1);
    // Their item stays theirs: they still read and edit it.
    expect(
      await run(
        docs.AccessUpdateWorkItemDocument,
        { workItemId: gid('WorkItem', id), title: 'Still mine' },
        leaver,
      ),
    ).toMatchObject({ __typename: 'UpdateWorkItemSuccess' });
  });

  it('an assignee that does not exist is NotFound; an existing non-member stays a ValidationError', async () => {
    const id = await insertWorkItem({ workspaceId, ownerId: owner });
    const missing = uid('usr');
    const absent = await run(
      docs.AccessAssignWorkItemDocument,
      { workItemId: gid('WorkItem', id), assigneeId: gid('User', missing) },
      owner,
    );
    expect(absent).toMatchObject({ __typename: 'NotFoundError', entity: 'User' });
    const outsider = await run(
      docs.AccessAssignWorkItemDocument,
      { workItemId: gid('WorkItem', id), assigneeId: gid('User', await insertUser()) },
      owner,
    );
    expect(outsider).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.assigneeId' }],
    });
    const created = await run(
      docs.AccessCreateWorkItemDocument,
      { workspaceId: ws, title: 'Ghost assignee', assigneeId: gid('User', missing) },
      owner,
    );
    expect(created).toMatchObject({ __typename: 'NotFoundError', entity: 'User' });
    expect(
      await countRows(
        'SELECT count(*) AS n FROM work_items WHERE id = ? AND assignee_id IS NULL',
        id,
      ),
    ).toBe(1);
  });

  it('addListMember: a user that does not exist is NotFound, like an unknown assignee', async () => {
    const listId = await insertList(workspaceId, owner, 'checklist');
    const add = (userId: string) =>
      run(
        docs.AccessAddListMemberDocument,
        { listId: gid('List', listId), userId: gid('User', userId) },
        owner,
      );
    expect(await add(uid('usr'))).toMatchObject({ __typename: 'NotFoundError', entity: 'User' });
    expect(await add(await insertUser())).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.userId' }],
    });
    expect(
      await countRows('SELECT count(*) AS n FROM list_members WHERE list_id = ?', listId),
    ).toBe(0);
  });
});
