// The analytics line of `npm run bench`: what capturing a record per operation adds to a
// request (the same Worker with ANALYTICS_CAPTURE "true" and "false", requests interleaved), and
// how many records per second the queue consumer folds into the rollups.

import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions, unstable_splitSqlQuery } from 'wrangler';
import {
  type BenchHarness,
  dropRuntimeOutput,
  interleaved,
  median,
  roundRatios,
} from './harness.ts';
import { BENCH_JWT_SECRET } from './secrets.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_ROUND = Math.max(20, Math.round(Number(process.env.BENCH_ITERATIONS ?? 200) / 2));
const CONSUMER_BATCHES = 20;
const BATCH = 100;
const USER = 'usr_bench_analytics';
const QUERY = 'query BenchAnalyticsViewer { viewer { id displayName email } }';

function start(scriptPath: string, capture: boolean, state: string) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml');
  rmSync(state, { recursive: true, force: true });
  // The analytics consumer runs as invocations of its own (timed apart below): kept out of the
  // latency rounds, so they time the request path only; the records wait in the local queue.
  const { 'api-analytics': _consumer, ...queueConsumers } = (workerOptions.queueConsumers ??
    {}) as Record<string, unknown>;
  return new Miniflare({
    ...workerOptions,
    queueConsumers,
    modules: true,
    scriptPath,
    bindings: {
      ...(workerOptions.bindings as Record<string, unknown>),
      ENVIRONMENT: 'development',
      ANALYTICS_CAPTURE: capture ? 'true' : 'false',
      JWT_SECRET: BENCH_JWT_SECRET,
      AI_KEY_ENCRYPTION_SECRET: 'bench-ai-key-encryption-secret-0000000000',
    },
    d1Persist: state,
    durableObjectsPersist: false,
    cachePersist: false,
    ...dropRuntimeOutput,
    queuePersist: false,
  } as ConstructorParameters<typeof Miniflare>[0]);
}

async function migrate(mf: Miniflare) {
  const db = await mf.getD1Database('DB');
  for (const file of readdirSync('db/migrations')
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const queries = unstable_splitSqlQuery(readFileSync(path.join('db/migrations', file), 'utf8'));
    await db.batch(queries.map((query) => db.prepare(query)));
  }
  await db
    .prepare(
      "INSERT INTO users (id, email, display_name) VALUES (?, 'bench@example.test', 'Bench')",
    )
    .bind(USER)
    .run();
  await db
    .prepare("UPDATE system_settings SET value = '100000' WHERE key = 'default_rate_limit'")
    .run();
}

/** A record as the Worker sends it: ten field coordinates, realistic figures. */
function record(i: number) {
  return {
    v: 1,
    at: Date.now() - (i % 48) * 3_600_000,
    operation: `BenchOperation${i % 20}`,
    hash: (i % 20).toString(16).padStart(16, '0'),
    clientName: `client-${i % 5}`,
    clientVersion: '1.0.0',
    viewer: 'user',
    status: i % 10 === 0 ? 'error' : 'ok',
    errorCodes: i % 10 === 0 ? ['COST_LIMIT_EXCEEDED'] : [],
    durationMs: (i * 37) % 900,
    cost: 1 + (i % 40),
    d1: { statements: 3, rowsRead: 20 + (i % 7), rowsWritten: 0 },
    fields: Array.from({ length: 10 }, (_, f) => `Type${(i + f) % 30}.field${f}`),
  };
}

/** The harness's bundled gateway twice (capture on and off), each in a workerd of its own. */
export default async function analyticsSection(harness: BenchHarness): Promise<string> {
  const on = start(harness.gatewayScript, true, path.resolve('.bench/analytics-on'));
  const off = start(harness.gatewayScript, false, path.resolve('.bench/analytics-off'));
  try {
    await Promise.all([on.ready, off.ready]);
    await Promise.all([migrate(on), migrate(off)]);
    const token = await harness.tokenFor(USER);
    const send = async (mf: Miniflare) => {
      const response = await mf.dispatchFetch('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`analytics bench: ${JSON.stringify(body.errors)}`);
    };
    for (let i = 0; i < 10; i += 1) await Promise.all([send(on), send(off)]);

    // Interleaved, A B A B..., in rounds: the machine's noise hits both variants alike.
    const times = await interleaved(
      { on: () => send(on), off: () => send(off) },
      ROUNDS,
      PER_ROUND,
      0,
    );
    const ratios = roundRatios(times.on, times.off);

    // The consumer: batches of 100 records straight to the Worker's queue handler.
    const worker = await on.getWorker();
    let next = 0;
    const batch = () =>
      Array.from({ length: BATCH }, () => {
        next += 1;
        return { id: `bench-${next}`, timestamp: new Date(), attempts: 1, body: record(next) };
      });
    await worker.queue('api-analytics', batch());
    const started = performance.now();
    for (let i = 0; i < CONSUMER_BATCHES; i += 1) {
      const result = await worker.queue('api-analytics', batch());
      if (result.outcome !== 'ok') throw new Error(`consumer: ${result.outcome}`);
    }
    const seconds = (performance.now() - started) / 1000;
    const perSecond = (CONSUMER_BATCHES * BATCH) / seconds;

    const fmt = (n: number, digits = 2) => n.toFixed(digits);
    const [load1] = os.loadavg();
    return `## API analytics

What capturing one analytics record per operation adds to a request, and how fast the queue
consumer folds records into the hourly rollups. Two copies of the same bundled Worker under
Miniflare, one with \`ANALYTICS_CAPTURE = "true"\` (the record is built, hashed and sent to the
local queue in \`waitUntil\`; the consumer is left out of these rounds and timed apart), one with
\`"false"\`; the operation
\`${QUERY}\` as a user, sent alternately to each (A B B A ...), ${PER_ROUND} requests per variant per
round, ${ROUNDS} rounds; load average ${fmt(load1 ?? 0)} at the end.

| variant | p50 ms (median of rounds) |
|---|---|
| analytics off | ${fmt(median(times.off.map(median)))} |
| analytics on | ${fmt(median(times.on.map(median)))} |

- **ratio on / off**: ${fmt(median(ratios), 3)} (median of the ${ROUNDS} rounds' p50 ratios; spread ${fmt(Math.min(...ratios), 3)}-${fmt(Math.max(...ratios), 3)}).
- **consumer**: ${Math.round(perSecond)} records/s (${CONSUMER_BATCHES} batches of ${BATCH} records, 10 field coordinates each, through the Worker's queue handler into local D1, one \`db.batch\` of three statements per batch).
`;
  } finally {
    await Promise.all([on.dispose(), off.dispose()]);
  }
}
