import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  EvAssignWorkItemDocument,
  EvChangeWorkItemVisibilityDocument,
  EvCompleteWorkItemDocument,
  EvCreateWorkItemDocument,
  EvDeleteWorkItemDocument,
  EvUpdateWorkItemDocument,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { gid, insertWorkItem, workspaceWithMember } from '../helpers/work-seed';
import { eventsBy, eventsOf, payloadOf, withFailingEvents } from './helpers';

const countItems = async (workspaceId: string) =>
  (
    await env.DB.prepare('SELECT count(*) AS n FROM work_items WHERE workspace_id = ?')
      .bind(workspaceId)
      .first<{ n: number }>()
  )?.n;

describe('work item events', () => {
  it('a created item has one work_item.created event in its workspace, by its creator', async () => {
    const { member, workspaceId } = await workspaceWithMember();
    const result = await mutate(
      EvCreateWorkItemDocument,
      { workspaceId: gid('Workspace', workspaceId), title: 'Write the spine' },
      member,
    );
    const item = variant(result, 'CreateWorkItemSuccess').data;
    const events = await eventsOf(item.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'work_item.created',
      workspace_id: workspaceId,
      thread_id: null,
      actor_id: member,
    });
    expect(payloadOf(events[0])).toEqual({});
  });

  it('update, complete, visibility, assign and delete each append one event, in order', async () => {
    const { owner, member, workspaceId } = await workspaceWithMember();
    const id = await insertWorkItem({ workspaceId, ownerId: owner, title: 'Before' });
    const itemId = gid('WorkItem', id);
    const ok = async (promise: Promise<{ __typename: string }>) =>
      expect((await promise).__typename).toMatch(/Success$/);
    await ok(mutate(EvUpdateWorkItemDocument, { workItemId: itemId, title: 'After' }, owner));
    await ok(
      mutate(
        EvChangeWorkItemVisibilityDocument,
        { workItemId: itemId, visibility: 'SQUAD' },
        owner,
      ),
    );
    await ok(
      mutate(
        EvAssignWorkItemDocument,
        { workItemId: itemId, assigneeId: gid('User', member) },
        owner,
      ),
    );
    await ok(mutate(EvCompleteWorkItemDocument, { workItemId: itemId }, owner));
    await ok(mutate(EvDeleteWorkItemDocument, { workItemId: itemId }, owner));

    const events = await eventsOf(itemId);
    expect(events.map((event) => event.type)).toEqual([
      'work_item.updated',
      'work_item.visibility_changed',
      'work_item.assigned',
      'work_item.completed',
      'work_item.deleted',
    ]);
    for (const event of events) {
      expect(event).toMatchObject({ workspace_id: workspaceId, actor_id: owner });
    }
    expect(payloadOf(events[0])).toEqual({ fields: ['title'] });
    expect(payloadOf(events[1])).toEqual({ from: 'private', to: 'squad' });
    expect(events[2].user_id).toBe(member);
    expect(payloadOf(events[2])).toEqual({ assigneeId: gid('User', member) });
    // Ids increase: a reader after id N misses nothing.
    const ids = events.map((event) => event.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it('completing an item already done appends no second work_item.completed', async () => {
    const { owner, workspaceId } = await workspaceWithMember();
    const itemId = gid('WorkItem', await insertWorkItem({ workspaceId, ownerId: owner }));
    for (let i = 0; i < 2; i++) {
      const done = await mutate(EvCompleteWorkItemDocument, { workItemId: itemId }, owner);
      expect(done.__typename).toBe('CompleteWorkItemSuccess');
    }
    const events = await eventsOf(itemId);
    expect(events.map((event) => event.type)).toEqual(['work_item.completed']);
  });

  it('refused writes leave no event: invalid, forbidden, hidden', async () => {
    const { owner, member, workspaceId } = await workspaceWithMember();
    const stranger = await insertUser();
    const id = await insertWorkItem({ workspaceId, ownerId: owner, title: 'Private' });
    const itemId = gid('WorkItem', id);

    const invalid = await mutate(
      EvUpdateWorkItemDocument,
      { workItemId: itemId, title: '' },
      owner,
    );
    expect(invalid.__typename).toBe('ValidationError');
    // A member sees a private item of the owner's as missing; so does a stranger.
    for (const viewer of [member, stranger]) {
      const hidden = await mutate(EvDeleteWorkItemDocument, { workItemId: itemId }, viewer);
      expect(hidden.__typename).toBe('NotFoundError');
    }
    const created = await mutate(
      EvCreateWorkItemDocument,
      { workspaceId: gid('Workspace', workspaceId), title: 'Not mine' },
      stranger,
    );
    expect(created.__typename).toMatch(/NotFoundError|ForbiddenError/);
    expect(await eventsOf(itemId)).toEqual([]);
    expect(await eventsBy(stranger)).toEqual([]);
    expect(await eventsBy(member)).toEqual([]);
  });

  it('a failing batch leaves neither the item nor its event', async () => {
    const { member, workspaceId } = await workspaceWithMember();
    const result = await withFailingEvents(member, () =>
      gql(
        EvCreateWorkItemDocument,
        { input: { workspaceId: gid('Workspace', workspaceId), title: 'Doomed' } },
        { as: member },
      ),
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(await countItems(workspaceId)).toBe(0);
    expect(await eventsBy(member)).toEqual([]);
  });
});
