import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  EvAddWorkspaceMemberDocument,
  RtChangeWorkItemVisibilityDocument,
  RtCreateWorkItemDocument,
  RtDeleteWorkItemDocument,
  RtRemoveWorkspaceMemberDocument,
  RtUpdateWorkItemDocument,
  RtWorkItemChangedDocument,
} from '../generated/graphql';
import { mutate, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { gid, workspaceWithMember } from '../helpers/work-seed';
import { subscribe } from './sse';

const create = async (
  workspace: string,
  title: string,
  as: string,
  visibility: 'SQUAD' | 'PRIVATE' = 'SQUAD',
) =>
  variant(
    await mutate(RtCreateWorkItemDocument, { workspaceId: workspace, title, visibility }, as),
    'CreateWorkItemSuccess',
  ).data.id;

const lastLogId = async () =>
  Number(
    (
      await env.DB.prepare('SELECT coalesce(max(id), 0) AS id FROM domain_events').first<{
        id: number;
      }>()
    )?.id,
  );

describe('Subscription.workItemChanged over SSE', () => {
  it('delivers only the changes of items the subscriber may see when the event is read', async () => {
    const { owner, member, workspace } = await workspaceWithMember();
    // The changes happen first and the stream reads them afterwards (resuming from the log's
    // end before them), so each is judged, deterministically, by the state at reading time.
    const before = String(await lastLogId());
    const shared = await create(workspace, 'Shared', owner);
    // Made private to its owner: none of its events may reach the member any more.
    await mutate(
      RtChangeWorkItemVisibilityDocument,
      { workItemId: shared, visibility: 'PRIVATE' },
      owner,
    );
    await mutate(RtUpdateWorkItemDocument, { workItemId: shared, title: 'Secret now' }, owner);
    const other = await create(workspace, 'Other', owner);
    await mutate(RtUpdateWorkItemDocument, { workItemId: other, title: 'Renamed' }, owner);
    const gone = await create(workspace, 'Gone', owner);
    await mutate(RtDeleteWorkItemDocument, { workItemId: gone }, owner);
    const hidden = await create(workspace, 'Hidden', owner, 'PRIVATE');
    await mutate(RtDeleteWorkItemDocument, { workItemId: hidden }, owner);
    const after = await lastLogId();

    const stream = await subscribe(
      RtWorkItemChangedDocument,
      { workspaceId: workspace },
      { as: member, lastEventId: before },
    );
    const got = [];
    for (let i = 0; i < 3; i++) got.push(await stream.nextData());
    expect(got.map((event) => event.data.workItemChanged)).toEqual([
      {
        kind: 'CREATED',
        workItemId: other,
        changedFields: null,
        workItem: { id: other, title: 'Renamed' },
      },
      {
        kind: 'UPDATED',
        workItemId: other,
        changedFields: ['title'],
        workItem: { id: other, title: 'Renamed' },
      },
      // Deleted: judged by who could see it when it went (its event keeps its scope).
      { kind: 'DELETED', workItemId: gone, changedFields: null, workItem: null },
    ]);
    // Nothing about `shared` or `hidden` came between: the next event is a live one.
    await create(workspace, 'Live', owner);
    const live = await stream.nextData();
    expect(live.data.workItemChanged.workItem?.title).toBe('Live');
    expect(Number(live.id)).toBeGreaterThan(after);
    await stream.close();
  });

  it('ends a removed member’s stream with SUBSCRIPTION_ACCESS_ENDED', async () => {
    const { owner, member, workspace } = await workspaceWithMember();
    const stream = await subscribe(
      RtWorkItemChangedDocument,
      { workspaceId: workspace },
      { as: member },
    );
    await mutate(
      RtRemoveWorkspaceMemberDocument,
      { workspaceId: workspace, userId: gid('User', member) },
      owner,
    );
    const ended = await stream.next();
    expect(ended.event).toBe('next');
    expect(ended.data?.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_ACCESS_ENDED');
    expect((await stream.next()).event).toBe('complete');
  });

  it('goes past a removal read back when the subscriber is a member again', async () => {
    const { owner, member, workspace } = await workspaceWithMember();
    const before = String(await lastLogId());
    const first = await create(workspace, 'Before the removal', owner);
    await mutate(
      RtRemoveWorkspaceMemberDocument,
      { workspaceId: workspace, userId: gid('User', member) },
      owner,
    );
    const added = await mutate(
      EvAddWorkspaceMemberDocument,
      { workspaceId: workspace, userId: gid('User', member), role: 'MEMBER' },
      owner,
    );
    expect(added.__typename).toBe('AddWorkspaceMemberSuccess');
    const second = await create(workspace, 'After the return', owner);
    // Resumed from before the removal: judged now, the member may read both items.
    const stream = await subscribe(
      RtWorkItemChangedDocument,
      { workspaceId: workspace },
      { as: member, lastEventId: before },
    );
    const got = [await stream.nextData(), await stream.nextData()];
    expect(got.map((event) => event.data.workItemChanged.workItemId)).toEqual([first, second]);
    await stream.close();
  });

  it('refuses a workspace the viewer is not a member of', async () => {
    const { workspace } = await workspaceWithMember();
    const stranger = await insertUser();
    const stream = await subscribe(
      RtWorkItemChangedDocument,
      { workspaceId: workspace },
      { as: stranger },
    );
    expect((await stream.next()).data?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
