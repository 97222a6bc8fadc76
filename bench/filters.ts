// The filters benchmark (issue 16): a filtered and sorted page and a grouped count through the
// gateway, each beside hand-written SQL for the same answer run by a second Worker on the same
// D1 (the harness's floor Worker, POST /sql), timed interleaved (gateway, floor, gateway...) in
// rounds. `npm run bench` runs it as an area section; `npx tsx bench/filters.ts` runs it alone on
// a fresh harness (`BENCH_ITERATIONS`, `BENCH_ROUNDS`).
import os from 'node:os';
import {
  type BenchHarness,
  interleaved,
  median,
  postJson,
  ratioText,
  roundRatios,
  startHarness,
} from './harness.ts';
import { BENCH_USER } from './seed.ts';

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

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Runs the cases on the harness's gateway and floor; returns the markdown section. */
export default async function filtersSection(harness: BenchHarness): Promise<string> {
  const headers = { Authorization: `Bearer ${await harness.tokenFor(BENCH_USER)}` };
  const rows: string[] = [];
  const perRound = Math.max(1, Math.ceil(ITERATIONS / ROUNDS));
  for (const c of CASES) {
    let gatewayAnswer = { rowsRead: 0, rows: 0 };
    const gateway = async () => {
      const body = (await postJson(
        `${harness.url.gateway}/graphql`,
        { query: c.query, variables: c.variables },
        headers,
      )) as { data?: unknown; extensions?: { d1?: { rowsRead: number } } };
      gatewayAnswer = {
        rowsRead: body.extensions?.d1?.rowsRead ?? -1,
        rows: (JSON.stringify(body.data).match(/"count"|"title"/g) ?? []).length,
      };
    };
    // The floor: the same answer by hand, the statements in one batch, by the floor Worker.
    let floorAnswer = { rowsRead: 0 };
    const hand = async () => {
      floorAnswer = (await postJson(`${harness.url.floor}/sql`, c.sql, headers)) as {
        rowsRead: number;
      };
    };
    const samples = await interleaved({ gateway, hand }, ROUNDS, perRound);
    const ratios = roundRatios(samples.gateway, samples.hand);
    const returned = Math.max(1, gatewayAnswer.rows);
    rows.push(
      `| ${c.name} | ${median(samples.gateway.flat()).toFixed(2)} | ${median(samples.hand.flat()).toFixed(2)} | ` +
        `${ratioText(ratios)} | ` +
        `${gatewayAnswer.rows} | ${gatewayAnswer.rowsRead} (${(gatewayAnswer.rowsRead / returned).toFixed(1)}) | ` +
        `${floorAnswer.rowsRead} (${(floorAnswer.rowsRead / returned).toFixed(1)}) |`,
    );
  }
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(', ');
  return `## Filters, orders and aggregates

Each case through the gateway (\`POST /graphql\` as \`${BENCH_USER}\`) and as hand-written SQL for the
same answer, sent in one \`db.batch\` after the same JWT check by the floor Worker
(bench/workers/floor.ts, \`POST /sql\`) bound to the same D1 and reached the same way (its own
loopback socket). The two are timed interleaved (gateway, SQL, gateway...)
in ${ROUNDS} rounds of ${perRound}; **ratio** is the median of the rounds' p50 ratios, with the
rounds' range. **rows read** is D1's \`rows_read\` for one run (per row returned in brackets; a row
returned is an item of the page or a group). Load average at the end: ${load}.

| case | gateway p50 ms | SQL p50 ms | ratio (range) | rows returned | gateway rows read (per row) | SQL rows read (per row) |
|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}

async function standalone() {
  const harness = await startHarness();
  try {
    console.log(await filtersSection(harness));
  } finally {
    await harness.mf.dispose();
  }
}

if (process.argv[1]?.endsWith('filters.ts')) await standalone();
