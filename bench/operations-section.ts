// The benchmark's operations (bench/operations.ts) three ways, interleaved: through the gateway,
// through the gateway with batching off (naive N+1), and the floor: the same data in the fewest
// statements by a hand-written Worker (bench/workers/floor.ts) on the same D1, reached the same way.
import { cpuPerRequest } from './cpu.ts';
import {
  type BenchHarness,
  interleaved,
  loadAverage,
  median,
  percentile,
  postJson,
  ratioText,
  spreadText,
} from './harness.ts';
import { type BenchOperation, operations } from './operations.ts';

/** Timed requests per variant and operation (all rounds together); BENCH_ITERATIONS lowers it. */
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Requests per variant in each round of the CPU measure (10 connections). */
const CPU_REQUESTS = Number(process.env.BENCH_CPU_REQUESTS ?? 200);

interface D1Figures {
  statements: number;
  roundTrips: number;
  rowsRead: number;
}

async function viaGateway(url: string, op: BenchOperation, token: string): Promise<D1Figures> {
  const body = await postJson(
    `${url}/graphql`,
    { query: op.query, variables: op.variables },
    { Authorization: `Bearer ${token}` },
  );
  return (body.extensions as { d1: D1Figures }).d1;
}

async function viaFloor(url: string, op: BenchOperation, token: string) {
  const body = await postJson(
    `${url}/floor`,
    { op: op.name },
    { Authorization: `Bearer ${token}` },
  );
  const rows = (body.data as unknown[][]).reduce((sum, result) => sum + result.length, 0);
  return { ...(body.extensions as { d1: D1Figures }).d1, rowsReturned: rows };
}

/**
 * The statements the gateway sent for `op` (its debug trace: development only), as the floor's
 * `/sql` replays them: the settings read left out (the isolate's copy is fresh in the steady
 * state), the account check kept (the gateway's own).
 */
async function gatewayStatements(url: string, op: BenchOperation, token: string) {
  const body = await postJson(
    `${url}/graphql`,
    { query: op.query, variables: op.variables },
    { Authorization: `Bearer ${token}`, 'x-debug-sql': '1' },
  );
  const { sql, params } = (body.extensions as { d1: { sql: string[]; params: unknown[][] } }).d1;
  return sql
    .map((text, i) => [text, ...(params[i] ?? [])])
    .filter(([text]) => !String(text).includes('from "system_settings"'));
}

async function viaFloorSql(url: string, statements: unknown[][], token: string) {
  const body = await postJson(`${url}/sql?account=sent`, statements, {
    Authorization: `Bearer ${token}`,
  });
  return body.rowsRead as number;
}

export async function operationsSection(h: BenchHarness): Promise<string> {
  const perRound = Math.max(1, Math.round(ITERATIONS / ROUNDS));
  const loadBefore = loadAverage();
  const lines: string[] = [];
  const cpuLines: string[] = [];
  for (const op of operations) {
    console.log(`operation: ${op.name}`);
    const token = await h.tokenFor(op.as);
    // Counted in the steady state: a request just before leaves the isolates' settings fresh
    // (the first request of each 5 s window reads them: one statement, no round trip more).
    await viaGateway(h.url.gateway, op, token);
    await viaGateway(h.url.naive, op, token);
    const statements = await gatewayStatements(h.url.gateway, op, token);
    const counts = {
      gateway: await viaGateway(h.url.gateway, op, token),
      naive: await viaGateway(h.url.naive, op, token),
      floor: await viaFloor(h.url.floor, op, token),
      gatewaySql: {
        statements: statements.length,
        roundTrips: 1,
        rowsRead: await viaFloorSql(h.url.floor, statements, token),
      },
    };
    const samples = await interleaved(
      {
        gateway: () => viaGateway(h.url.gateway, op, token),
        floor: () => viaFloor(h.url.floor, op, token),
        naive: () => viaGateway(h.url.naive, op, token),
        gatewaySql: () => viaFloorSql(h.url.floor, statements, token),
      },
      ROUNDS,
      perRound,
    );
    const cpu = await cpuPerRequest(
      {
        gateway: () => viaGateway(h.url.gateway, op, token),
        gatewaySql: () => viaFloorSql(h.url.floor, statements, token),
        floor: () => viaFloor(h.url.floor, op, token),
      },
      ROUNDS,
      CPU_REQUESTS,
    );
    if (cpu) {
      const ratio = (name: keyof typeof cpu) =>
        ratioText(cpu[name].map((ms, i) => ms / (cpu.floor[i] ?? ms)));
      cpuLines.push(
        `| ${op.name} | ${spreadText(cpu.gateway)} | ${spreadText(cpu.gatewaySql)} | ${spreadText(cpu.floor)} | ${ratio('gateway')} | ${ratio('gatewaySql')} |`,
      );
    }
    const returned = Math.max(1, counts.floor.rowsReturned);
    const p50s = (name: keyof typeof samples) => samples[name].map((r) => median(r));
    for (const name of ['gateway', 'gatewaySql', 'floor', 'naive'] as const) {
      const all = samples[name].flat().sort((a, b) => a - b);
      const mean = all.reduce((s, v) => s + v, 0) / all.length;
      const ratios = p50s(name).map((p, i) => p / (p50s('floor')[i] ?? p));
      const f = counts[name];
      const label = {
        gateway: 'gateway',
        gatewaySql: "gateway's statements (Worker SQL)",
        floor: 'floor (Worker SQL)',
        naive: 'naive N+1',
      }[name];
      lines.push(
        `| ${op.name} | ${label} | ${f.statements} | ${f.roundTrips} | ${f.rowsRead} | ${(f.rowsRead / returned).toFixed(1)} | ${percentile(all, 50).toFixed(2)} | ${percentile(all, 95).toFixed(2)} | ${(1000 / mean).toFixed(0)} | ${name === 'floor' ? '1.00' : ratioText(ratios)} |`,
      );
    }
  }
  return `## Operations against the floor

Each operation is sent over HTTP to three Workers running side by side in one workerd over the
same D1: the gateway, the gateway with batching off (\`LOADER_MODE=naive\`), and the **floor**, a
hand-written Worker (\`bench/workers/floor.ts\`) that checks the same JWT and the same account
(active; an admin role for the admin report), and fetches the same data in the fewest statements
(bench/operations.ts), the account check in the same batch. Requests are interleaved (one of each
variant per pass, the order rotating), ${ROUNDS} rounds of ${perRound} passes after 5 warm-up
passes; one sequential client.

- **gateway's statements (Worker SQL)**: the statements the gateway sent for the operation
  (recorded once with \`x-debug-sql\`, its account check included, the cached settings read left
  out), replayed by the floor Worker after the same JWT check, all in one batch, with no GraphQL:
  what the gateway's SQL alone costs. Its distance to the floor is the SQL's share of the
  gateway's ratio; the gateway's distance to it is execution (GraphQL, the door, the row mapping)
  and the round trips past the first.
- **rows read / returned**: D1's rows read over the rows the floor returns for the same data
  (1.0: every row read is returned).
- **ratio**: the variant's p50 over the floor's p50, per round; the median of the rounds and, in
  brackets, the lowest and highest round.

Load average (1 min): ${loadBefore} before, ${loadAverage()} after.

| operation | variant | statements | round trips | rows read | rows read / returned | p50 ms | p95 ms | ops/s | ratio to floor |
|---|---|---|---|---|---|---|---|---|---|
${lines.join('\n')}
${cpuLines.length ? cpuTable(cpuLines) : ''}`;
}

/** The CPU the workerd process spent per request (bench/cpu.ts), beside the latencies. */
const cpuTable = (lines: string[]) => `
### CPU per request

What serving each request cost the workerd process that runs every Worker, D1 and the Durable
Objects (user and system time from \`/proc\`, the figure Workers bills, with D1's share in it):
in each of ${ROUNDS} rounds, ${CPU_REQUESTS} requests per variant from 10 connections, one variant
at a time, the order alternating; ms per request, the median of the rounds (lowest–highest), and
the ratio to the floor's burst of the same round. Waiting is not in it, so the machine's load
moves it less than the latencies above.

| operation | gateway ms | gateway's statements ms | floor ms | gateway / floor | gateway's statements / floor |
|---|---|---|---|---|---|
${lines.join('\n')}
`;
