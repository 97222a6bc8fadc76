// The search line of `npm run bench`: Query.search over the 50,000 work items and the thread
// messages of the seeded dataset, beside hand-written SQL giving the same answer (the page's
// rows with their rank and snippet, and the count of every visible match) run by code inside a
// Worker on the same D1 (the harness's floor Worker, POST /sql), reached the same way. The two
// are timed interleaved (gateway, floor, floor, gateway...) in rounds; the ratio reported is the
// median of the rounds' ratios of medians, with its spread and the machine's load average.
import os from 'node:os';
import {
  type BenchHarness,
  interleaved,
  median,
  postJson,
  ratioText,
  roundRatios,
} from './harness.ts';
import { BENCH_USER } from './seed.ts';

interface SearchCase {
  name: string;
  variables: { query: string; types: string[] };
  /** The floor: one statement, its parameters. */
  sql: string;
  params: (string | number)[];
}

const PAGE = 20;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

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

export default async function searchSection(harness: BenchHarness): Promise<string> {
  const headers = { Authorization: `Bearer ${await harness.tokenFor(BENCH_USER)}` };
  const rows: string[] = [];
  const perRound = Math.max(4, Math.floor(ITERATIONS / ROUNDS));
  for (const item of CASES) {
    const gatewayRun = async () => {
      const body = (await postJson(
        `${harness.url.gateway}/graphql`,
        { query: QUERY, variables: item.variables },
        headers,
      )) as {
        data?: { search: { totalCount: number; edges: unknown[] } };
        extensions?: { d1?: { statements: number; rowsRead: number } };
      };
      return {
        total: body.data?.search.totalCount ?? -1,
        returned: body.data?.search.edges.length ?? 0,
        statements: body.extensions?.d1?.statements ?? -1,
        rowsRead: body.extensions?.d1?.rowsRead ?? -1,
      };
    };
    // The floor Worker runs the one statement on the same D1, after the same JWT check.
    const floorRun = async () => {
      const body = (await postJson(
        `${harness.url.floor}/sql`,
        [[item.sql, ...item.params]],
        headers,
      )) as { data: { total: number }[][]; rowsRead: number };
      const found = body.data[0] ?? [];
      return {
        total: found[0]?.total ?? 0,
        returned: Math.min(PAGE, found.length),
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
    const samples = await interleaved({ gatewayRun, floorRun }, ROUNDS, perRound);
    const ratios = roundRatios(samples.gatewayRun, samples.floorRun);
    const perRow = (rowsRead: number, returned: number) =>
      returned === 0 ? 'n/a' : (rowsRead / returned).toFixed(0);
    rows.push(
      `| ${item.name} | ${g.total} | ${g.returned} | ${g.statements} | ${g.rowsRead} (${perRow(g.rowsRead, g.returned)}) | ${f.rowsRead} (${perRow(f.rowsRead, f.returned)}) | ${median(samples.gatewayRun.flat()).toFixed(2)} | ${median(samples.floorRun.flat()).toFixed(2)} | ${ratioText(ratios)} |`,
    );
  }
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  return `## Full-text search

\`Query.search\` (${PAGE} results with rank and snippet, and the count of every visible match)
as ${BENCH_USER}, beside hand-written SQL giving the same page and count in one statement (the
work-item or message visibility rule written by hand), run after the same JWT check by the floor
Worker (bench/workers/floor.ts, \`POST /sql\`) on the same D1 and reached the same way (its own
loopback socket). Timed interleaved (gateway, SQL, gateway, SQL...) in ${ROUNDS} rounds of
${perRound}; **ratio**: the median of the rounds' p50 ratios (min-max across rounds). Load average
(1, 5, 15 min) at the end: ${load}. **Rows read (per row returned)**: D1's rows_read for one run;
the gateway's includes its request reads (account status, settings) and loading the found rows.

| search | visible matches | returned | gateway statements | gateway rows read (per row) | SQL rows read (per row) | gateway p50 ms | SQL p50 ms | ratio |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}
