import { describe, expect, it } from 'vitest';
import {
  AddListItemDetailedDocument,
  AddListMemberDetailedDocument,
  type AddListMemberInput,
  ChangeListMemberDeliveryPreferenceDetailedDocument,
  CompleteListItemDetailedDocument,
  CreateListDetailedDocument,
  type DeliveryPreference,
  type ListRole,
  ListsSeenDocument,
  RemoveListItemDetailedDocument,
  UncompleteListItemDetailedDocument,
  WorkspaceListCountDocument,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { count, gid, insertList, insertListItem, insertListMember } from '../helpers/social-seed';

/** A workspace with an owner, an admin, a member and a viewer. */
async function team() {
  const owner = await insertUser();
  const workspaceId = await insertWorkspace(owner);
  const [admin, member, viewer, stranger] = [
    await insertUser(),
    await insertUser(),
    await insertUser(),
    await insertUser(),
  ];
  await addMember(workspaceId, admin, 'admin');
  await addMember(workspaceId, member, 'member');
  await addMember(workspaceId, viewer, 'viewer');
  return { owner, admin, member, viewer, stranger, workspaceId };
}

describe('createList', () => {
  it('creates a list with the viewer as owner and first member, in one batch', async () => {
    const { member, workspaceId } = await team();
    const created = await mutate(
      CreateListDetailedDocument,
      { workspaceId: gid('Workspace', workspaceId), name: ' Groceries ', kind: 'QUEST' },
      member,
    );
    expect(created).toMatchObject({
      __typename: 'CreateListSuccess',
      data: {
        name: 'Groceries',
        kind: 'QUEST',
        owner: { id: gid('User', member) },
        workspace: { id: gid('Workspace', workspaceId) },
        members: {
          totalCount: 1,
          edges: [
            {
              node: {
                role: 'OWNER',
                deliveryPreference: 'INSTANT',
                user: { id: gid('User', member) },
              },
            },
          ],
        },
      },
    });
  });

  it('refuses workspace VIEWERs (Forbidden) and outsiders (NotFound), writing nothing', async () => {
    const { viewer, stranger, workspaceId } = await team();
    const before = await count(
      'SELECT count(*) AS n FROM lists WHERE workspace_id = ?',
      workspaceId,
    );
    const input = { workspaceId: gid('Workspace', workspaceId), name: 'Nope' };
    expect(await mutate(CreateListDetailedDocument, input, viewer)).toMatchObject({
      __typename: 'ForbiddenError',
    });
    expect(await mutate(CreateListDetailedDocument, input, stranger)).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(await count('SELECT count(*) AS n FROM lists WHERE workspace_id = ?', workspaceId)).toBe(
      before,
    );
    expect(
      await count(
        'SELECT count(*) AS n FROM list_members WHERE user_id IN (?, ?)',
        viewer,
        stranger,
      ),
    ).toBe(0);
  });

  it('validates the name', async () => {
    const { owner, workspaceId } = await team();
    const result = await mutate(
      CreateListDetailedDocument,
      { workspaceId: gid('Workspace', workspaceId), name: ' ' },
      owner,
    );
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.name', message: 'must not be empty.' }],
    });
  });
});

describe('list items', () => {
  it('appends items after the last one, completes, reopens and removes them', async () => {
    const { owner, member, workspaceId } = await team();
    const listId = await insertList(workspaceId, owner);
    await insertListItem(listId, { position: 7 });
    const added = await mutate(
      AddListItemDetailedDocument,
      { listId: gid('List', listId), title: 'Milk' },
      member,
    );
    expect(added).toMatchObject({
      __typename: 'AddListItemSuccess',
      data: { title: 'Milk', position: 8, isCompleted: false, list: { id: gid('List', listId) } },
    });
    const itemId = variant(added, 'AddListItemSuccess').data.id;
    const completed = await mutate(CompleteListItemDetailedDocument, { itemId }, member);
    expect(completed).toMatchObject({
      data: { isCompleted: true, completedBy: { id: gid('User', member) } },
    });
    // Completing again (by someone else) keeps the first completion.
    const again = await mutate(CompleteListItemDetailedDocument, { itemId }, owner);
    expect(variant(again, 'CompleteListItemSuccess').data.completedAt).toBe(
      variant(completed, 'CompleteListItemSuccess').data.completedAt,
    );
    expect(variant(again, 'CompleteListItemSuccess').data.completedBy).toEqual({
      id: gid('User', member),
    });
    const reopened = await mutate(UncompleteListItemDetailedDocument, { itemId }, member);
    expect(variant(reopened, 'UncompleteListItemSuccess').data).toMatchObject({
      isCompleted: false,
      completedAt: null,
      completedBy: null,
    });
    const removed = await mutate(RemoveListItemDetailedDocument, { itemId }, member);
    expect(removed).toMatchObject({ __typename: 'RemoveListItemSuccess', data: itemId });
    expect(await count('SELECT count(*) AS n FROM list_items WHERE list_id = ?', listId)).toBe(1);
  });

  it('places an item at a given position and validates title and position', async () => {
    const { owner, workspaceId } = await team();
    const listId = await insertList(workspaceId, owner);
    const placed = await mutate(
      AddListItemDetailedDocument,
      { listId: gid('List', listId), title: 'A', position: 3 },
      owner,
    );
    expect(variant(placed, 'AddListItemSuccess').data.position).toBe(3);
    const invalid = await mutate(
      AddListItemDetailedDocument,
      { listId: gid('List', listId), title: '', position: -1 },
      owner,
    );
    expect(invalid.__typename).toBe('ValidationError');
    expect(await count('SELECT count(*) AS n FROM list_items WHERE list_id = ?', listId)).toBe(1);
  });

  it('appends at the highest place at most: never past 1,000,000,000', async () => {
    const { owner, workspaceId } = await team();
    const listId = await insertList(workspaceId, owner);
    const add = (title: string, position?: number) =>
      mutate(AddListItemDetailedDocument, { listId: gid('List', listId), title, position }, owner);
    expect(variant(await add('Last', 1_000_000_000), 'AddListItemSuccess').data.position).toBe(
      1_000_000_000,
    );
    for (const title of ['After it', 'And after that']) {
      expect(variant(await add(title), 'AddListItemSuccess').data.position).toBe(1_000_000_000);
    }
    expect((await add('Too far', 1_000_000_001)).__typename).toBe('ValidationError');
  });

  it('is Forbidden to workspace VIEWERs and list VIEWERs, NotFound to outsiders, nothing written', async () => {
    const { owner, viewer, member, stranger, workspaceId } = await team();
    const quest = await insertList(workspaceId, owner, 'quest');
    await insertListMember(quest, member, 'viewer');
    const checklist = await insertList(workspaceId, owner);
    const itemId = await insertListItem(checklist);
    const cases: [string, string, string][] = [
      [checklist, viewer, 'ForbiddenError'],
      [quest, member, 'ForbiddenError'],
      [quest, viewer, 'NotFoundError'],
      [checklist, stranger, 'NotFoundError'],
    ];
    for (const [listId, as, expected] of cases) {
      const result = await mutate(
        AddListItemDetailedDocument,
        { listId: gid('List', listId), title: 'x' },
        as,
      );
      expect(result.__typename).toBe(expected);
    }
    expect(
      await count('SELECT count(*) AS n FROM list_items WHERE list_id IN (?, ?)', quest, checklist),
    ).toBe(1);
    const input = { itemId: gid('ListItem', itemId) };
    const changes = [
      (as: string) => mutate(CompleteListItemDetailedDocument, input, as),
      (as: string) => mutate(UncompleteListItemDetailedDocument, input, as),
      (as: string) => mutate(RemoveListItemDetailedDocument, input, as),
    ];
    for (const change of changes) {
      expect((await change(viewer)).__typename).toBe('ForbiddenError');
      expect((await change(stranger)).__typename).toBe('NotFoundError');
    }
    expect(
      await count('SELECT count(*) AS n FROM list_items WHERE id = ? AND is_completed = 0', itemId),
    ).toBe(1);
  });

  it('lets a list EDITOR who only views the workspace edit that quest', async () => {
    const { owner, viewer, workspaceId } = await team();
    const quest = await insertList(workspaceId, owner, 'quest');
    await insertListMember(quest, viewer, 'editor');
    const added = await mutate(
      AddListItemDetailedDocument,
      { listId: gid('List', quest), title: 'Map' },
      viewer,
    );
    expect(added).toMatchObject({ __typename: 'AddListItemSuccess', data: { position: 0 } });
    const done = await mutate(
      CompleteListItemDetailedDocument,
      { itemId: variant(added, 'AddListItemSuccess').data.id },
      viewer,
    );
    expect(done).toMatchObject({ data: { isCompleted: true } });
  });
});

describe('list members', () => {
  it('adds a workspace member with a delivery preference; duplicates conflict', async () => {
    const { owner, member, workspaceId } = await team();
    const listId = await insertList(workspaceId, owner, 'quest');
    const input: AddListMemberInput = {
      listId: gid('List', listId),
      userId: gid('User', member),
      role: 'VIEWER',
      deliveryPreference: 'DAILY_DIGEST',
    };
    const added = await mutate(AddListMemberDetailedDocument, input, owner);
    expect(added).toMatchObject({
      __typename: 'AddListMemberSuccess',
      data: {
        role: 'VIEWER',
        deliveryPreference: 'DAILY_DIGEST',
        user: { id: gid('User', member) },
      },
    });
    expect(await mutate(AddListMemberDetailedDocument, input, owner)).toMatchObject({
      __typename: 'ConflictError',
    });
  });

  it('refuses OWNER, users outside the workspace, and non-managers', async () => {
    const { owner, admin, member, viewer, stranger, workspaceId } = await team();
    const listId = await insertList(workspaceId, owner);
    const add = (as: string, userId: string, role: ListRole = 'EDITOR') =>
      mutate(
        AddListMemberDetailedDocument,
        { listId: gid('List', listId), userId: gid('User', userId), role },
        as,
      );
    expect(await add(owner, member, 'OWNER')).toMatchObject({ __typename: 'ValidationError' });
    expect(await add(owner, stranger)).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.userId' }],
    });
    expect(await add(member, viewer)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await add(stranger, viewer)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await count('SELECT count(*) AS n FROM list_members WHERE list_id = ?', listId)).toBe(0);
    // Workspace admins manage any list of the workspace.
    expect((await add(admin, viewer)).__typename).toBe('AddListMemberSuccess');
  });

  it('changes the delivery preference: the member themself or the list owner, nobody else', async () => {
    const { owner, admin, member, workspaceId } = await team();
    const listId = await insertList(workspaceId, owner);
    const memberRow = await insertListMember(listId, member);
    await insertListMember(listId, admin);
    const changeAs = (as: string, deliveryPreference: DeliveryPreference) =>
      mutate(
        ChangeListMemberDeliveryPreferenceDetailedDocument,
        { memberId: gid('ListMember', memberRow), deliveryPreference },
        as,
      );
    expect(await changeAs(member, 'NONE')).toMatchObject({ data: { deliveryPreference: 'NONE' } });
    expect(await changeAs(owner, 'DAILY_DIGEST')).toMatchObject({
      data: { deliveryPreference: 'DAILY_DIGEST' },
    });
    expect(await changeAs(admin, 'INSTANT')).toMatchObject({ __typename: 'ForbiddenError' });
    expect(
      await count(
        'SELECT count(*) AS n FROM list_members WHERE id = ? AND delivery_preference = ?',
        memberRow,
        'daily_digest',
      ),
    ).toBe(1);
  });
});

describe('list visibility', () => {
  it('shows a quest to its members and workspace owners/admins, a checklist to every workspace member', async () => {
    const { owner, admin, member, viewer, stranger, workspaceId } = await team();
    const quest = await insertList(workspaceId, member, 'quest');
    const checklist = await insertList(workspaceId, member);
    const questMember = await insertUser();
    await insertListMember(quest, questMember);
    const sees = async (as: string) => {
      const result = await gql(
        ListsSeenDocument,
        { ids: [gid('List', quest), gid('List', checklist)] },
        { as },
      );
      return result.data?.nodes.map((node) => node !== null);
    };
    expect(await sees(owner)).toEqual([true, true]);
    expect(await sees(admin)).toEqual([true, true]);
    expect(await sees(member)).toEqual([true, true]); // the lists' owner
    expect(await sees(viewer)).toEqual([false, true]);
    expect(await sees(questMember)).toEqual([true, false]);
    expect(await sees(stranger)).toEqual([false, false]);
    const listed = await gql(
      WorkspaceListCountDocument,
      { id: gid('Workspace', workspaceId) },
      { as: viewer },
    );
    expect(variant(listed.data?.node, 'Workspace').lists.totalCount).toBe(1);
  });
});
