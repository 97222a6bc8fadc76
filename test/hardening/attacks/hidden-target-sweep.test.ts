import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../helpers/client';
import { NOT_FTS_TABLE } from '../../helpers/fts-tables';
import { addMember, insertUser, insertWorkspace, uid } from '../../helpers/seed';
import {
  insertEvent,
  insertInboxItem,
  insertList,
  insertListItem,
  insertListMember,
  insertRequest,
} from '../../helpers/social-seed';
import { gid, insertRoom, insertWorkItem } from '../../helpers/work-seed';
import { seedInvite, seedThread } from '../../threads/helpers';
import { liftRateLimit } from '../helpers';

// The attack: probe every mutation with the id of something that exists but that the caller may
// not see (another workspace, another user's inbox, a quest list they are not in...), and compare
// the answer with the one for an id that does not exist. Any difference tells the caller the
// hidden row exists (and sometimes lets them write into it). For each mutation argument that
// takes an id, both answers must be identical (typename, code, message with the id blanked) and
// neither may change any row.

type Answer = { __typename: string; message?: string; code?: string; entity?: string };

interface Case {
  /** The mutation field. */
  field: string;
  /** Its input type. */
  input: string;
  /** Which argument the probe goes in (for the report). */
  argument: string;
  /** The entity prefix of a missing id of the same kind. */
  prefix: string;
  /** The global-ID type of the argument. */
  type: string;
  /** The hidden row's raw id. */
  hidden: () => string;
  /** The mutation's input around the probed global ID. */
  build: (id: string) => Record<string, unknown>;
}

let viewer: string;
let other: string;
let third: string;
let ownWorkspace: string;
let ownItem: string;
const hidden: Record<string, string> = {};

// Tables a request may touch without it being a write of the mutation (none today; listed so the
// snapshot below stays honest if a request log or counter table is added).
const EPHEMERAL = new Set<string>(['d1_migrations', 'sqlite_sequence']);

/** Every row of every table, in one batch: the database as the caller left it. */
async function snapshot(): Promise<string> {
  const { results } = await env.DB.prepare(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND ${NOT_FTS_TABLE} ORDER BY name`,
  ).all<{ name: string }>();
  const tables = results.map((row) => row.name).filter((name) => !EPHEMERAL.has(name));
  const rows = await env.DB.batch(
    tables.map((name) => env.DB.prepare(`SELECT * FROM "${name}" ORDER BY rowid`)),
  );
  return JSON.stringify(tables.map((name, index) => [name, rows[index]?.results]));
}

async function probe(item: Case, rawId: string): Promise<Answer> {
  const query = `mutation($input: ${item.input}!) { ${item.field}(input: $input) {
    __typename ... on Error { message code } ... on NotFoundError { entity } } }`;
  const result = await gql<Record<string, Answer>>(
    query,
    { input: item.build(gid(item.type, rawId)) },
    { as: viewer },
  );
  expect(result.errors, `${item.field}.${item.argument}`).toBeUndefined();
  const answer = result.data?.[item.field] as Answer;
  // The id blanked, raw or global: the only part of the two answers allowed to differ.
  const message = answer.message
    ?.replaceAll(rawId, '<id>')
    .replaceAll(gid(item.type, rawId), '<id>');
  return { ...answer, ...(message === undefined ? {} : { message }) };
}

const cases: Case[] = [];
function probeOf(
  field: string,
  input: string,
  argument: string,
  [type, prefix, key]: [string, string, string],
  build: (id: string) => Record<string, unknown>,
) {
  cases.push({ field, input, argument, type, prefix, hidden: () => hidden[key] as string, build });
}

const WORKSPACE: [string, string, string] = ['Workspace', 'wsp', 'workspace'];
const ROOM: [string, string, string] = ['Room', 'rom', 'room'];
const QUEST: [string, string, string] = ['List', 'lst', 'quest'];
const LIST: [string, string, string] = ['List', 'lst', 'list'];
const LIST_ITEM: [string, string, string] = ['ListItem', 'lsi', 'listItem'];
const LIST_MEMBER: [string, string, string] = ['ListMember', 'lsm', 'listMember'];
const WORK_ITEM: [string, string, string] = ['WorkItem', 'wki', 'workItem'];
const EVENT: [string, string, string] = ['HostedEvent', 'evt', 'event'];
const REQUEST: [string, string, string] = ['RelationshipRequest', 'rrq', 'request'];
const INBOX: [string, string, string] = ['InboxItem', 'inb', 'inbox'];
const THREAD: [string, string, string] = ['Thread', 'thr', 'thread'];
const INVITE: [string, string, string] = ['ThreadInvite', 'thi', 'invite'];
const TOKEN: [string, string, string] = ['ApiToken', 'tok', 'token'];

// Work items, and what they point at.
probeOf('createWorkItem', 'CreateWorkItemInput', 'workspaceId', WORKSPACE, (id) => ({
  workspaceId: id,
  title: 'Probe',
}));
probeOf('createWorkItem', 'CreateWorkItemInput', 'roomId', ROOM, (id) => ({
  workspaceId: gid('Workspace', ownWorkspace),
  title: 'Probe',
  visibility: 'ROOM',
  roomId: id,
}));
probeOf('createWorkItem', 'CreateWorkItemInput', 'listId', QUEST, (id) => ({
  workspaceId: gid('Workspace', ownWorkspace),
  title: 'Probe',
  visibility: 'QUEST',
  listId: id,
}));
for (const [field, input] of [
  ['updateWorkItem', 'UpdateWorkItemInput'],
  ['completeWorkItem', 'WorkItemRefInput'],
  ['deleteWorkItem', 'WorkItemRefInput'],
  ['assignWorkItem', 'AssignWorkItemInput'],
] as const) {
  probeOf(field, input, 'workItemId', WORK_ITEM, (id) => ({ workItemId: id }));
}
probeOf(
  'changeWorkItemVisibility',
  'ChangeWorkItemVisibilityInput',
  'workItemId',
  WORK_ITEM,
  (id) => ({
    workItemId: id,
    visibility: 'SQUAD',
  }),
);
probeOf('changeWorkItemVisibility', 'ChangeWorkItemVisibilityInput', 'listId', QUEST, (id) => ({
  workItemId: gid('WorkItem', ownItem),
  visibility: 'QUEST',
  listId: id,
}));
probeOf('changeWorkItemVisibility', 'ChangeWorkItemVisibilityInput', 'roomId', ROOM, (id) => ({
  workItemId: gid('WorkItem', ownItem),
  visibility: 'ROOM',
  roomId: id,
}));

// Lists.
probeOf('createList', 'CreateListInput', 'workspaceId', WORKSPACE, (id) => ({
  workspaceId: id,
  name: 'Probe',
}));
probeOf('addListItem', 'AddListItemInput', 'listId', QUEST, (id) => ({ listId: id, title: 'P' }));
probeOf('addListItem', 'AddListItemInput', 'listId', LIST, (id) => ({ listId: id, title: 'P' }));
for (const field of ['completeListItem', 'uncompleteListItem', 'removeListItem']) {
  probeOf(field, 'ListItemInput', 'itemId', LIST_ITEM, (id) => ({ itemId: id }));
}
probeOf('addListMember', 'AddListMemberInput', 'listId', QUEST, (id) => ({
  listId: id,
  userId: gid('User', third),
}));
probeOf(
  'changeListMemberDeliveryPreference',
  'ChangeListMemberDeliveryPreferenceInput',
  'memberId',
  LIST_MEMBER,
  (id) => ({ memberId: id, deliveryPreference: 'NONE' }),
);

// Rooms and events.
probeOf('createRoom', 'CreateRoomInput', 'workspaceId', WORKSPACE, (id) => ({
  workspaceId: id,
  name: 'Probe',
}));
probeOf('joinRoom', 'RoomRefInput', 'roomId', ROOM, (id) => ({ roomId: id }));
probeOf('leaveRoom', 'RoomRefInput', 'roomId', ROOM, (id) => ({ roomId: id }));
probeOf('createHostedEvent', 'CreateHostedEventInput', 'workspaceId', WORKSPACE, (id) => ({
  workspaceId: id,
  title: 'Probe',
  startsAt: '2031-01-01T10:00:00.000Z',
}));
probeOf('joinHostedEvent', 'JoinHostedEventInput', 'eventId', EVENT, (id) => ({ eventId: id }));
probeOf('leaveHostedEvent', 'LeaveHostedEventInput', 'eventId', EVENT, (id) => ({ eventId: id }));

// Workspaces.
probeOf('renameWorkspace', 'RenameWorkspaceInput', 'workspaceId', WORKSPACE, (id) => ({
  workspaceId: id,
  name: 'Probe',
}));
for (const field of ['addWorkspaceMember', 'changeWorkspaceMemberRole']) {
  probeOf(field, 'WorkspaceMemberInput', 'workspaceId', WORKSPACE, (id) => ({
    workspaceId: id,
    userId: gid('User', third),
    role: 'MEMBER',
  }));
}
probeOf('removeWorkspaceMember', 'RemoveWorkspaceMemberInput', 'workspaceId', WORKSPACE, (id) => ({
  workspaceId: id,
  userId: gid('User', other),
}));

// Relationships, inbox, threads, invites, tokens: other people's rows.
for (const field of [
  'acceptRelationshipRequest',
  'declineRelationshipRequest',
  'cancelRelationshipRequest',
]) {
  probeOf(field, 'RelationshipRequestInput', 'requestId', REQUEST, (id) => ({ requestId: id }));
}
for (const field of ['markInboxItemRead', 'markInboxItemUnread', 'archiveInboxItem']) {
  probeOf(field, 'InboxItemInput', 'itemId', INBOX, (id) => ({ itemId: id }));
}
probeOf('sendThreadMessage', 'SendThreadMessageInput', 'threadId', THREAD, (id) => ({
  threadId: id,
  body: 'Probe',
}));
probeOf(
  'markThreadMessagesDelivered',
  'MarkThreadMessagesDeliveredInput',
  'threadId',
  THREAD,
  (id) => ({ threadId: id }),
);
probeOf('markThreadRead', 'MarkThreadReadInput', 'threadId', THREAD, (id) => ({ threadId: id }));
for (const field of ['archiveThread', 'deleteThread']) {
  probeOf(field, 'ThreadIdInput', 'threadId', THREAD, (id) => ({ threadId: id }));
}
probeOf('createThread', 'CreateThreadInput', 'workspaceId', WORKSPACE, (id) => ({
  workspaceId: id,
  title: 'Probe',
}));
for (const field of ['acceptInvite', 'declineInvite']) {
  probeOf(field, 'InviteAnswerInput', 'inviteId', INVITE, (id) => ({ inviteId: id }));
}
probeOf('revokeApiToken', 'RevokeApiTokenInput', 'id', TOKEN, (id) => ({ id }));

beforeAll(async () => {
  await liftRateLimit();
  viewer = await insertUser();
  other = await insertUser();
  third = await insertUser();
  // The viewer's own workspace, where a quest list they are not in lives.
  ownWorkspace = await insertWorkspace(other);
  await addMember(ownWorkspace, viewer, 'member');
  await addMember(ownWorkspace, third, 'member');
  hidden.quest = await insertList(ownWorkspace, other, 'quest');
  ownItem = await insertWorkItem({ workspaceId: ownWorkspace, ownerId: viewer });
  // Another workspace the viewer is not in, and what it holds.
  hidden.workspace = await insertWorkspace(other);
  hidden.room = await insertRoom(hidden.workspace);
  hidden.list = await insertList(hidden.workspace, other, 'checklist');
  hidden.listItem = await insertListItem(hidden.list);
  hidden.listMember = await insertListMember(hidden.list, other);
  hidden.workItem = await insertWorkItem({
    workspaceId: hidden.workspace,
    ownerId: other,
    scope: 'squad',
  });
  hidden.event = await insertEvent(other, { workspaceId: hidden.workspace });
  // Rows of other people.
  hidden.request = await insertRequest(other, third);
  hidden.inbox = await insertInboxItem(other);
  hidden.thread = await seedThread(other);
  hidden.invite = (await seedInvite(hidden.thread, { userId: third })).id;
  hidden.token = uid('tok');
  await env.DB.prepare(
    "INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix) VALUES (?, ?, 'ci', ?, 'gwt_x')",
  )
    .bind(hidden.token, other, uid('hash'))
    .run();
});

describe('hidden targets answer exactly as missing ones', () => {
  it.each(cases.map((item) => [`${item.field}.${item.argument} (${item.type})`, item] as const))(
    '%s',
    async (_name, item) => {
      const hiddenId = item.hidden();
      const missingId = uid(item.prefix);
      const before = await snapshot();
      expect(before).toContain(hiddenId);
      const onHidden = await probe(item, hiddenId);
      const onMissing = await probe(item, missingId);
      expect(onHidden.__typename).toMatch(/Error$/);
      expect(onHidden).toEqual(onMissing);
      expect(await snapshot()).toBe(before);
    },
  );
});
