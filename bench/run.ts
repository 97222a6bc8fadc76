// `npm run bench`: seeds a realistic dataset into a local D1 under workerd (Miniflare, the same
// runtime as `wrangler dev`), then runs each benchmark operation through the Worker's fetch, its
// hand-written SQL equivalent on the same D1, and the same operation with batching off (naive N+1
// resolvers), and writes the figures to bench/results.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions, unstable_splitSqlQuery } from 'wrangler';
import { analyticsBench } from './analytics.ts';
import { attachmentsBench } from './attachments.ts';
import { filtersBench } from './filters.ts';
import { type BenchOperation, operations } from './operations.ts';
import { realtimeSection } from './realtime.ts';
import { searchBench } from './search.ts';
import { SIZES, seedStatements } from './seed.ts';
import { webhooksBench } from './webhooks.ts';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = 10;
const JWT_SECRET = 'bench-jwt-secret-0123456789abcdef0123456789';
const STATE = path.resolve('.bench/state');
const DIST = path.resolve('.bench/dist');
const quiet = { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true' };

type D1 = Awaited<ReturnType<Miniflare['getD1Database']>>;

interface Figures {
  statements: number;
  roundTrips: number;
  rowsRead: number;
  p50: number;
  p95: number;
  opsPerSecond: number;
  peakMb: number | null;
}

function bundle() {
  rmSync(DIST, { recursive: true, force: true });
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', DIST], {
    env: quiet,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** The gateway Worker's Miniflare options, on the persisted benchmark D1. */
function gatewayOptions(loaderMode: 'batched' | 'naive') {
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml');
  return {
    ...workerOptions,
    modules: true,
    scriptPath: path.join(DIST, 'index.js'),
    bindings: {
      ...(workerOptions.bindings as Record<string, unknown>),
      ENVIRONMENT: 'development',
      LOADER_MODE: loaderMode,
      JWT_SECRET,
      AI_KEY_ENCRYPTION_SECRET: 'bench-ai-key-encryption-secret-0000000000',
    },
    d1Persist: STATE,
    durableObjectsPersist: false,
    cachePersist: false,
  };
}

function startWorker(loaderMode: 'batched' | 'naive') {
  return new Miniflare(gatewayOptions(loaderMode) as ConstructorParameters<typeof Miniflare>[0]);
}

async function migrateAndSeed(db: D1) {
  const dir = 'db/migrations';
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const queries = unstable_splitSqlQuery(readFileSync(path.join(dir, file), 'utf8'));
    await db.batch(queries.map((query) => db.prepare(query)));
  }
  for (const statement of seedStatements()) await db.prepare(statement).run();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** workerd's peak resident memory since the last reset (Linux /proc). */
function workerdPeakMb(reset: boolean): number | null {
  try {
    const pids = execFileSync('pgrep', ['-P', String(process.pid), 'workerd'])
      .toString()
      .trim()
      .split('\n');
    let peak = 0;
    for (const pid of pids) {
      if (reset) writeFileSync(`/proc/${pid}/clear_refs`, '5');
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    }
    return Math.round(peak);
  } catch {
    return null;
  }
}

async function time(run: () => Promise<void>) {
  for (let i = 0; i < WARMUP; i++) await run();
  workerdPeakMb(true);
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, v) => sum + v, 0) / samples.length;
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    opsPerSecond: 1000 / mean,
    peakMb: workerdPeakMb(false),
  };
}

async function gatewayFigures(mf: Miniflare, op: BenchOperation, token: string): Promise<Figures> {
  const send = async () => {
    const response = await mf.dispatchFetch('http://bench.local/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
    });
    const body = (await response.json()) as {
      errors?: unknown[];
      extensions?: { d1?: { statements: number; roundTrips: number; rowsRead: number } };
    };
    if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return body.extensions?.d1 ?? { statements: -1, roundTrips: -1, rowsRead: -1 };
  };
  const d1 = await send();
  const timing = await time(async () => void (await send()));
  return { ...d1, ...timing };
}

async function sqlFigures(db: D1, op: BenchOperation): Promise<Figures> {
  const run = async () => {
    let rowsRead = 0;
    let statements = 0;
    for (const round of op.sql) {
      const results = await db.batch(
        round.map(([query, ...params]) => db.prepare(query).bind(...params)),
      );
      statements += round.length;
      for (const result of results) rowsRead += result.meta.rows_read ?? 0;
    }
    return { statements, roundTrips: op.sql.length, rowsRead };
  };
  const counts = await run();
  const timing = await time(async () => void (await run()));
  return { ...counts, ...timing };
}

const fmt = (n: number | null, digits = 1) => (n === null ? 'n/a' : n.toFixed(digits));

async function main() {
  const tokens = new Map<string, string>();
  const tokenFor = async (userId: string) => {
    if (!tokens.has(userId)) {
      tokens.set(
        userId,
        await new SignJWT({})
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(userId)
          .setExpirationTime('2h')
          .sign(new TextEncoder().encode(JWT_SECRET)),
      );
    }
    return tokens.get(userId) as string;
  };

  console.log('bundling the Worker...');
  bundle();
  rmSync(STATE, { recursive: true, force: true });
  mkdirSync(STATE, { recursive: true });
  const rows: string[] = [];
  const results = new Map<string, { gateway?: Figures; naive?: Figures; sql?: Figures }>();

  for (const mode of ['batched', 'naive'] as const) {
    const mf = startWorker(mode);
    await mf.ready;
    const db = await mf.getD1Database('DB');
    if (mode === 'batched') {
      console.log('seeding...');
      const started = performance.now();
      await migrateAndSeed(db);
      console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    for (const op of operations) {
      const entry = results.get(op.name) ?? {};
      console.log(`${op.name} (${mode})...`);
      const token = await tokenFor(op.as);
      if (mode === 'batched') {
        entry.gateway = await gatewayFigures(mf, op, token);
        entry.sql = await sqlFigures(db, op);
      } else {
        entry.naive = await gatewayFigures(mf, op, token);
      }
      results.set(op.name, entry);
    }
    await mf.dispose();
  }

  console.log('search...');
  const search = await searchBench({
    gateway: gatewayOptions('batched'),
    tokenFor,
    iterations: ITERATIONS,
  });

  for (const op of operations) {
    const entry = results.get(op.name);
    if (!entry?.gateway || !entry.sql || !entry.naive) continue;
    const line = (label: string, f: Figures, ratio: string) =>
      `| ${op.name} | ${label} | ${f.statements} | ${f.roundTrips} | ${f.rowsRead} | ${fmt(f.p50, 2)} | ${fmt(f.p95, 2)} | ${fmt(f.opsPerSecond, 0)} | ${fmt(f.peakMb, 0)} | ${ratio} |`;
    rows.push(line('gateway', entry.gateway, (entry.gateway.p50 / entry.sql.p50).toFixed(2)));
    rows.push(line('hand-written SQL', entry.sql, '1.00'));
    rows.push(line('naive N+1', entry.naive, (entry.naive.p50 / entry.sql.p50).toFixed(2)));
  }

  const attachmentsSection = await attachmentsBench(path.join(DIST, 'index.js'));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const report = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} x ${cpu},
${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}.
Local D1 under workerd (Miniflare, as \`wrangler dev\`); a single sequential client;
${ITERATIONS} timed runs per line after ${WARMUP} warm-up runs.

Dataset: ${SIZES.users} users, ${SIZES.workspaces} workspaces, ${SIZES.workItems} work items (all four
visibility scopes), ${SIZES.threads} threads with invites and ${SIZES.messagesPerThread} messages each
(the benchmark thread has ${SIZES.benchThreadMessages}, with deliveries), ${SIZES.aiUsageRows} AI usage rows over 30 days.

- **statements / round trips / rows read**: what one run sends to D1 (rows read as D1 reports them;
  for reads whose D1 call returns no meta the gateway counts rows returned).
- **ratio**: p50 latency over the hand-written SQL's p50 (the floor: the same data in the fewest statements).
- **naive N+1**: the same operation with batching off (\`LOADER_MODE=naive\`: one statement per key).
- **peak MB**: workerd's peak resident memory during the timed runs.

| operation | variant | statements | round trips | rows read | p50 ms | p95 ms | ops/s | peak MB | ratio |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${search}

${await filtersBench({ dist: DIST, state: STATE, jwtSecret: JWT_SECRET, iterations: ITERATIONS })}

${await webhooksBench(DIST)}

${await realtimeSection()}

${await analyticsBench(DIST)}

${attachmentsSection}`;

  writeFileSync('bench/results.md', report);
  console.log(report);
  if (!existsSync('bench/results.md')) process.exit(1);
}

await main();
