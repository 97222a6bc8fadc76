import { env } from 'cloudflare:workers';

let counter = 0;
/** A unique id per call, so tests sharing one database never collide. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}_${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function insertUser(
  fields: { id?: string; displayName?: string; email?: string } = {},
) {
  const id = fields.id ?? uid('usr');
  await env.DB.prepare('INSERT INTO users (id, email, display_name) VALUES (?, ?, ?)')
    .bind(id, fields.email ?? `${id}@example.test`, fields.displayName ?? `User ${id}`)
    .run();
  return id;
}

export async function insertWorkspace(ownerId: string, name = 'Workspace') {
  const id = uid('wsp');
  await env.DB.batch([
    env.DB.prepare('INSERT INTO workspaces (id, name, slug, owner_id) VALUES (?, ?, ?, ?)').bind(
      id,
      name,
      id,
      ownerId,
    ),
    env.DB.prepare(
      "INSERT INTO workspace_members (id, workspace_id, user_id, role) VALUES (?, ?, ?, 'owner')",
    ).bind(uid('wsm'), id, ownerId),
  ]);
  return id;
}

export async function addMember(
  workspaceId: string,
  userId: string,
  role = 'member',
  joinedAt?: string,
) {
  const id = uid('wsm');
  await env.DB.prepare(
    'INSERT INTO workspace_members (id, workspace_id, user_id, role, joined_at) VALUES (?, ?, ?, ?, ?)',
  )
    .bind(id, workspaceId, userId, role, joinedAt ?? new Date().toISOString())
    .run();
  return id;
}
