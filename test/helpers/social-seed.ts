import { env } from 'cloudflare:workers';
import { uid } from './seed';

/** A global ID, as the gateway encodes them (base64 of `Type:id`). */
export const gid = (type: string, id: string) => btoa(`${type}:${id}`);

/** Runs many inserts in one D1 batch (fast seeding of 60-parent worlds). */
export async function insertRows(rows: { table: string; values: Record<string, unknown> }[]) {
  if (rows.length === 0) return;
  await env.DB.batch(
    rows.map(({ table, values }) => {
      const columns = Object.keys(values);
      return env.DB.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      ).bind(...columns.map((column) => values[column] ?? null));
    }),
  );
}

export async function count(sql: string, ...params: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql)
    .bind(...params)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export function listRow(workspaceId: string, ownerId: string, kind = 'checklist') {
  const id = uid('lst');
  return {
    id,
    row: {
      table: 'lists',
      values: { id, workspace_id: workspaceId, owner_id: ownerId, name: `List ${id}`, kind },
    },
  };
}

export async function insertList(workspaceId: string, ownerId: string, kind = 'checklist') {
  const { id, row } = listRow(workspaceId, ownerId, kind);
  await insertRows([row]);
  return id;
}

export async function insertListMember(listId: string, userId: string, role = 'editor') {
  const id = uid('lsm');
  await insertRows([
    { table: 'list_members', values: { id, list_id: listId, user_id: userId, role } },
  ]);
  return id;
}

export async function insertListItem(
  listId: string,
  fields: { title?: string; position?: number } = {},
) {
  const id = uid('lsi');
  await insertRows([
    {
      table: 'list_items',
      values: {
        id,
        list_id: listId,
        title: fields.title ?? `Item ${id}`,
        position: fields.position ?? 0,
      },
    },
  ]);
  return id;
}

export async function insertEvent(
  hostId: string,
  fields: {
    workspaceId?: string | null;
    startsAt?: string;
    capacity?: number | null;
    status?: string;
  } = {},
) {
  const id = uid('evt');
  await insertRows([
    {
      table: 'hosted_events',
      values: {
        id,
        workspace_id: fields.workspaceId ?? null,
        host_id: hostId,
        title: `Event ${id}`,
        starts_at: fields.startsAt ?? '2030-01-01T10:00:00.000Z',
        capacity: fields.capacity ?? null,
        status: fields.status ?? 'scheduled',
      },
    },
  ]);
  return id;
}

export async function insertParticipant(eventId: string, userId: string, status = 'going') {
  const id = uid('evp');
  await insertRows([
    { table: 'event_participants', values: { id, event_id: eventId, user_id: userId, status } },
  ]);
  return id;
}

export async function insertInboxItem(
  userId: string,
  fields: { read?: boolean; archived?: boolean; createdAt?: string } = {},
) {
  const id = uid('inb');
  await insertRows([
    {
      table: 'inbox_items',
      values: {
        id,
        user_id: userId,
        title: `Inbox ${id}`,
        is_read: fields.read ? 1 : 0,
        read_at: fields.read ? '2026-01-01T00:00:00.000Z' : null,
        archived_at: fields.archived ? '2026-01-02T00:00:00.000Z' : null,
        created_at: fields.createdAt ?? new Date().toISOString(),
      },
    },
  ]);
  return id;
}

export async function insertRequest(fromUserId: string, toUserId: string, status = 'pending') {
  const id = uid('rrq');
  await insertRows([
    {
      table: 'relationship_requests',
      values: { id, from_user_id: fromUserId, to_user_id: toUserId, status },
    },
  ]);
  return id;
}

/** Both directions of a relationship; returns [a->b, b->a] ids. */
export async function insertRelationship(a: string, b: string) {
  const ab = uid('rel');
  const ba = uid('rel');
  await insertRows([
    { table: 'relationships', values: { id: ab, user_id: a, related_user_id: b } },
    { table: 'relationships', values: { id: ba, user_id: b, related_user_id: a } },
  ]);
  return [ab, ba] as const;
}

export async function insertAdmin(userId: string, role = 'owner') {
  await insertRows([{ table: 'admin_users', values: { id: uid('adm'), user_id: userId, role } }]);
}
