import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { addListMember, gid, insertList, insertWorkItem } from '../helpers/work-seed';

// `WorkItem.listId` names the list only to those who see the list, as `WorkItem.list` does: a
// squad item on a quest is seen by every member, its quest only by the quest's own people.

const ITEM = `query ListOfItem($id: ID!) { node(id: $id) { ... on WorkItem { title listId list { id } } } }`;

describe('WorkItem.listId', () => {
  it("is null for a viewer who sees the item but not its quest, the quest's id for one who sees it", async () => {
    const owner = await insertUser();
    const member = await insertUser();
    const questMember = await insertUser();
    const workspace = await insertWorkspace(owner);
    await addMember(workspace, member);
    await addMember(workspace, questMember);
    const quest = await insertList(workspace, owner, 'quest');
    await addListMember(quest, questMember);
    const item = await insertWorkItem({
      workspaceId: workspace,
      ownerId: owner,
      scope: 'squad',
      listId: quest,
      title: 'Squad item on a quest',
    });

    const asMember = await gql(ITEM, { id: gid('WorkItem', item) }, { as: member });
    expect(asMember.data?.node).toEqual({
      title: 'Squad item on a quest',
      listId: null,
      list: null,
    });

    for (const seer of [owner, questMember]) {
      const seen = await gql(ITEM, { id: gid('WorkItem', item) }, { as: seer });
      expect(seen.data?.node).toEqual({
        title: 'Squad item on a quest',
        listId: gid('List', quest),
        list: { id: gid('List', quest) },
      });
    }
  });
});
