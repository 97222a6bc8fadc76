// The search line of `npm run bench`: Query.search over the 50,000 work items and the thread
// messages of the seeded dataset, beside hand-written SQL giving the same answer (the page's
// rows with their rank and snippet, and the count of every visible match) run by code inside a
// Worker on the same D1, reached the same way (Node -> workerd). The two are timed interleaved
// (gateway, floor, gateway, floor...) in rounds; the ratio reported is the median of the rounds'
// ratios of medians, with its spread and the machine's load average.
import os from 'node:os';
import { Miniflare, type MiniflareOptions } from 'miniflare';
import { BENCH_USER } from './seed.ts';

/** What the search benchmark is handed by bench/run.ts. */
export interface SearchBenchSetup {
  /** The gateway's Miniflare options (bundled Worker, bindings, persisted D1 already seeded). */
  gateway: Record<string, unknown>;
  /** A JWT for a user id, signed as the gateway expects. */
  tokenFor: (userId: string) => Promise<string>;
  iterations: number;
}

interface SearchCase {
  name: string;
  variables: { query: string; types: string[] };
  /** The floor: one statement, its parameters. */
  sql: string;
  params: (string | number)[];
}

const PAGE = 20;
const ROUNDS = 5;

const QUERY = `query BenchSearch($query: String!, $types: [SearchType!]) {
  search(query: $query, types: $types, first: ${PAGE}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor rank snippet { text highlights { start length } }
      node { __typename ... on WorkItem { id title status } ... on ThreadMessage { id body } } }
  }
}`;

// The work-item rule of DESIGN.md for the viewer ?2, written by hand.
const ITEM_VISIBLE = `(w.owner_id = ?2
  OR (w.assignee_id = ?2 AND w.workspace_id IN (SELECT workspace_id FROM workspace_members WHERE user_id = ?2))
  OR (w.visibility_scope = 'room' AND w.room_id IN (SELECT room_id FROM room_members WHERE user_id = ?2))
  OR (w.visibility_scope = 'quest' AND w.list_id IN (SELECT list_id FROM list_members WHERE user_id = ?2))
  OR (w.visibility_scope = 'squad' AND w.workspace_id IN (SELECT workspace_id FROM workspace_members WHERE user_id = ?2)))`;

const itemSql = `WITH hits AS MATERIALIZED (
  SELECT w.rowid AS rid, w.id, w.title, w.status, bm25(work_items_fts, 2.0, 1.0) AS rank
  FROM work_items_fts JOIN work_items w ON w.rowid = work_items_fts.rowid
  WHERE work_items_fts MATCH ?1 AND ${ITEM_VISIBLE})
SELECT (SELECT count(*) FROM hits) AS total, p.id, p.title, p.status, p.rank,
  (SELECT snippet(work_items_fts, -1, '[', ']', '…', 12) FROM work_items_fts
    WHERE work_items_fts MATCH ?1 AND work_items_fts.rowid = p.rid) AS snippet
FROM (SELECT * FROM hits ORDER BY rank, id LIMIT ${PAGE + 1}) p ORDER BY p.rank, p.id`;

const messageSql = `WITH hits AS MATERIALIZED (
  SELECT m.rowid AS rid, m.id, m.body, bm25(thread_messages_fts) AS rank
  FROM thread_messages_fts JOIN thread_messages m ON m.rowid = thread_messages_fts.rowid
  WHERE thread_messages_fts MATCH ?1 AND m.status != 'deleted' AND EXISTS (
    SELECT 1 FROM threads t WHERE t.id = m.thread_id AND t.status != 'deleted' AND (t.user_id = ?2
      OR EXISTS (SELECT 1 FROM thread_participants p WHERE p.thread_id = t.id AND p.user_id = ?2))))
SELECT (SELECT count(*) FROM hits) AS total, p.id, p.body, p.rank,
  (SELECT snippet(thread_messages_fts, -1, '[', ']', '…', 12) FROM thread_messages_fts
    WHERE thread_messages_fts MATCH ?1 AND thread_messages_fts.rowid = p.rid) AS snippet
FROM (SELECT * FROM hits ORDER BY rank, id LIMIT ${PAGE + 1}) p ORDER BY p.rank, p.id`;

const CASES: SearchCase[] = [
  {
    // Every one of the 50,000 titles holds "item": all are matched, the visible ones ranked.
    name: 'search work items, broad ("item")',
    variables: { query: 'item', types: ['WORK_ITEM'] },
    sql: itemSql,
    params: ['"item"', BENCH_USER],
  },
  {
    name: 'search work items, selective ("work item" 42*)',
    variables: { query: '"work item" 42*', types: ['WORK_ITEM'] },
    sql: itemSql,
    params: ['"work item" "42" *', BENCH_USER],
  },
  {
    name: 'search thread messages ("bench message")',
    variables: { query: 'bench message', types: ['THREAD_MESSAGE'] },
    sql: messageSql,
    params: ['"bench" "message"', BENCH_USER],
  },
];

// The floor's Worker: runs the statement it is sent on the same D1 and answers with the page.
const FLOOR_SCRIPT = `export default {
  async fetch(request, env) {
    const { sql, params } = await request.json();
    const result = await env.DB.prepare(sql).bind(...params).all();
    return Response.json({ rows: result.results, rowsRead: result.meta.rows_read });
  },
};`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export async function searchBench(setup: SearchBenchSetup): Promise<string> {
  const { d1Persist, durableObjectsPersist, cachePersist, ...gateway } = setup.gateway;
  const mf = new Miniflare({
    d1Persist,
    durableObjectsPersist,
    cachePersist,
    workers: [
      { ...gateway, name: 'gateway' },
      {
        name: 'floor',
        modules: true,
        script: FLOOR_SCRIPT,
        compatibilityDate: gateway.compatibilityDate,
        d1Databases: gateway.d1Databases,
      },
    ],
  } as MiniflareOptions);
  await mf.ready;
  const floor = await mf.getWorker('floor');
  const token = await setup.tokenFor(BENCH_USER);
  const rows: string[] = [];
  const perRound = Math.max(4, Math.floor(setup.iterations / ROUNDS));
  try {
    for (const item of CASES) {
      const gatewayRun = async () => {
        const response = await mf.dispatchFetch('http://bench.local/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: QUERY, variables: item.variables }),
        });
        const body = (await response.json()) as {
          errors?: unknown[];
          data?: { search: { totalCount: number; edges: unknown[] } };
          extensions?: { d1?: { statements: number; rowsRead: number } };
        };
        if (body.errors) throw new Error(`${item.name}: ${JSON.stringify(body.errors)}`);
        return {
          total: body.data?.search.totalCount ?? -1,
          returned: body.data?.search.edges.length ?? 0,
          statements: body.extensions?.d1?.statements ?? -1,
          rowsRead: body.extensions?.d1?.rowsRead ?? -1,
        };
      };
      const floorRun = async () => {
        const response = await floor.fetch('http://floor.local/', {
          method: 'POST',
          body: JSON.stringify({ sql: item.sql, params: item.params }),
        });
        const body = (await response.json()) as {
          rows: { total: number }[];
          rowsRead: number;
        };
        return {
          total: body.rows[0]?.total ?? 0,
          returned: Math.min(PAGE, body.rows.length),
          rowsRead: body.rowsRead,
        };
      };
      const g = await gatewayRun();
      const f = await floorRun();
      if (g.total !== f.total || g.returned !== f.returned) {
        throw new Error(
          `${item.name}: the gateway and the floor disagree (${JSON.stringify({ g, f })})`,
        );
      }
      for (let i = 0; i < 5; i++) {
        await gatewayRun();
        await floorRun();
      }
      const ratios: number[] = [];
      const gatewayTimes: number[] = [];
      const floorTimes: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const gRound: number[] = [];
        const fRound: number[] = [];
        for (let i = 0; i < perRound; i++) {
          let started = performance.now();
          await gatewayRun();
          gRound.push(performance.now() - started);
          started = performance.now();
          await floorRun();
          fRound.push(performance.now() - started);
        }
        ratios.push(median(gRound) / median(fRound));
        gatewayTimes.push(...gRound);
        floorTimes.push(...fRound);
      }
      const perRow = (rowsRead: number, returned: number) =>
        returned === 0 ? 'n/a' : (rowsRead / returned).toFixed(0);
      rows.push(
        `| ${item.name} | ${g.total} | ${g.returned} | ${g.statements} | ${g.rowsRead} (${perRow(g.rowsRead, g.returned)}) | ${f.rowsRead} (${perRow(f.rowsRead, f.returned)}) | ${median(gatewayTimes).toFixed(2)} | ${median(floorTimes).toFixed(2)} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}) |`,
      );
    }
  } finally {
    await mf.dispose();
  }
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  return `## Full-text search

\`Query.search\` (${PAGE} results with rank and snippet, and the count of every visible match)
as ${BENCH_USER}, beside hand-written SQL giving the same page and count in one statement (the
work-item or message visibility rule written by hand), run by a second Worker on the same D1 and
reached the same way. Timed interleaved (gateway, SQL, gateway, SQL...) in ${ROUNDS} rounds of
${perRound}; **ratio**: the median of the rounds' p50 ratios (min-max across rounds). Load average
(1, 5, 15 min) at the end: ${load}. **Rows read (per row returned)**: D1's rows_read for one run;
the gateway's includes its request reads (account status, settings) and loading the found rows.

| search | visible matches | returned | gateway statements | gateway rows read (per row) | SQL rows read (per row) | gateway p50 ms | SQL p50 ms | ratio |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}
