import { env } from 'cloudflare:workers';
import { addMember, insertUser, insertWorkspace, uid } from './seed';

/** A global ID, as the gateway encodes them (base64 of `Type:id`). */
export const gid = (type: string, id: string) => btoa(`${type}:${id}`);

export async function insertRoom(
  workspaceId: string,
  fields: { name?: string; archived?: boolean; createdBy?: string; createdAt?: string } = {},
) {
  const id = uid('rom');
  await env.DB.prepare(
    'INSERT INTO rooms (id, workspace_id, name, created_by, is_archived, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
    .bind(
      id,
      workspaceId,
      fields.name ?? `Room ${id}`,
      fields.createdBy ?? null,
      fields.archived ? 1 : 0,
      fields.createdAt ?? new Date().toISOString(),
    )
    .run();
  return id;
}

export async function addRoomMember(roomId: string, userId: string, role = 'member') {
  const id = uid('rmm');
  await env.DB.prepare('INSERT INTO room_members (id, room_id, user_id, role) VALUES (?, ?, ?, ?)')
    .bind(id, roomId, userId, role)
    .run();
  return id;
}

export async function insertList(workspaceId: string, ownerId: string, kind = 'quest') {
  const id = uid('lst');
  await env.DB.prepare(
    'INSERT INTO lists (id, workspace_id, owner_id, name, kind) VALUES (?, ?, ?, ?, ?)',
  )
    .bind(id, workspaceId, ownerId, `List ${id}`, kind)
    .run();
  return id;
}

export async function addListMember(listId: string, userId: string) {
  await env.DB.prepare('INSERT INTO list_members (id, list_id, user_id) VALUES (?, ?, ?)')
    .bind(uid('lsm'), listId, userId)
    .run();
}

export interface WorkItemSeed {
  workspaceId: string;
  ownerId: string;
  assigneeId?: string | null;
  roomId?: string | null;
  listId?: string | null;
  scope?: 'private' | 'room' | 'quest' | 'squad';
  title?: string;
  status?: string;
  type?: string;
  dueAt?: string | null;
  startsAt?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

export function workItemStatement(seed: WorkItemSeed, id = uid('wki')) {
  const scope = seed.scope ?? 'private';
  return env.DB.prepare(
    `INSERT INTO work_items (id, workspace_id, room_id, owner_id, assignee_id, type, status, title,
       visibility, visibility_scope, list_id, due_at, starts_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).bind(
    id,
    seed.workspaceId,
    seed.roomId ?? null,
    seed.ownerId,
    seed.assigneeId ?? null,
    seed.type ?? 'task',
    seed.status ?? 'todo',
    seed.title ?? `Item ${id}`,
    scope === 'room' ? 'room' : 'private',
    scope,
    seed.listId ?? null,
    seed.dueAt ?? null,
    seed.startsAt ?? null,
    seed.createdAt ?? new Date().toISOString(),
    seed.updatedAt ?? new Date().toISOString(),
  );
}

export async function insertWorkItem(seed: WorkItemSeed) {
  const id = uid('wki');
  await workItemStatement(seed, id).run();
  return id;
}

export async function makeAdmin(userId: string, role = 'owner') {
  await env.DB.prepare('INSERT INTO admin_users (id, user_id, role) VALUES (?, ?, ?)')
    .bind(uid('adm'), userId, role)
    .run();
}

/** Many inserts in one D1 batch (seeding dozens of parents quickly). */
export async function batch(statements: D1PreparedStatement[]) {
  for (let i = 0; i < statements.length; i += 200) {
    await env.DB.batch(statements.slice(i, i + 200));
  }
}

export async function countRows(sql: string, ...params: unknown[]) {
  const row = await env.DB.prepare(sql)
    .bind(...params)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** A workspace with its owner and one member: its row id and its global ID. */
export async function workspaceWithMember() {
  const owner = await insertUser();
  const member = await insertUser();
  const workspaceId = await insertWorkspace(owner);
  await addMember(workspaceId, member);
  return { owner, member, workspaceId, workspace: gid('Workspace', workspaceId) };
}
