import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../../src/index';
import { forgetCachedSettings } from '../../src/resolvers/admin/settings';
import type { GraphQLResponse } from '../helpers/client';
import { uid } from '../helpers/seed';

/**
 * Sends a request through the Worker's own fetch with some vars changed (ENVIRONMENT=production,
 * TRUSTED_DOCUMENTS_ONLY...), as a deployment with those vars would run it.
 */
export async function sendWith(
  vars: Partial<Record<keyof Env, string>>,
  path: string,
  init?: RequestInit,
): Promise<Response> {
  const execution = createExecutionContext();
  const response = await worker.fetch(
    new Request(`http://gateway.test${path}`, init) as Request<
      unknown,
      IncomingRequestCfProperties
    >,
    { ...env, ...vars } as Env,
    execution,
  );
  await waitOnExecutionContext(execution);
  return response;
}

/** The D1 binding with every statement matching `fails` throwing an error that holds SQL. */
export function dbFailingOn(fails: (query: string) => boolean, what: string): D1Database {
  // Requests read through a D1 session (src/db/session.ts): the session's statements fail too.
  const failing = <T extends object>(inner: T): T =>
    new Proxy(inner, {
      get(target, property) {
        if (property === 'prepare') {
          return (query: string) => {
            if (fails(query)) throw new Error(`D1_ERROR: ${what}: SQLITE_ERROR (${query})`);
            return (target as unknown as D1Database).prepare(query);
          };
        }
        if (property === 'withSession') {
          return (constraint?: string) =>
            failing((target as unknown as D1Database).withSession(constraint));
        }
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return failing(env.DB);
}

export async function gqlWith<T = Record<string, unknown>>(
  vars: Partial<Record<keyof Env, string>>,
  body: Record<string, unknown>,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await sendWith(vars, '/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify(body),
  });
  const parsed = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { ...parsed, status: response.status, headers: response.headers };
}

export async function makeAdmin(userId: string, role: 'support' | 'admin' | 'owner' = 'support') {
  await env.DB.prepare('INSERT INTO admin_users (id, user_id, role) VALUES (?, ?, ?)')
    .bind(uid('adm'), userId, role)
    .run();
}

/** The tests send hundreds of requests a minute: lift `default_rate_limit` for this file's D1. */
export async function liftRateLimit() {
  await env.DB.prepare(
    "UPDATE system_settings SET value = '100000' WHERE key = 'default_rate_limit'",
  ).run();
  forgetCachedSettings();
}

/** The code of the first error, for short assertions. */
export const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.code;

const CYCLE = ['workspaceMemberships', 'edges', 'node', 'user'] as const;
const LEAF: Record<string, string> = {
  viewer: 'id',
  user: 'id',
  workspaceMemberships: 'totalCount',
  edges: 'cursor',
  node: 'id',
};

/** A query whose depth is exactly `depth`: viewer, then memberships -> edges -> node -> user... */
export function queryOfDepth(depth: number): string {
  const path = ['viewer'];
  for (let i = 0; path.length < depth; i += 1) path.push(CYCLE[i % CYCLE.length] as string);
  let body = LEAF[path.at(-1) as string] as string;
  for (const field of [...path].reverse()) {
    const args = field === 'workspaceMemberships' ? '(first: 1)' : '';
    body = `${field}${args} { ${body} }`;
  }
  return `{ ${body} }`;
}
