// The filters benchmark (issue 16): a filtered and sorted page and a grouped count through the
// gateway, each beside hand-written SQL for the same answer run by a second Worker on the same
// D1 (reached the same way, by fetch from here), timed interleaved (gateway, floor, gateway...)
// in rounds. `npm run bench` calls `filtersBench`; `npx tsx bench/filters.ts` runs it alone on a
// fresh seed (`BENCH_ITERATIONS`, default 200; `BENCH_FILTERS_SIZES=test` for the small dataset).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions, unstable_splitSqlQuery } from 'wrangler';
import { BENCH_USER, SIZES, seedStatements, TEST_SIZES } from './seed.ts';

export interface FiltersBenchOptions {
  /** The bundled gateway (`wrangler deploy --dry-run --outdir`). */
  dist: string;
  /** A seeded D1 persistence directory. */
  state: string;
  jwtSecret: string;
  iterations: number;
}

const VISIBLE = `(w.owner_id = ?1
  or (w.assignee_id = ?1 and w.workspace_id in (select workspace_id from workspace_members where user_id = ?1))
  or (w.visibility_scope = 'room' and w.room_id in (select room_id from room_members where user_id = ?1))
  or (w.visibility_scope = 'quest' and w.list_id in (select list_id from list_members where user_id = ?1))
  or (w.visibility_scope = 'squad' and w.workspace_id in (select workspace_id from workspace_members where user_id = ?1)))`;
const PAGE_WHERE = `${VISIBLE} and w.status in ('todo', 'in_progress')
  and (w.due_at < ?2 or w.assignee_id is null)`;
const DUE = '2026-11-20T00:00:00.000Z';

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The same answer by hand: statements sent in one batch. */
  sql: [string, ...unknown[]][];
}

const CASES: Case[] = [
  {
    name: 'filtered and sorted page (where: or/in/isNull; orderBy: due date, title)',
    query: `query Page($where: WorkItemWhere, $orderBy: [WorkItemOrderBy!]) {
      workItems(first: 20, where: $where, orderBy: $orderBy) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id title status dueAt } } } }`,
    variables: {
      where: {
        status: { in: ['TODO', 'IN_PROGRESS'] },
        or: [{ dueAt: { lt: DUE } }, { assignee: { isNull: true } }],
      },
      orderBy: [{ field: 'DUE_AT' }, { field: 'TITLE' }],
    },
    sql: [
      [
        `select w.id, w.title, w.status, w.due_at from work_items w where ${PAGE_WHERE}
         order by coalesce(w.due_at, '9999-12-31T23:59:59.999Z'), w.title, w.id limit 21`,
        BENCH_USER,
        DUE,
      ],
      [`select count(*) from work_items w where ${PAGE_WHERE}`, BENCH_USER, DUE],
    ],
  },
  {
    name: 'grouped count (workItemStats by status and due week)',
    query: `query Stats($ws: ID!) { node(id: $ws) { ... on Workspace {
      workItemStats(groupBy: [STATUS, DUE_WEEK]) { count status dueWeek } } } }`,
    variables: { ws: btoa('Workspace:wsp_b0') },
    sql: [
      [
        'select 1 from workspace_members where workspace_id = ?1 and user_id = ?2',
        'wsp_b0',
        BENCH_USER,
      ],
      [
        `select w.status, date(w.due_at, '-6 days', 'weekday 1') as week, count(*) as n
         from work_items w where w.workspace_id = ?2 and ${VISIBLE}
         group by w.status, week order by n desc, w.status, week limit 500`,
        BENCH_USER,
        'wsp_b0',
      ],
    ],
  },
];

/** The floor: a Worker that runs the statements it is sent, in one batch, on the same D1. */
const FLOOR_SCRIPT = `export default {
  async fetch(request, env) {
    const statements = await request.json();
    const results = await env.DB.batch(
      statements.map(([query, ...params]) => env.DB.prepare(query).bind(...params)),
    );
    let rowsRead = 0;
    let rows = 0;
    for (const result of results) {
      rowsRead += result.meta.rows_read ?? 0;
      rows += result.results.length;
    }
    return Response.json({ rowsRead, rows });
  },
};`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

function workers(options: FiltersBenchOptions) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml');
  const d1Databases = workerOptions.d1Databases;
  return new Miniflare({
    workers: [
      {
        ...workerOptions,
        name: 'gateway',
        modules: true,
        scriptPath: path.join(options.dist, 'index.js'),
        bindings: {
          ...(workerOptions.bindings as Record<string, unknown>),
          ENVIRONMENT: 'development',
          JWT_SECRET: options.jwtSecret,
          AI_KEY_ENCRYPTION_SECRET: 'bench-ai-key-encryption-secret-0000000000',
        },
      },
      { name: 'floor', modules: true, script: FLOOR_SCRIPT, d1Databases },
    ],
    d1Persist: options.state,
    durableObjectsPersist: false,
    cachePersist: false,
  } as ConstructorParameters<typeof Miniflare>[0]);
}

/** Runs the cases and returns the markdown section for bench/results.md. */
export async function filtersBench(options: FiltersBenchOptions): Promise<string> {
  const mf = workers(options);
  await mf.ready;
  const floor = await mf.getWorker('floor');
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(BENCH_USER)
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(options.jwtSecret));
  const rows: string[] = [];
  const rounds = 5;
  const perRound = Math.max(1, Math.ceil(options.iterations / rounds));
  try {
    for (const c of CASES) {
      let gatewayAnswer = { rowsRead: 0, rows: 0 };
      const gateway = async () => {
        const response = await mf.dispatchFetch('http://bench.local/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: c.query, variables: c.variables }),
        });
        const body = (await response.json()) as {
          errors?: unknown[];
          data?: Record<string, unknown>;
          extensions?: { d1?: { rowsRead: number } };
        };
        if (body.errors) throw new Error(`${c.name}: ${JSON.stringify(body.errors).slice(0, 400)}`);
        const data = JSON.stringify(body.data);
        gatewayAnswer = {
          rowsRead: body.extensions?.d1?.rowsRead ?? -1,
          rows: (data.match(/"count"|"title"/g) ?? []).length,
        };
      };
      let floorAnswer = { rowsRead: 0, rows: 0 };
      const hand = async () => {
        const response = await floor.fetch('http://floor.local/', {
          method: 'POST',
          body: JSON.stringify(c.sql),
        });
        floorAnswer = (await response.json()) as typeof floorAnswer;
      };
      for (let i = 0; i < 5; i++) {
        await gateway();
        await hand();
      }
      const ratios: number[] = [];
      const gatewayTimes: number[] = [];
      const floorTimes: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const g: number[] = [];
        const f: number[] = [];
        for (let i = 0; i < perRound; i++) {
          let started = performance.now();
          await gateway();
          g.push(performance.now() - started);
          started = performance.now();
          await hand();
          f.push(performance.now() - started);
        }
        ratios.push(median(g) / median(f));
        gatewayTimes.push(...g);
        floorTimes.push(...f);
      }
      const returned = Math.max(1, gatewayAnswer.rows);
      rows.push(
        `| ${c.name} | ${median(gatewayTimes).toFixed(2)} | ${median(floorTimes).toFixed(2)} | ` +
          `${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}) | ` +
          `${gatewayAnswer.rows} | ${gatewayAnswer.rowsRead} (${(gatewayAnswer.rowsRead / returned).toFixed(1)}) | ` +
          `${floorAnswer.rowsRead} (${(floorAnswer.rowsRead / returned).toFixed(1)}) |`,
      );
    }
  } finally {
    await mf.dispose();
  }
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(', ');
  return `## Filters, orders and aggregates

Each case through the gateway (\`POST /graphql\` as \`${BENCH_USER}\`) and as hand-written SQL for the
same answer, sent in one \`db.batch\` by a second Worker bound to the same D1 and reached the same
way (a fetch from the benchmark's process). The two are timed interleaved (gateway, SQL, gateway...)
in ${rounds} rounds of ${perRound}; **ratio** is the median of the rounds' p50 ratios, with the
rounds' range. **rows read** is D1's \`rows_read\` for one run (per row returned in brackets; a row
returned is an item of the page or a group). Load average at the end: ${load}.

| case | gateway p50 ms | SQL p50 ms | ratio (range) | rows returned | gateway rows read (per row) | SQL rows read (per row) |
|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

async function standalone() {
  const quiet = { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true' };
  const dist = path.resolve('.bench/filters-dist');
  const state = path.resolve('.bench/filters-state');
  rmSync(dist, { recursive: true, force: true });
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', dist], {
    env: quiet,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  rmSync(state, { recursive: true, force: true });
  mkdirSync(state, { recursive: true });
  const jwtSecret = 'bench-jwt-secret-0123456789abcdef0123456789';
  const seeder = workers({ dist, state, jwtSecret, iterations: 0 });
  await seeder.ready;
  const db = await seeder.getD1Database('DB');
  for (const file of readdirSync('db/migrations')
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const queries = unstable_splitSqlQuery(readFileSync(path.join('db/migrations', file), 'utf8'));
    await db.batch(queries.map((query) => db.prepare(query)));
  }
  const sizes = process.env.BENCH_FILTERS_SIZES === 'test' ? TEST_SIZES : SIZES;
  for (const statement of seedStatements(sizes)) await db.prepare(statement).run();
  await seeder.dispose();
  const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
  console.log(await filtersBench({ dist, state, jwtSecret, iterations }));
}

if (process.argv[1]?.endsWith('filters.ts')) await standalone();
