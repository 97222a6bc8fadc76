import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssignWorkItemDetailedDocument,
  ChangeWorkItemVisibilityDetailedDocument,
  CompleteWorkItemDetailedDocument,
  CreateWorkItemDetailedDocument,
  type CreateWorkItemInput,
  DeleteWorkItemDetailedDocument,
  NodeSeenDocument,
  UpdateWorkItemDetailedDocument,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import {
  addListMember,
  addRoomMember,
  countRows,
  gid,
  insertList,
  insertRoom,
  insertWorkItem,
} from '../helpers/work-seed';

// The operations of test/documents/work-items.graphql, by what they do.
const CREATE = CreateWorkItemDetailedDocument;
const UPDATE = UpdateWorkItemDetailedDocument;
const VISIBILITY = ChangeWorkItemVisibilityDetailedDocument;
const ASSIGN = AssignWorkItemDetailedDocument;
const COMPLETE = CompleteWorkItemDetailedDocument;
const DELETE = DeleteWorkItemDetailedDocument;

const row = (id: string) =>
  env.DB.prepare('SELECT * FROM work_items WHERE id = ?').bind(id).first<Record<string, unknown>>();

describe('work item mutations', () => {
  let owner: string;
  let admin: string;
  let member: string;
  let viewerRole: string;
  let stranger: string;
  let workspaceId: string;
  let roomId: string;
  let listId: string;
  let otherWorkspaceId: string;
  let otherRoomId: string;
  let ws: string;

  beforeAll(async () => {
    owner = await insertUser();
    admin = await insertUser();
    member = await insertUser();
    viewerRole = await insertUser();
    stranger = await insertUser();
    workspaceId = await insertWorkspace(owner);
    ws = gid('Workspace', workspaceId);
    await addMember(workspaceId, admin, 'admin');
    await addMember(workspaceId, member, 'member');
    await addMember(workspaceId, viewerRole, 'viewer');
    roomId = await insertRoom(workspaceId);
    listId = await insertList(workspaceId, owner);
    // Another workspace the owner belongs to: its room and list are visible to them, but outside
    // the item's workspace (hidden ones answer NotFound: test/access/hidden-targets.test.ts).
    otherWorkspaceId = await insertWorkspace(stranger);
    await addMember(otherWorkspaceId, owner);
    otherRoomId = await insertRoom(otherWorkspaceId);
  });

  describe('createWorkItem', () => {
    it('creates an item owned by the viewer, with its room, list and assignee', async () => {
      const result = await mutate(
        CREATE,
        {
          workspaceId: ws,
          title: '  Ship it ',
          visibility: 'ROOM',
          roomId: gid('Room', roomId),
          listId: gid('List', listId),
          assigneeId: gid('User', member),
          dueAt: '2031-02-03T04:05:06Z',
        },
        owner,
      );
      expect(result).toMatchObject({
        __typename: 'CreateWorkItemSuccess',
        data: {
          title: 'Ship it',
          type: 'TASK',
          status: 'TODO',
          visibility: 'ROOM',
          dueAt: '2031-02-03T04:05:06.000Z',
          listId: gid('List', listId),
          owner: { id: gid('User', owner) },
          assignee: { id: gid('User', member) },
          room: { id: gid('Room', roomId) },
          workspace: { id: ws },
        },
      });
      const id = atob(variant(result, 'CreateWorkItemSuccess').data.id).split(':')[1] as string;
      expect(await row(id)).toMatchObject({ visibility: 'room', visibility_scope: 'room' });
    });

    it('creates a scheduled item with its time slot', async () => {
      const result = await mutate(
        CREATE,
        {
          workspaceId: ws,
          title: 'Standup',
          type: 'SCHEDULED',
          startsAt: '2031-01-01T09:00:00Z',
          endsAt: '2031-01-01T09:15:00Z',
        },
        member,
      );
      expect(result).toMatchObject({
        __typename: 'CreateWorkItemSuccess',
        data: { type: 'SCHEDULED', startsAt: '2031-01-01T09:00:00.000Z', visibility: 'PRIVATE' },
      });
    });

    it.each<[Omit<CreateWorkItemInput, 'workspaceId'>, string]>([
      [{ title: '   ' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ title: 'A', visibility: 'ROOM' }, 'input.roomId'],
      [{ title: 'A', visibility: 'QUEST' }, 'input.listId'],
      [{ title: 'A', type: 'SCHEDULED' }, 'input.startsAt'],
      [{ title: 'A', startsAt: '2031-01-01T09:00:00Z' }, 'input.startsAt'],
      [
        {
          title: 'A',
          type: 'SCHEDULED',
          startsAt: '2031-01-01T09:00:00Z',
          endsAt: '2031-01-01T08:00:00Z',
        },
        'input.endsAt',
      ],
      [{ title: 'A', roomId: 'not-an-id' }, 'input.roomId'],
      [{ title: 'A', assigneeId: btoa('Room:x') }, 'input.assigneeId'],
    ])('returns a ValidationError and writes nothing for %j', async (input, field) => {
      const before = await countRows(
        'SELECT count(*) AS n FROM work_items WHERE workspace_id = ?',
        workspaceId,
      );
      const result = await mutate(CREATE, { workspaceId: ws, ...input }, owner);
      expect(result).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
      expect(variant(result, 'ValidationError').issues.map((issue) => issue.field)).toContain(
        field,
      );
      expect(
        await countRows('SELECT count(*) AS n FROM work_items WHERE workspace_id = ?', workspaceId),
      ).toBe(before);
    });

    it("refuses a room, list or assignee from outside the item's workspace", async () => {
      const otherList = await insertList(otherWorkspaceId, stranger, 'checklist');
      const result = await mutate(
        CREATE,
        {
          workspaceId: ws,
          title: 'Leaky',
          roomId: gid('Room', otherRoomId),
          listId: gid('List', otherList),
          assigneeId: gid('User', stranger),
        },
        owner,
      );
      expect(variant(result, 'ValidationError').issues.map((issue) => issue.field)).toEqual([
        'input.roomId',
        'input.listId',
        'input.assigneeId',
      ]);
      expect(await countRows("SELECT count(*) AS n FROM work_items WHERE title = 'Leaky'")).toBe(0);
    });

    it('answers NotFound for a workspace the viewer is not in, Forbidden for a VIEWER', async () => {
      expect(await mutate(CREATE, { workspaceId: ws, title: 'A' }, stranger)).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'Workspace',
      });
      expect(await mutate(CREATE, { workspaceId: ws, title: 'A' }, viewerRole)).toMatchObject({
        __typename: 'ForbiddenError',
      });
    });

    it('refuses anonymous callers before anything runs', async () => {
      const result = await gql(CREATE, { input: { workspaceId: ws, title: 'A' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('updateWorkItem and completeWorkItem', () => {
    it('lets the owner, the assignee and a workspace admin edit; DONE stamps completedAt', async () => {
      const id = await insertWorkItem({
        workspaceId,
        ownerId: member,
        assigneeId: viewerRole,
        scope: 'squad',
      });
      const workItemId = gid('WorkItem', id);
      expect(await mutate(UPDATE, { workItemId, title: 'By owner' }, member)).toMatchObject({
        data: { title: 'By owner' },
      });
      expect(await mutate(UPDATE, { workItemId, status: 'IN_PROGRESS' }, viewerRole)).toMatchObject(
        {
          data: { status: 'IN_PROGRESS', completedAt: null },
        },
      );
      const done = await mutate(UPDATE, { workItemId, status: 'DONE', description: 'x' }, admin);
      expect(done).toMatchObject({ data: { status: 'DONE', description: 'x' } });
      expect(variant(done, 'UpdateWorkItemSuccess').data.completedAt).toMatch(/^\d{4}-/);
      expect(await mutate(UPDATE, { workItemId, status: 'TODO' }, owner)).toMatchObject({
        data: { status: 'TODO', completedAt: null },
      });
    });

    it('answers Forbidden to a member who sees but may not edit, NotFound to one who cannot see', async () => {
      const id = await insertWorkItem({
        workspaceId,
        ownerId: owner,
        scope: 'squad',
        title: 'Keep',
      });
      const before = await row(id);
      const workItemId = gid('WorkItem', id);
      expect(await mutate(UPDATE, { workItemId, title: 'Hijack' }, member)).toMatchObject({
        __typename: 'ForbiddenError',
      });
      expect(await mutate(UPDATE, { workItemId, title: 'Hijack' }, stranger)).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'WorkItem',
      });
      const secret = await insertWorkItem({ workspaceId, ownerId: member, scope: 'private' });
      // A workspace admin edits what they see, but a private item is not theirs to see.
      expect(await mutate(COMPLETE, { workItemId: gid('WorkItem', secret) }, admin)).toMatchObject({
        __typename: 'NotFoundError',
      });
      expect(await row(id)).toEqual(before);
      expect((await row(secret))?.status).toBe('todo');
    });

    it('validates: nulls, type and time slot; writes nothing on failure', async () => {
      const id = await insertWorkItem({ workspaceId, ownerId: owner, type: 'task' });
      const workItemId = gid('WorkItem', id);
      const before = await row(id);
      expect(await mutate(UPDATE, { workItemId, title: null, status: null }, owner)).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          { field: 'input.title', message: 'cannot be null.' },
          { field: 'input.status', message: 'cannot be null.' },
        ],
      });
      expect(await mutate(UPDATE, { workItemId, type: 'SCHEDULED' }, owner)).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ field: 'input.startsAt' }],
      });
      expect(await row(id)).toEqual(before);
      const scheduled = await mutate(
        UPDATE,
        { workItemId, type: 'SCHEDULED', startsAt: '2031-05-05T10:00:00Z' },
        owner,
      );
      expect(scheduled).toMatchObject({
        data: { type: 'SCHEDULED', startsAt: '2031-05-05T10:00:00.000Z' },
      });
      // Back to a task: the time slot goes with it.
      expect(await mutate(UPDATE, { workItemId, type: 'TASK' }, owner)).toMatchObject({
        data: { type: 'TASK', startsAt: null, endsAt: null },
      });
    });

    it('completes an item once: completing again keeps the first completedAt', async () => {
      const id = await insertWorkItem({ workspaceId, ownerId: owner });
      const first = await mutate(COMPLETE, { workItemId: gid('WorkItem', id) }, owner);
      const stamp = variant(first, 'CompleteWorkItemSuccess').data.completedAt;
      expect(first).toMatchObject({ data: { status: 'DONE' } });
      const again = await mutate(COMPLETE, { workItemId: gid('WorkItem', id) }, owner);
      expect(variant(again, 'CompleteWorkItemSuccess').data.completedAt).toBe(stamp);
    });
  });

  describe('changeWorkItemVisibility', () => {
    it("is the owner's alone: the assignee and workspace admins get ForbiddenError", async () => {
      const assignee = await insertUser();
      const admin = await insertUser();
      await addMember(workspaceId, assignee);
      await addMember(workspaceId, admin, 'admin');
      const id = await insertWorkItem({ workspaceId, ownerId: owner, assigneeId: assignee });
      const workItemId = gid('WorkItem', id);
      for (const caller of [assignee, admin]) {
        const result = await mutate(VISIBILITY, { workItemId, visibility: 'SQUAD' }, caller);
        expect(result.__typename).toBe(caller === assignee ? 'ForbiddenError' : 'NotFoundError');
      }
      expect(await row(id)).toMatchObject({ visibility_scope: 'private' });
      expect(await mutate(VISIBILITY, { workItemId, visibility: 'SQUAD' }, owner)).toMatchObject({
        __typename: 'ChangeWorkItemVisibilitySuccess',
      });
    });

    it('needs a room of the same workspace for ROOM, and keeps the legacy column in step', async () => {
      const roomMember = await insertUser();
      await addMember(workspaceId, roomMember);
      await addRoomMember(roomId, roomMember);
      const id = await insertWorkItem({ workspaceId, ownerId: owner });
      const workItemId = gid('WorkItem', id);
      const seen = async () =>
        (
          await gql(
            NodeSeenDocument,
            { id: workItemId },
            {
              as: roomMember,
            },
          )
        ).data?.node != null;

      expect(await mutate(VISIBILITY, { workItemId, visibility: 'ROOM' }, owner)).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ field: 'input.roomId' }],
      });
      expect(
        await mutate(
          VISIBILITY,
          { workItemId, visibility: 'ROOM', roomId: gid('Room', otherRoomId) },
          owner,
        ),
      ).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'input.roomId' }] });
      expect(await row(id)).toMatchObject({ visibility_scope: 'private', room_id: null });
      expect(await seen()).toBe(false);

      expect(
        await mutate(
          VISIBILITY,
          { workItemId, visibility: 'ROOM', roomId: gid('Room', roomId) },
          owner,
        ),
      ).toMatchObject({ data: { visibility: 'ROOM', room: { id: gid('Room', roomId) } } });
      expect(await row(id)).toMatchObject({ visibility: 'room', visibility_scope: 'room' });
      expect(await seen()).toBe(true);

      expect(
        await mutate(
          VISIBILITY,
          { workItemId, visibility: 'QUEST', listId: gid('List', listId) },
          owner,
        ),
      ).toMatchObject({ data: { visibility: 'QUEST', listId: gid('List', listId) } });
      expect(await row(id)).toMatchObject({ visibility: 'private', visibility_scope: 'quest' });
      expect(await seen()).toBe(false);
      await addListMember(listId, roomMember);
      expect(await seen()).toBe(true);
    });

    it('answers Forbidden to a workspace member who is not an editor', async () => {
      const id = await insertWorkItem({ workspaceId, ownerId: owner, scope: 'squad' });
      expect(
        await mutate(
          VISIBILITY,
          { workItemId: gid('WorkItem', id), visibility: 'PRIVATE' },
          member,
        ),
      ).toMatchObject({ __typename: 'ForbiddenError' });
      expect((await row(id))?.visibility_scope).toBe('squad');
    });
  });

  describe('assignWorkItem', () => {
    it('assigns to workspace members only, and null unassigns', async () => {
      const id = await insertWorkItem({ workspaceId, ownerId: owner });
      const workItemId = gid('WorkItem', id);
      expect(
        await mutate(ASSIGN, { workItemId, assigneeId: gid('User', stranger) }, owner),
      ).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'input.assigneeId' }] });
      expect((await row(id))?.assignee_id).toBeNull();
      expect(
        await mutate(ASSIGN, { workItemId, assigneeId: gid('User', member) }, owner),
      ).toMatchObject({ data: { assignee: { id: gid('User', member) } } });
      // The assignee now sees the private item, and may edit it.
      expect(await mutate(UPDATE, { workItemId, title: 'Mine now' }, member)).toMatchObject({
        data: { title: 'Mine now' },
      });
      expect(await mutate(ASSIGN, { workItemId, assigneeId: null }, owner)).toMatchObject({
        data: { assignee: null },
      });
      expect(await mutate(UPDATE, { workItemId, title: 'Lost it' }, member)).toMatchObject({
        __typename: 'NotFoundError',
      });
    });
  });

  describe('deleteWorkItem', () => {
    it('is for the owner only: Forbidden to others who see it, NotFound to the rest', async () => {
      const id = await insertWorkItem({
        workspaceId,
        ownerId: owner,
        assigneeId: member,
        scope: 'squad',
      });
      const workItemId = gid('WorkItem', id);
      expect(await mutate(DELETE, { workItemId }, member)).toMatchObject({
        __typename: 'ForbiddenError',
      });
      expect(await mutate(DELETE, { workItemId }, admin)).toMatchObject({
        __typename: 'ForbiddenError',
      });
      expect(await mutate(DELETE, { workItemId }, stranger)).toMatchObject({
        __typename: 'NotFoundError',
      });
      expect(await row(id)).not.toBeNull();
      expect(await mutate(DELETE, { workItemId }, owner)).toEqual({
        __typename: 'DeleteWorkItemSuccess',
        data: workItemId,
      });
      expect(await row(id)).toBeNull();
      expect(await mutate(DELETE, { workItemId }, owner)).toMatchObject({
        __typename: 'NotFoundError',
      });
    });
  });
});
