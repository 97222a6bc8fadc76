import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  AddListItemDetailedDocument,
  AddListMemberDetailedDocument,
  AddWorkspaceMemberDetailedDocument,
  AdminRemoveWorkspaceMemberDetailedDocument,
  AssignWorkItemDetailedDocument,
  NodeSeenDocument,
  RemoveWorkspaceMemberDetailedDocument,
  UpdateWorkItemDetailedDocument,
  WorkspacesWorkItemReadsDocument,
} from '../generated/graphql';
import { gql, mutate } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { countRows, gid, insertList, insertWorkItem, makeAdmin } from '../helpers/work-seed';

// An assignee always sees (and may edit) the item assigned to them. A member removed from a
// workspace (by a manager, by an admin, or by leaving) must not keep that right: their
// assignments in that workspace are cleared in the removal's own batch, audited, and the
// visibility rule only honours an assignment while the assignee is still a member.

/** What `as` sees of the item through node, the root connection and their assignments. */
async function sees(as: string, itemId: string) {
  const id = gid('WorkItem', itemId);
  const result = await gql(WorkspacesWorkItemReadsDocument, { id }, { as });
  expect(result.errors).toBeUndefined();
  return {
    node: result.data?.node?.id === id,
    root: result.data?.workItems.edges.some((edge) => edge.node.id === id),
    assigned: result.data?.viewer?.assignedWorkItems.edges.some((edge) => edge.node.id === id),
  };
}
const everywhere = { node: true, root: true, assigned: true };
const nowhere = { node: false, root: false, assigned: false };

const rename = (as: string, itemId: string, title: string) =>
  mutate(UpdateWorkItemDetailedDocument, { workItemId: gid('WorkItem', itemId), title }, as);
const remove = (as: string, workspaceId: string, userId: string) =>
  mutate(
    RemoveWorkspaceMemberDetailedDocument,
    { workspaceId: gid('Workspace', workspaceId), userId: gid('User', userId) },
    as,
  );
const assigneeOf = async (itemId: string) =>
  (
    await env.DB.prepare('SELECT assignee_id FROM work_items WHERE id = ?')
      .bind(itemId)
      .first<{ assignee_id: string | null }>()
  )?.assignee_id ?? null;

const clearAudits = async (workspaceId: string) => {
  const { results } = await env.DB.prepare(
    "SELECT actor_id, target_type, changes_json FROM audit_logs WHERE action = 'workspace_member.clear_assignments' AND target_id = ?",
  )
    .bind(workspaceId)
    .all<{ actor_id: string | null; target_type: string; changes_json: string }>();
  return results.map((row) => ({ ...row, changes: JSON.parse(row.changes_json) }));
};

/** A workspace with a manager (admin) and an assignee holding two private items of the owner. */
async function world() {
  const owner = await insertUser();
  const manager = await insertUser();
  const assignee = await insertUser();
  const workspaceId = await insertWorkspace(owner);
  await addMember(workspaceId, manager, 'admin');
  await addMember(workspaceId, assignee, 'member');
  const first = await insertWorkItem({ workspaceId, ownerId: owner, assigneeId: assignee });
  const second = await insertWorkItem({ workspaceId, ownerId: owner, assigneeId: assignee });
  return { owner, manager, assignee, workspaceId, items: [first, second] as const };
}

describe('removing a member clears their assignments in that workspace', () => {
  it('removed by a manager: no more reads or edits through node, connections or mutations', async () => {
    const { owner, manager, assignee, workspaceId, items } = await world();
    // Their assignment in another workspace is not touched.
    const otherWorkspace = await insertWorkspace(owner);
    await addMember(otherWorkspace, assignee, 'member');
    const elsewhere = await insertWorkItem({
      workspaceId: otherWorkspace,
      ownerId: owner,
      assigneeId: assignee,
    });
    expect(await sees(assignee, items[0])).toEqual(everywhere);
    expect(await rename(assignee, items[0], 'Before')).toMatchObject({
      __typename: 'UpdateWorkItemSuccess',
    });

    expect(await remove(manager, workspaceId, assignee)).toMatchObject({
      __typename: 'RemoveWorkspaceMemberSuccess',
    });
    for (const item of items) {
      expect(await sees(assignee, item)).toEqual(nowhere);
      expect(await assigneeOf(item)).toBeNull();
      expect(await rename(assignee, item, 'After')).toMatchObject({ __typename: 'NotFoundError' });
    }
    expect(
      await mutate(
        AssignWorkItemDetailedDocument,
        { workItemId: gid('WorkItem', items[0]) },
        assignee,
      ),
    ).toMatchObject({ __typename: 'NotFoundError' });
    expect(await sees(assignee, elsewhere)).toEqual(everywhere);
    expect(await assigneeOf(elsewhere)).toBe(assignee);
    // The owner still has the items, now unassigned.
    expect(await sees(owner, items[0])).toMatchObject({ node: true, root: true });

    const audits = await clearAudits(workspaceId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actor_id: manager, target_type: 'Workspace' });
    expect(audits[0]?.changes).toEqual({
      userId: assignee,
      workItemIds: [...items].sort(),
    });
  });

  it('leaving: the leaver loses the items too, audited as their own act', async () => {
    const { assignee, workspaceId, items } = await world();
    expect(await remove(assignee, workspaceId, assignee)).toMatchObject({
      __typename: 'RemoveWorkspaceMemberSuccess',
    });
    expect(await sees(assignee, items[1])).toEqual(nowhere);
    expect(await assigneeOf(items[1])).toBeNull();
    expect(await clearAudits(workspaceId)).toMatchObject([{ actor_id: assignee }]);
  });

  it('removed by a gateway admin: cleared in the same audited batch', async () => {
    const { assignee, workspaceId, items } = await world();
    const admin = await insertUser();
    await makeAdmin(admin, 'admin');
    const removed = await mutate(
      AdminRemoveWorkspaceMemberDetailedDocument,
      { workspaceId: gid('Workspace', workspaceId), userId: gid('User', assignee) },
      admin,
    );
    expect(removed.__typename).toBe('AdminRemoveWorkspaceMemberSuccess');
    expect(await sees(assignee, items[0])).toEqual(nowhere);
    expect(await assigneeOf(items[0])).toBeNull();
    expect(
      await countRows(
        "SELECT count(*) AS n FROM audit_logs WHERE target_id = ? AND action = 'workspace_member.remove'",
        workspaceId,
      ),
    ).toBe(1);
    expect(await clearAudits(workspaceId)).toMatchObject([{ actor_id: admin }]);
  });

  it('a refused removal clears nothing, before its batch or inside it', async () => {
    const { owner, manager, assignee, workspaceId, items } = await world();
    const otherAdmin = await insertUser();
    await addMember(workspaceId, otherAdmin, 'admin');
    await env.DB.prepare('UPDATE work_items SET assignee_id = ? WHERE id = ?')
      .bind(otherAdmin, items[1])
      .run();
    // Refused before the batch: an admin does not remove another admin.
    expect(await remove(manager, workspaceId, otherAdmin)).toMatchObject({
      __typename: 'ForbiddenError',
    });
    expect(await assigneeOf(items[1])).toBe(otherAdmin);

    // Refused inside the batch: the membership's DELETE does not apply (as when it changed
    // between the read and the write), so nothing after it in the batch may apply either.
    await env.DB.prepare(
      `CREATE TRIGGER keep_member BEFORE DELETE ON workspace_members
       WHEN old.user_id = '${assignee}' BEGIN SELECT RAISE(IGNORE); END`,
    ).run();
    try {
      expect(await remove(manager, workspaceId, assignee)).toMatchObject({
        __typename: 'ConflictError',
      });
    } finally {
      await env.DB.prepare('DROP TRIGGER keep_member').run();
    }
    expect(await assigneeOf(items[0])).toBe(assignee);
    expect(await sees(assignee, items[0])).toEqual(everywhere);
    expect(await clearAudits(workspaceId)).toEqual([]);

    // The same removal, applied, clears them.
    expect(await remove(owner, workspaceId, assignee)).toMatchObject({
      __typename: 'RemoveWorkspaceMemberSuccess',
    });
    expect(await assigneeOf(items[0])).toBeNull();
    expect(await assigneeOf(items[1])).toBe(otherAdmin);
  });

  it('members who stay keep their rights; a re-added member gets them back by a new assignment', async () => {
    const { owner, manager, assignee, workspaceId, items } = await world();
    const stayer = await insertUser();
    await addMember(workspaceId, stayer, 'member');
    const staying = await insertWorkItem({ workspaceId, ownerId: owner, assigneeId: stayer });
    expect(await remove(manager, workspaceId, assignee)).toMatchObject({
      __typename: 'RemoveWorkspaceMemberSuccess',
    });
    expect(await sees(stayer, staying)).toEqual(everywhere);
    expect(await rename(stayer, staying, 'Still mine')).toMatchObject({
      data: { title: 'Still mine' },
    });

    // Back in the workspace: the old assignment is gone, not silently restored.
    expect(
      await mutate(
        AddWorkspaceMemberDetailedDocument,
        {
          workspaceId: gid('Workspace', workspaceId),
          userId: gid('User', assignee),
          role: 'MEMBER',
        },
        manager,
      ),
    ).toMatchObject({ __typename: 'AddWorkspaceMemberSuccess' });
    expect(await sees(assignee, items[0])).toEqual(nowhere);
    expect(
      await mutate(
        AssignWorkItemDetailedDocument,
        { workItemId: gid('WorkItem', items[0]), assigneeId: gid('User', assignee) },
        owner,
      ),
    ).toMatchObject({ __typename: 'AssignWorkItemSuccess' });
    expect(await sees(assignee, items[0])).toEqual(everywhere);
    expect(await rename(assignee, items[0], 'Mine again')).toMatchObject({
      data: { title: 'Mine again' },
    });
  });

  it('an assignment to someone no longer a member (left from before) grants nothing', async () => {
    const owner = await insertUser();
    const former = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    // As rows removed before this rule existed left them: assigned, but not a member.
    const item = await insertWorkItem({ workspaceId, ownerId: owner, assigneeId: former });
    expect(await sees(former, item)).toEqual(nowhere);
    expect(await rename(former, item, 'Sneaky')).toMatchObject({ __typename: 'NotFoundError' });
    // Membership (back) makes the assignment count again.
    await addMember(workspaceId, former, 'viewer');
    expect(await sees(former, item)).toEqual(everywhere);
  });
});

describe('a list owner removed from the workspace', () => {
  it('no longer reads, fills or manages the list', async () => {
    const owner = await insertUser();
    const listOwner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, listOwner, 'member');
    const newcomer = await insertUser();
    await addMember(workspaceId, newcomer, 'member');
    const listId = await insertList(workspaceId, listOwner, 'quest');
    const list = gid('List', listId);
    const read = async () =>
      (await gql(NodeSeenDocument, { id: list }, { as: listOwner })).data?.node ?? null;
    expect(await read()).not.toBeNull();

    expect(await remove(owner, workspaceId, listOwner)).toMatchObject({
      __typename: 'RemoveWorkspaceMemberSuccess',
    });
    expect(await read()).toBeNull();
    const addItem = await mutate(
      AddListItemDetailedDocument,
      { listId: list, title: 'From outside' },
      listOwner,
    );
    expect(addItem.__typename).toBe('NotFoundError');
    const addMemberResult = await mutate(
      AddListMemberDetailedDocument,
      { listId: list, userId: gid('User', newcomer) },
      listOwner,
    );
    expect(addMemberResult.__typename).toBe('NotFoundError');
    expect(
      await countRows(
        'SELECT (SELECT count(*) FROM list_items WHERE list_id = ?1) + (SELECT count(*) FROM list_members WHERE list_id = ?1) AS n',
        listId,
      ),
    ).toBe(0);
  });
});
