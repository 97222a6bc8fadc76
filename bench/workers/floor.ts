// The benchmark's floors: hand-written Workers doing the same work as the gateway with nothing
// between the request and D1. Bundled by wrangler and run under workerd beside the gateway, on
// the same D1, reached the same way (an HTTP socket of its own), so a ratio compares code, not
// paths into D1 (Node's path through Miniflare's proxy is 2-3x slower than a Worker's).
//   POST /floor     {"op": name}  the operation's SQL (bench/operations.ts), fewest statements,
//                                 after the same JWT check the gateway does, with the same
//                                 account check (active; an admin role for admin operations)
//   POST /viewer                  `{ viewer { id } }` by hand: the bearer token checked (a JWT,
//                                 or an integrator token's digest looked up) and one statement
//   POST /sql       [[sql, ...params], ...]  the statements a section sends, in one batch, after
//                                 the same JWT check, with the account check (the search and
//                                 filters sections' floors); ?account=sent: without it (the
//                                 gateway's own statements, which hold their account check)
import { jwtVerify } from 'jose';
import { operations } from '../operations.ts';
import { BENCH_JWT_SECRET } from '../secrets.ts';

const secret = new TextEncoder().encode(BENCH_JWT_SECRET);
const byName = new Map(operations.map((op) => [op.name, op]));

async function digest(token: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function userOf(request: Request): Promise<string | null> {
  const token = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
  if (!token || token.startsWith('gwt_')) return null;
  const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
  return payload.sub ?? null;
}

// The gateway's account check, by hand: the viewer's row is active and, for an admin operation,
// holds an admin role. It goes in the first batch, as the gateway's rides with its first reads.
const ACCOUNT = `SELECT u.status, (SELECT role FROM admin_users a WHERE a.user_id = u.id) AS admin_role
  FROM users u WHERE u.id = ?`;

function accountOk(row: unknown, admin: boolean): boolean {
  const account = row as { status?: string; admin_role?: string | null } | undefined;
  return account?.status === 'active' && (!admin || account.admin_role != null);
}

async function floor(request: Request, env: { DB: D1Database }): Promise<Response> {
  const { op: name } = (await request.json()) as { op: string };
  const op = byName.get(name);
  const userId = await userOf(request);
  if (!op || !userId) return new Response('bad request', { status: 400 });
  const data: unknown[] = [];
  let rowsRead = 0;
  let statements = 0;
  for (const [index, round] of op.sql.entries()) {
    const prepared = round.map(([query, ...params]) => env.DB.prepare(query).bind(...params));
    if (index === 0) prepared.unshift(env.DB.prepare(ACCOUNT).bind(userId));
    const results = await env.DB.batch(prepared);
    statements += prepared.length;
    rowsRead += results.reduce((sum, result) => sum + (result.meta.rows_read ?? 0), 0);
    if (index === 0) {
      const account = results.shift();
      if (!accountOk(account?.results[0], op.admin === true)) {
        return new Response('unauthorized', { status: 401 });
      }
    }
    for (const result of results) data.push(result.results);
  }
  return Response.json({
    data,
    extensions: { d1: { statements, roundTrips: op.sql.length, rowsRead } },
  });
}

async function sql(request: Request, env: { DB: D1Database }): Promise<Response> {
  const statements = (await request.json()) as [string, ...unknown[]][];
  const userId = await userOf(request);
  if (!userId) return new Response('unauthorized', { status: 401 });
  // ?account=sent: the statements carry the account check themselves (the gateway's own
  // statements, replayed by the operations section): none is added.
  const withAccount = new URL(request.url).searchParams.get('account') !== 'sent';
  const prepared = statements.map(([query, ...params]) => env.DB.prepare(query).bind(...params));
  if (withAccount) prepared.unshift(env.DB.prepare(ACCOUNT).bind(userId));
  const all = await env.DB.batch(prepared);
  const results = withAccount ? all.slice(1) : all;
  if (withAccount && !accountOk(all[0]?.results[0], false)) {
    return new Response('unauthorized', { status: 401 });
  }
  return Response.json({
    data: results.map((result) => result.results),
    rowsRead: all.reduce((sum, result) => sum + (result?.meta.rows_read ?? 0), 0),
  });
}

async function viewer(request: Request, env: { DB: D1Database }): Promise<Response> {
  await request.json();
  const token = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1] ?? '';
  const row = token.startsWith('gwt_')
    ? await env.DB.prepare(
        `SELECT t.user_id AS id FROM api_tokens t JOIN users u ON u.id = t.user_id
         WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.status = 'active'`,
      )
        .bind(await digest(token))
        .first<{ id: string }>()
    : await env.DB.prepare(`SELECT id FROM users WHERE id = ? AND status = 'active'`)
        .bind(await userOf(request))
        .first<{ id: string }>();
  if (!row) return new Response('unauthorized', { status: 401 });
  return Response.json({ data: { viewer: { id: btoa(`User:${row.id}`) } } });
}

export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/floor') return floor(request, env);
    if (pathname === '/viewer') return viewer(request, env);
    if (pathname === '/sql') return sql(request, env);
    return new Response('not found', { status: 404 });
  },
};
