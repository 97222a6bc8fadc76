// The benchmark's floors: hand-written Workers doing the same work as the gateway with nothing
// between the request and D1. Bundled by wrangler and run under workerd beside the gateway, on
// the same D1, reached the same way (an HTTP socket of its own), so a ratio compares code, not
// paths into D1 (Node's path through Miniflare's proxy is 2-3x slower than a Worker's).
//   POST /floor     {"op": name}  the operation's SQL (bench/operations.ts), fewest statements,
//                                 after the same JWT check the gateway does
//   POST /viewer                  `{ viewer { id } }` by hand: the bearer token checked (a JWT,
//                                 or an integrator token's digest looked up) and one statement
//   POST /sql       [[sql, ...params], ...]  the statements a section sends, in one batch, after
//                                 the same JWT check (the search and filters sections' floors)
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

async function floor(request: Request, env: { DB: D1Database }): Promise<Response> {
  const { op: name } = (await request.json()) as { op: string };
  const op = byName.get(name);
  if (!op || !(await userOf(request))) return new Response('bad request', { status: 400 });
  const data: unknown[] = [];
  let rowsRead = 0;
  let statements = 0;
  for (const round of op.sql) {
    const results = await env.DB.batch(
      round.map(([query, ...params]) => env.DB.prepare(query).bind(...params)),
    );
    statements += round.length;
    for (const result of results) {
      data.push(result.results);
      rowsRead += result.meta.rows_read ?? 0;
    }
  }
  return Response.json({
    data,
    extensions: { d1: { statements, roundTrips: op.sql.length, rowsRead } },
  });
}

async function sql(request: Request, env: { DB: D1Database }): Promise<Response> {
  const statements = (await request.json()) as [string, ...unknown[]][];
  if (!(await userOf(request))) return new Response('unauthorized', { status: 401 });
  const results = await env.DB.batch(
    statements.map(([query, ...params]) => env.DB.prepare(query).bind(...params)),
  );
  return Response.json({
    data: results.map((result) => result.results),
    rowsRead: results.reduce((sum, result) => sum + (result.meta.rows_read ?? 0), 0),
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
