// What every benchmark section shares: the Workers under test started side by side in one
// workerd (Miniflare, the runtime of `wrangler dev`) over one seeded local D1, each reached over
// its own loopback HTTP socket, and the interleaved timing that keeps machine load off one side.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions, unstable_splitSqlQuery } from 'wrangler';
import { BENCH_JWT_SECRET } from './secrets.ts';
import { seedStatements } from './seed.ts';

/** The Workers every section may call, by the name sections use. */
export type WorkerName = 'gateway' | 'naive' | 'floor' | 'bareYoga';

export interface BenchHarness {
  /** Base URL (`http://127.0.0.1:port`) of each Worker's own socket. */
  url: Record<WorkerName, string>;
  /** A JWT for a user id, signed with the benchmark's JWT_SECRET (cached). */
  tokenFor(userId: string): Promise<string>;
  /** The running workerd, for sections that need a binding (`mf.getD1Database('DB')`). */
  mf: Miniflare;
  /** The bundled gateway, for sections that need a workerd of their own (queues, R2, settings). */
  gatewayScript: string;
}

const STATE = path.resolve('.bench/state');
const DIST = path.resolve('.bench/dist');
const quiet = { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true' };

/** Bundles a Worker as `wrangler deploy` would (esbuild, the same flags), into .bench/dist/<name>. */
function bundle(name: string, args: string[]): string {
  const outdir = path.join(DIST, name);
  rmSync(outdir, { recursive: true, force: true });
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir, ...args], {
    env: quiet,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return path.join(outdir, readdirSync(outdir).find((f) => f.endsWith('.js')) ?? 'index.js');
}

/**
 * workerd's output (the gateway's log line per request), read and dropped: printing it would
 * cost the Node process that also times the requests, a cost no deployment pays. Writing the
 * line stays the gateway's own cost, inside workerd. For every Miniflare a section starts.
 */
export const dropRuntimeOutput = {
  handleRuntimeStdio: (stdout: NodeJS.ReadableStream, stderr: NodeJS.ReadableStream) => {
    stdout.resume();
    // BENCH_RUNTIME_ERRORS=1: workerd's error output shown, to trace a failing request.
    if (process.env.BENCH_RUNTIME_ERRORS) stderr.pipe(process.stderr);
    else stderr.resume();
  },
};

const contrast = (file: string) => [file, '--config', 'bench/workers/wrangler.toml'];

export async function startHarness(): Promise<BenchHarness> {
  console.log('bundling the gateway and the contrast Workers...');
  const gatewayScript = bundle('gateway', []);
  const floorScript = bundle('floor', contrast('bench/workers/floor.ts'));
  const yogaScript = bundle('bare-yoga', contrast('bench/workers/bare-yoga.ts'));
  rmSync(STATE, { recursive: true, force: true });
  mkdirSync(STATE, { recursive: true });

  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml');
  const d1Databases = workerOptions.d1Databases;
  const socket = [{ host: '127.0.0.1', port: 0 }];
  const gateway = (name: string, loaderMode: string) => ({
    ...workerOptions,
    name,
    modules: true,
    scriptPath: gatewayScript,
    bindings: {
      ...(workerOptions.bindings as Record<string, unknown>),
      ENVIRONMENT: 'development',
      LOADER_MODE: loaderMode,
      JWT_SECRET: BENCH_JWT_SECRET,
      AI_KEY_ENCRYPTION_SECRET: 'bench-ai-key-encryption-secret-0000000000',
    },
    // Queues and assets play no part in the operations measured.
    queueProducers: undefined,
    queueConsumers: undefined,
    assets: undefined,
    unsafeDirectSockets: socket,
  });
  const plain = (name: string, scriptPath: string) => ({
    name,
    modules: true,
    scriptPath,
    compatibilityDate: workerOptions.compatibilityDate,
    compatibilityFlags: workerOptions.compatibilityFlags,
    d1Databases,
    unsafeDirectSockets: socket,
  });
  const mf = new Miniflare({
    workers: [
      gateway('gateway', 'batched'),
      gateway('naive', 'naive'),
      plain('floor', floorScript),
      plain('bareYoga', yogaScript),
    ],
    d1Persist: STATE,
    durableObjectsPersist: false,
    cachePersist: false,
    // BENCH_INSPECTOR_PORT: the DevTools protocol of every Worker (bench/profile.ts reads it).
    ...(process.env.BENCH_INSPECTOR_PORT
      ? { inspectorPort: Number(process.env.BENCH_INSPECTOR_PORT) }
      : {}),
    ...dropRuntimeOutput,
  } as unknown as ConstructorParameters<typeof Miniflare>[0]);
  await mf.ready;

  console.log('seeding...');
  const started = performance.now();
  const db = await mf.getD1Database('DB', 'gateway');
  for (const file of readdirSync('db/migrations')
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const queries = unstable_splitSqlQuery(readFileSync(path.join('db/migrations', file), 'utf8'));
    await db.batch(queries.map((query) => db.prepare(query)));
  }
  for (const statement of seedStatements()) await db.prepare(statement).run();
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const url = {} as Record<WorkerName, string>;
  for (const name of ['gateway', 'naive', 'floor', 'bareYoga'] as const) {
    url[name] = (await mf.unsafeGetDirectURL(name)).origin;
  }
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (userId: string) => {
    if (!tokens.has(userId)) {
      tokens.set(
        userId,
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(userId)
          .setExpirationTime('2h')
          .sign(new TextEncoder().encode(BENCH_JWT_SECRET)),
      );
    }
    return tokens.get(userId) as Promise<string>;
  };
  return { url, tokenFor, mf, gatewayScript };
}

// ---- figures ----

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** The median of per-round ratios with their spread: "1.12× (1.05–1.20)". */
export function ratioText(ratios: number[]): string {
  return spreadText(ratios, '×');
}

/** The median of per-round figures with the lowest and highest: "1.23 (1.10–1.40)". */
export function spreadText(values: number[], unit = ''): string {
  const sorted = [...values].sort((a, b) => a - b);
  const lo = sorted[0] ?? 0;
  const hi = sorted[sorted.length - 1] ?? 0;
  return `${median(sorted).toFixed(2)}${unit} (${lo.toFixed(2)}–${hi.toFixed(2)})`;
}

/** Each round's ratio of medians, variant A over variant B (rounds as `interleaved` answers). */
export const roundRatios = (a: number[][], b: number[][]) =>
  a.map((round, i) => median(round) / median(b[i] ?? []));

/** The machine's 1-minute load average, as a string for the results. */
export const loadAverage = () => os.loadavg()[0]?.toFixed(2) ?? 'n/a';

/**
 * Times variants interleaved: in each of `rounds` rounds, `perRound` passes of A, B, C... one
 * request each, in that order; returns each variant's latencies (ms) per round. A slow moment of
 * the machine lands on every variant of the pass it falls in, not on one variant's whole block.
 */
export async function interleaved<K extends string>(
  variants: Record<K, () => Promise<unknown>>,
  rounds: number,
  perRound: number,
  warmup = 5,
): Promise<Record<K, number[][]>> {
  const names = Object.keys(variants) as K[];
  for (let i = 0; i < warmup; i++) for (const name of names) await variants[name]();
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[][]])) as Record<
    K,
    number[][]
  >;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) samples[name].push([]);
    for (let i = 0; i < perRound; i++) {
      // Rotate the order each pass so no variant always runs right after the same one.
      for (let j = 0; j < names.length; j++) {
        const name = names[(i + j) % names.length] as K;
        const started = performance.now();
        await variants[name]();
        samples[name][round]?.push(performance.now() - started);
      }
    }
  }
  return samples;
}

/** POSTs a JSON body and returns the parsed answer; throws on a non-2xx or GraphQL errors. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
    // A request that never answers fails the run in a minute, naming itself, not in five.
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not JSON (a runtime's own error page): reported below with the status and the text.
  }
  if (!response.ok || !parsed || parsed.errors) {
    throw new Error(`${url}: ${response.status} ${text.slice(0, 400)}`);
  }
  return parsed;
}
