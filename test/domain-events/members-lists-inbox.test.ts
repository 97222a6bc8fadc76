import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  AdminRemoveMemberDocument,
  AdminSetMemberRoleDocument,
  EvAddListItemDocument,
  EvAddWorkspaceMemberDocument,
  EvCompleteListItemDocument,
  EvRemoveWorkspaceMemberDocument,
  EvSendRelationshipRequestDocument,
} from '../generated/graphql';
import { makeAdmin } from '../hardening/helpers';
import { gql, mutate, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { insertList, insertListItem } from '../helpers/social-seed';
import { gid } from '../helpers/work-seed';
import { eventsBy, eventsOf, payloadOf, withFailingEvents } from './helpers';

const memberCount = async (workspaceId: string, userId: string) =>
  (
    await env.DB.prepare(
      'SELECT count(*) AS n FROM workspace_members WHERE workspace_id = ? AND user_id = ?',
    )
      .bind(workspaceId, userId)
      .first<{ n: number }>()
  )?.n;

describe('workspace member events', () => {
  it('adding and removing a member append one event each, about that member', async () => {
    const owner = await insertUser();
    const newcomer = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const input = {
      workspaceId: gid('Workspace', workspaceId),
      userId: gid('User', newcomer),
    };
    const added = variant(
      await mutate(EvAddWorkspaceMemberDocument, { ...input, role: 'MEMBER' }, owner),
      'AddWorkspaceMemberSuccess',
    ).data;
    variant(
      await mutate(EvRemoveWorkspaceMemberDocument, input, owner),
      'RemoveWorkspaceMemberSuccess',
    );
    const events = await eventsOf(added.id);
    expect(events.map((event) => event.type)).toEqual([
      'workspace_member.added',
      'workspace_member.removed',
    ]);
    for (const event of events) {
      expect(event).toMatchObject({
        workspace_id: workspaceId,
        user_id: newcomer,
        actor_id: owner,
      });
    }
    expect(payloadOf(events[0])).toEqual({ role: 'member' });
  });

  it("an admin's repairs append the same events: a user added, then removed (a role change: none)", async () => {
    const owner = await insertUser();
    const admin = await insertUser();
    const newcomer = await insertUser();
    await makeAdmin(admin, 'admin');
    const workspaceId = await insertWorkspace(owner);
    const ids = { w: gid('Workspace', workspaceId), u: gid('User', newcomer) };
    const setRole = (role: 'MEMBER' | 'ADMIN') =>
      gql(AdminSetMemberRoleDocument, { ...ids, role }, { as: admin }).then(
        (r) => r.data?.adminSetWorkspaceMemberRole.__typename,
      );
    const remove = () =>
      gql(AdminRemoveMemberDocument, ids, { as: admin }).then(
        (r) => r.data?.adminRemoveWorkspaceMember.__typename,
      );
    expect(await setRole('MEMBER')).toBe('AdminSetWorkspaceMemberRoleSuccess');
    expect(await setRole('ADMIN')).toBe('AdminSetWorkspaceMemberRoleSuccess');
    expect(await remove()).toBe('AdminRemoveWorkspaceMemberSuccess');
    expect(await remove()).toBe('NotFoundError');

    const events = await eventsBy(admin);
    expect(events.map((event) => event.type)).toEqual([
      'workspace_member.added',
      'workspace_member.removed',
    ]);
    for (const event of events) {
      expect(event).toMatchObject({ workspace_id: workspaceId, user_id: newcomer });
    }
    expect(events[0]?.subject_id).toBe(events[1]?.subject_id);
    expect(payloadOf(events[0] as (typeof events)[0])).toEqual({ role: 'member' });
    expect(payloadOf(events[1] as (typeof events)[0])).toEqual({ left: false });
  });

  it('refused: a plain member adding, a duplicate, and the owner removed, leave no event', async () => {
    const owner = await insertUser();
    const member = await insertUser();
    const other = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, member);
    const ws = gid('Workspace', workspaceId);
    const byMember = await mutate(
      EvAddWorkspaceMemberDocument,
      { workspaceId: ws, userId: gid('User', other), role: 'MEMBER' },
      member,
    );
    expect(byMember.__typename).toMatch(/ForbiddenError|NotFoundError/);
    const duplicate = await mutate(
      EvAddWorkspaceMemberDocument,
      { workspaceId: ws, userId: gid('User', member), role: 'MEMBER' },
      owner,
    );
    expect(duplicate.__typename).toBe('ConflictError');
    const removeOwner = await mutate(
      EvRemoveWorkspaceMemberDocument,
      { workspaceId: ws, userId: gid('User', owner) },
      owner,
    );
    expect(removeOwner.__typename).toBe('ForbiddenError');
    expect(await eventsBy(owner)).toEqual([]);
    expect(await eventsBy(member)).toEqual([]);
  });

  it('a failing batch leaves neither the membership nor its event', async () => {
    const owner = await insertUser();
    const newcomer = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const result = await withFailingEvents(owner, () =>
      gql(
        EvAddWorkspaceMemberDocument,
        {
          input: {
            workspaceId: gid('Workspace', workspaceId),
            userId: gid('User', newcomer),
            role: 'MEMBER',
          },
        },
        { as: owner },
      ),
    );
    expect(result.errors?.length ?? 0).toBeGreaterThan(0);
    expect(await memberCount(workspaceId, newcomer)).toBe(0);
    expect(await eventsBy(owner)).toEqual([]);
  });
});

describe('list item events', () => {
  it('adding and completing an entry append one event each; completing again appends none', async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const listId = await insertList(workspaceId, owner);
    const item = variant(
      await mutate(EvAddListItemDocument, { listId: gid('List', listId), title: 'Milk' }, owner),
      'AddListItemSuccess',
    ).data;
    for (let i = 0; i < 2; i++) {
      variant(
        await mutate(EvCompleteListItemDocument, { itemId: item.id }, owner),
        'CompleteListItemSuccess',
      );
    }
    const events = await eventsOf(item.id);
    expect(events.map((event) => event.type)).toEqual(['list_item.added', 'list_item.completed']);
    for (const event of events) {
      expect(event).toMatchObject({ workspace_id: workspaceId, actor_id: owner });
      expect(payloadOf(event)).toEqual({ listId: gid('List', listId) });
    }
  });

  it('refused: an outsider adding or completing leaves no event', async () => {
    const owner = await insertUser();
    const stranger = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const listId = await insertList(workspaceId, owner);
    const itemId = await insertListItem(listId);
    const added = await mutate(
      EvAddListItemDocument,
      { listId: gid('List', listId), title: 'Sneaky' },
      stranger,
    );
    expect(added.__typename).toBe('NotFoundError');
    const completed = await mutate(
      EvCompleteListItemDocument,
      { itemId: gid('ListItem', itemId) },
      stranger,
    );
    expect(completed.__typename).toBe('NotFoundError');
    expect(await eventsBy(stranger)).toEqual([]);
    expect(await eventsOf(gid('ListItem', itemId))).toEqual([]);
  });
});

describe('inbox item events', () => {
  it('a relationship request puts one inbox_item.created event in the recipient\u2019s scope', async () => {
    const sender = await insertUser();
    const recipient = await insertUser();
    const result = await mutate(
      EvSendRelationshipRequestDocument,
      { toUserId: gid('User', recipient) },
      sender,
    );
    expect(result.__typename).toMatch(/Success$/);
    const events = await eventsBy(sender);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'inbox_item.created', user_id: recipient });
    const inbox = await env.DB.prepare('SELECT id FROM inbox_items WHERE user_id = ?')
      .bind(recipient)
      .first<{ id: string }>();
    expect(events[0].subject_id).toBe(gid('InboxItem', inbox?.id ?? ''));
    // Refused (to oneself): nothing more.
    const self = await mutate(
      EvSendRelationshipRequestDocument,
      { toUserId: gid('User', sender) },
      sender,
    );
    expect(self.__typename).toBe('ValidationError');
    expect(await eventsBy(sender)).toHaveLength(1);
  });
});
