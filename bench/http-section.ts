// Throughput over HTTP: the gateway beside the ceilings it is held to, with 1 and 10 connections:
// a bare Yoga + Pothos Worker for `{ __typename }`, a hand-written Worker (JWT or token check and
// one statement) for `{ viewer { id } }`, and the floor Worker's SQL for the dashboard.
import {
  type BenchHarness,
  loadAverage,
  median,
  percentile,
  postJson,
  ratioText,
} from './harness.ts';
import { dashboard } from './operations.ts';
import { BENCH_INTEGRATOR_TOKEN } from './secrets.ts';
import { BENCH_USER } from './seed.ts';

/** Seconds each variant runs per round; rounds alternate the variants (AB, BA, AB...). */
const SLICE_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 1);
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 5);
const CONNECTIONS = [1, 10];

type Send = () => Promise<unknown>;

interface Line {
  name: string;
  contrast: string;
  gateway: Send;
  other: Send;
}

/** `connections` loops sending back to back for `seconds`: latencies (ms) and requests done. */
async function load(send: Send, connections: number, seconds: number) {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await send();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, perSecond: latencies.length / ((performance.now() - started) / 1000) };
}

async function measure(line: Line, connections: number) {
  for (const send of [line.gateway, line.other]) await load(send, connections, 0.3);
  const figures = {
    gateway: { rps: [] as number[], lat: [] as number[] },
    other: { rps: [] as number[], lat: [] as number[] },
  };
  for (let round = 0; round < ROUNDS; round++) {
    const order =
      round % 2 === 0 ? (['gateway', 'other'] as const) : (['other', 'gateway'] as const);
    for (const name of order) {
      const { latencies, perSecond } = await load(line[name], connections, SLICE_SECONDS);
      figures[name].rps.push(perSecond);
      figures[name].lat.push(...latencies);
    }
  }
  const row = (label: string, f: { rps: number[]; lat: number[] }, ratio: string) => {
    const sorted = [...f.lat].sort((a, b) => a - b);
    return `| ${line.name} | ${connections} | ${label} | ${median(f.rps).toFixed(0)} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 99).toFixed(2)} | ${ratio} |`;
  };
  const ratios = figures.gateway.rps.map((r, i) => r / (figures.other.rps[i] ?? r));
  return [
    row('gateway', figures.gateway, ratioText(ratios)),
    row(line.contrast, figures.other, '1.00'),
  ];
}

export async function httpSection(h: BenchHarness): Promise<string> {
  const user = { Authorization: `Bearer ${await h.tokenFor(BENCH_USER)}` };
  const integrator = { Authorization: `Bearer ${BENCH_INTEGRATOR_TOKEN}` };
  const viewer = { query: '{ viewer { id } }' };
  const lines: Line[] = [
    {
      name: '`{ __typename }` anonymous',
      contrast: 'bare Yoga + Pothos',
      gateway: () => postJson(`${h.url.gateway}/graphql`, { query: '{ __typename }' }),
      other: () => postJson(`${h.url.bareYoga}/graphql`, { query: '{ __typename }' }),
    },
    {
      name: '`{ viewer { id } }` user (JWT)',
      contrast: 'plain Worker: JWT + 1 statement',
      gateway: () => postJson(`${h.url.gateway}/graphql`, viewer, user),
      other: () => postJson(`${h.url.floor}/viewer`, viewer, user),
    },
    {
      name: '`{ viewer { id } }` integrator token',
      contrast: 'plain Worker: token digest + 1 statement',
      gateway: () => postJson(`${h.url.gateway}/graphql`, viewer, integrator),
      other: () => postJson(`${h.url.floor}/viewer`, viewer, integrator),
    },
    {
      name: 'dashboard',
      contrast: 'floor Worker SQL',
      gateway: () => postJson(`${h.url.gateway}/graphql`, { query: dashboard.query }, user),
      other: () => postJson(`${h.url.floor}/floor`, { op: dashboard.name }, user),
    },
  ];
  const loadBefore = loadAverage();
  const rows: string[] = [];
  for (const line of lines) {
    for (const connections of CONNECTIONS) {
      console.log(`http: ${line.name}, ${connections} connection(s)`);
      rows.push(...(await measure(line, connections)));
    }
  }
  return `## HTTP throughput

Each line runs the gateway and its contrast Worker (same workerd, same D1, each on its own
loopback socket) in alternating slices of ${SLICE_SECONDS} s, ${ROUNDS} rounds (AB, BA, AB...),
with 1 and 10 connections (client: Node's fetch, keep-alive, on the same 2 cores).

- **req/s**: the median of the rounds; **p50 / p99**: over every request of the rounds.
- **ratio**: the gateway's req/s over the contrast's, per round: median (lowest–highest).
  The issue's targets: \`{ __typename }\` ≥ 0.8× bare Yoga, \`{ viewer { id } }\` ≥ 0.8× the plain Worker.

Load average (1 min): ${loadBefore} before, ${loadAverage()} after.

| request | connections | Worker | req/s | p50 ms | p99 ms | gateway / contrast |
|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}
