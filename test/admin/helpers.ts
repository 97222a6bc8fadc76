import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { forgetCachedSettings } from '../../src/resolvers/admin/settings';
import { type GraphQLResponse, gql } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';

export type AdminRole = 'support' | 'admin' | 'owner';

/** A global ID as the gateway encodes them. */
export const gid = (type: string, id: string) => btoa(`${type}:${id}`);

/** A new user holding an admin role. */
export async function insertAdmin(role: AdminRole, displayName?: string): Promise<string> {
  const userId = await insertUser(displayName ? { displayName } : {});
  await env.DB.prepare('INSERT INTO admin_users (id, user_id, role) VALUES (?, ?, ?)')
    .bind(uid('adm'), userId, role)
    .run();
  return userId;
}

/** One user per role (and a plain user), fresh for a test. */
export async function roleUsers() {
  return {
    user: await insertUser(),
    support: await insertAdmin('support'),
    admin: await insertAdmin('admin'),
    owner: await insertAdmin('owner'),
  };
}

/** Sets a system setting directly (tests restore what they change). */
export async function setSetting(key: string, value: string) {
  await env.DB.prepare('UPDATE system_settings SET value = ? WHERE key = ?').bind(value, key).run();
  // Written behind the gateway's back: drop the isolate's copy, as a settings mutation would.
  forgetCachedSettings();
}

export async function count(sql: string, ...params: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql)
    .bind(...params)
    .first<{ n: number }>();
  return Number(row?.n ?? 0);
}

export async function auditRows(filter: { action?: string; targetId?: string; actorId?: string }) {
  const clauses: string[] = [];
  const params: unknown[] = [];
  for (const [column, value] of [
    ['action', filter.action],
    ['target_id', filter.targetId],
    ['actor_id', filter.actorId],
  ] as const) {
    if (value !== undefined) {
      clauses.push(`${column} = ?`);
      params.push(value);
    }
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const { results } = await env.DB.prepare(
    `SELECT * FROM audit_logs ${where} ORDER BY created_at, id`,
  )
    .bind(...params)
    .all<{
      id: string;
      actor_id: string | null;
      action: string;
      target_type: string | null;
      target_id: string | null;
      changes_json: string | null;
      request_id: string | null;
    }>();
  return results;
}

/** The response is a refusal by scope-auth: FORBIDDEN and no data for the field. */
export function expectForbidden(result: GraphQLResponse, field: string) {
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(result.errors?.[0]?.path).toEqual([field]);
  const data = result.data as Record<string, unknown> | null | undefined;
  expect(data?.[field] ?? null).toBeNull();
}

/** Runs as the given user. */
export const as = (userId: string) => ({ as: userId });
export { gql };
