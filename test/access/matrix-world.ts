import {
  API_TOKEN_PREFIX,
  API_TOKEN_RANDOM_LENGTH,
  digestApiToken,
} from '../../src/auth/api-tokens';
import { randomToken } from '../../src/resolvers/ids';
import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import { insertRelationship, insertRequest, insertRows } from '../helpers/social-seed';

/**
 * The cast every row of the authorization matrix is tried against. `owner` owns everything the
 * rows guard; `member` and `listMember` belong to its workspace (`listMember` also to its quest
 * list, `member` to its thread); `party` shares no workspace but is the other side of the owner's
 * relationship, request and thread invite; `token` is an integrator token of the owner (it sees
 * what its user sees, save the user's tokens); `admin` is a gateway admin (who sees nothing more
 * through these paths: their reads of others' data go through audited admin fields).
 */
export const KINDS = [
  'owner',
  'member',
  'listMember',
  'party',
  'stranger',
  'admin',
  'token',
  'anonymous',
] as const;
export type Kind = (typeof KINDS)[number];

/** A global ID, as the gateway encodes them. */
export const gid = (type: string, id: string) => btoa(`${type}:${id}`);

/** What the rows guard, by global ID, and how to sign in as each kind. */
export interface World {
  as: Record<Kind, { as?: string; token?: string }>;
  users: Record<'owner' | 'member' | 'listMember' | 'party', string>;
  workspace: string;
  membership: string;
  room: string;
  roomMember: string;
  list: string;
  listItem: string;
  listMember: string;
  workItem: string;
  event: string;
  eventParticipant: string;
  relationship: string;
  request: string;
  inboxItem: string;
  thread: string;
  threadParticipant: string;
  invite: string;
  message: string;
  apiToken: string;
  webhookEndpoint: string;
  webhookDelivery: string;
  itemAttachment: string;
  messageAttachment: string;
}

const row = (table: string, values: Record<string, unknown>) => ({ table, values });

/** A ready attachment on a parent (its object is not needed to list it). */
const attachmentRow = (
  id: string,
  workspaceId: string | null,
  parentKind: string,
  parentId: string,
  uploaderId: string,
) =>
  row('attachments', {
    id,
    workspace_id: workspaceId,
    quota_key: workspaceId ?? `user:${uploaderId}`,
    parent_kind: parentKind,
    parent_id: parentId,
    uploader_id: uploaderId,
    filename: 'file.txt',
    content_type: 'text/plain',
    byte_size: 1,
    sha256: '0'.repeat(64),
    r2_key: `attachments/${id}`,
    status: 'ready',
    upload_token: `digest-${id}`,
    upload_expires_at: '2030-01-01T00:00:00.000Z',
  });

export async function seedWorld(): Promise<World> {
  const owner = await insertUser({ displayName: 'Owner' });
  const member = await insertUser({ displayName: 'Member' });
  const listMember = await insertUser({ displayName: 'List member' });
  const party = await insertUser({ displayName: 'Party' });
  const stranger = await insertUser({ displayName: 'Stranger' });
  const admin = await insertUser({ displayName: 'Admin' });

  const workspace = await insertWorkspace(owner);
  const membership = await addMember(workspace, member);
  await addMember(workspace, listMember);
  const ids = {
    room: uid('rom'),
    roomMember: uid('rmm'),
    list: uid('lst'),
    listItem: uid('lsi'),
    listMember: uid('lsm'),
    workItem: uid('wki'),
    event: uid('evt'),
    eventParticipant: uid('evp'),
    inboxItem: uid('inb'),
    thread: uid('thr'),
    threadParticipant: uid('thp'),
    invite: uid('thi'),
    message: uid('tmg'),
    apiToken: uid('tok'),
    webhookEndpoint: uid('whe'),
    webhookDelivery: uid('msg'),
    itemAttachment: uid('att'),
    messageAttachment: uid('att'),
  };
  const rawToken = API_TOKEN_PREFIX + randomToken(API_TOKEN_RANDOM_LENGTH);
  await insertRows([
    row('admin_users', { id: uid('adm'), user_id: admin, role: 'owner' }),
    row('rooms', { id: ids.room, workspace_id: workspace, name: 'Room' }),
    row('room_members', { id: ids.roomMember, room_id: ids.room, user_id: owner, role: 'owner' }),
    // A quest list: its list members and the workspace's managers see it, not every member.
    row('lists', {
      id: ids.list,
      workspace_id: workspace,
      owner_id: owner,
      name: 'Quest',
      kind: 'quest',
    }),
    row('list_items', { id: ids.listItem, list_id: ids.list, title: 'Step', position: 0 }),
    row('list_members', {
      id: ids.listMember,
      list_id: ids.list,
      user_id: listMember,
      role: 'viewer',
    }),
    row('work_items', {
      id: ids.workItem,
      workspace_id: workspace,
      owner_id: owner,
      title: 'Quest work',
      visibility: 'private',
      visibility_scope: 'quest',
      list_id: ids.list,
    }),
    row('hosted_events', {
      id: ids.event,
      workspace_id: workspace,
      host_id: owner,
      title: 'Meetup',
      starts_at: '2030-01-01T10:00:00.000Z',
    }),
    row('event_participants', {
      id: ids.eventParticipant,
      event_id: ids.event,
      user_id: member,
      status: 'going',
    }),
    row('inbox_items', { id: ids.inboxItem, user_id: owner, title: 'Hello' }),
    row('threads', { id: ids.thread, user_id: owner, title: 'Talk', status: 'active' }),
    row('thread_participants', {
      id: uid('thp'),
      thread_id: ids.thread,
      user_id: owner,
      role: 'owner',
    }),
    row('thread_participants', {
      id: ids.threadParticipant,
      thread_id: ids.thread,
      user_id: member,
      role: 'member',
    }),
    row('thread_invites', {
      id: ids.invite,
      thread_id: ids.thread,
      token: await digestApiToken(uid('invite')),
      email: `${party}@example.test`,
      candidate_name: 'Party',
      status: 'pending',
      expires_at: new Date(Date.now() + 24 * 3600_000).toISOString(),
      invited_user_id: party,
      email_status: 'failed',
      email_error: 'mailbox unavailable',
    }),
    row('thread_messages', {
      id: ids.message,
      thread_id: ids.thread,
      sender_user_id: owner,
      body: 'Welcome',
    }),
    row('thread_message_deliveries', {
      id: uid('tmd'),
      message_id: ids.message,
      recipient_user_id: member,
    }),
    attachmentRow(ids.itemAttachment, workspace, 'work_item', ids.workItem, owner),
    attachmentRow(ids.messageAttachment, null, 'thread_message', ids.message, owner),
    row('api_tokens', {
      id: ids.apiToken,
      user_id: owner,
      name: 'matrix',
      token_hash: await digestApiToken(rawToken),
      token_prefix: rawToken.slice(0, 10),
      scopes: 'read',
    }),
    // The workspace's managers (here its owner) see its endpoints and their deliveries.
    row('webhook_endpoints', {
      id: ids.webhookEndpoint,
      workspace_id: workspace,
      owner_id: owner,
      url: 'https://hooks.example.test/in',
      event_types: '["work_item.created"]',
      encrypted_secret: 'v1.sealed',
    }),
    row('webhook_deliveries', {
      id: ids.webhookDelivery,
      endpoint_id: ids.webhookEndpoint,
      event_type: 'webhook.ping',
      occurred_at: new Date().toISOString(),
      status: 'succeeded',
    }),
  ]);
  const [relationship] = await insertRelationship(owner, party);
  const request = await insertRequest(owner, party);

  return {
    as: {
      owner: { as: owner },
      member: { as: member },
      listMember: { as: listMember },
      party: { as: party },
      stranger: { as: stranger },
      admin: { as: admin },
      token: { token: rawToken },
      anonymous: {},
    },
    users: { owner, member, listMember, party },
    workspace: gid('Workspace', workspace),
    membership: gid('WorkspaceMember', membership),
    room: gid('Room', ids.room),
    roomMember: gid('RoomMember', ids.roomMember),
    list: gid('List', ids.list),
    listItem: gid('ListItem', ids.listItem),
    listMember: gid('ListMember', ids.listMember),
    workItem: gid('WorkItem', ids.workItem),
    event: gid('HostedEvent', ids.event),
    eventParticipant: gid('EventParticipant', ids.eventParticipant),
    relationship: gid('Relationship', relationship),
    request: gid('RelationshipRequest', request),
    inboxItem: gid('InboxItem', ids.inboxItem),
    thread: gid('Thread', ids.thread),
    threadParticipant: gid('ThreadParticipant', ids.threadParticipant),
    invite: gid('ThreadInvite', ids.invite),
    message: gid('ThreadMessage', ids.message),
    apiToken: gid('ApiToken', ids.apiToken),
    webhookEndpoint: gid('WebhookEndpoint', ids.webhookEndpoint),
    webhookDelivery: gid('WebhookDelivery', ids.webhookDelivery),
    itemAttachment: gid('Attachment', ids.itemAttachment),
    messageAttachment: gid('Attachment', ids.messageAttachment),
  };
}
