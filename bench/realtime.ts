// The real-time fan-out line of `npm run bench` (an area section of bench/run.ts): one
// message to 1, 100 and 1,000 SSE subscribers of a thread, publish-to-delivery latency and
// events lost, beside the D1 cost of the same update found by polling every 5 s.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions, unstable_splitSqlQuery } from 'wrangler';
import { type BenchHarness, dropRuntimeOutput, percentile, startHarness } from './harness.ts';
import { BENCH_JWT_SECRET } from './secrets.ts';

const FANOUTS = [1, 100, 1000];
/** Messages sent per fan-out (each to every subscriber); BENCH_ITERATIONS lowers it. */
const MESSAGES = Math.max(3, Math.min(20, Number(process.env.BENCH_ITERATIONS ?? 20)));
const POLL_SECONDS = 5;
const OWNER = 'usr_rt_owner';
const MEMBER = 'usr_rt_member';
const THREAD = 'thr_rt_bench';
const threadGid = btoa(`Thread:${THREAD}`);

const SUBSCRIPTION =
  'subscription BenchMessages($threadId: ID!) { threadMessageAdded(threadId: $threadId) { id body sender { id } } }';
const SEND =
  'mutation BenchSend($input: SendThreadMessageInput!) { sendThreadMessage(input: $input) { __typename } }';
/** What a polling client would ask every 5 s instead: the thread's latest messages. */
const POLL = `query BenchPoll($id: ID!) { node(id: $id) { ... on Thread { messages(last: 20) { edges { node { id body sender { id } } } } } } }`;

/** The harness's bundled gateway in a workerd of its own: a fresh D1, a raised stream limit. */
function startWorker(scriptPath: string) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml');
  return new Miniflare({
    ...workerOptions,
    modules: true,
    scriptPath,
    bindings: {
      ...(workerOptions.bindings as Record<string, unknown>),
      ENVIRONMENT: 'development',
      JWT_SECRET: BENCH_JWT_SECRET,
      AI_KEY_ENCRYPTION_SECRET: 'bench-ai-key-encryption-secret-0000000000',
      // 1,000 streams of one thread come from its two participants.
      REALTIME_MAX_STREAMS_PER_USER: '5000',
    },
    d1Persist: false,
    durableObjectsPersist: false,
    cachePersist: false,
    ...dropRuntimeOutput,
  } as ConstructorParameters<typeof Miniflare>[0]);
}

type D1 = Awaited<ReturnType<Miniflare['getD1Database']>>;

async function migrateAndSeed(db: D1) {
  const dir = 'db/migrations';
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const queries = unstable_splitSqlQuery(readFileSync(path.join(dir, file), 'utf8'));
    await db.batch(queries.map((query) => db.prepare(query)));
  }
  await db.batch([
    db.prepare(
      `INSERT INTO users (id, email, display_name) VALUES ('${OWNER}', 'o@bench.test', 'Owner'), ('${MEMBER}', 'm@bench.test', 'Member')`,
    ),
    db.prepare("UPDATE system_settings SET value = '100000' WHERE key = 'default_rate_limit'"),
    db.prepare(
      `INSERT INTO threads (id, user_id, title, description, status) VALUES ('${THREAD}', '${OWNER}', 'Bench', 'Fan-out', 'active')`,
    ),
    db.prepare(
      `INSERT INTO thread_participants (id, thread_id, user_id, role) VALUES ('thp_rt_o', '${THREAD}', '${OWNER}', 'owner'), ('thp_rt_m', '${THREAD}', '${MEMBER}', 'member')`,
    ),
  ]);
}

/** One SSE subscriber: records when each message body arrives, and the stream's D1 figures. */
class Subscriber {
  readonly arrivals = new Map<string, number>();
  statements = 0;
  rowsRead = 0;
  private reader?: ReadableStreamDefaultReader<Uint8Array>;

  async open(mf: Miniflare, bearer: string) {
    const response = await mf.dispatchFetch('http://bench.local/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'text/event-stream',
        Authorization: `Bearer ${bearer}`,
      },
      body: JSON.stringify({ query: SUBSCRIPTION, variables: { threadId: threadGid } }),
    });
    if (response.status !== 200 || !response.body) throw new Error(`stream: ${response.status}`);
    this.reader = (response.body as unknown as ReadableStream<Uint8Array>).getReader();
    void this.read();
  }

  private async read() {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const chunk = await this.reader?.read().catch(() => ({ done: true, value: undefined }));
      if (!chunk || chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = frame.split('\n').find((line) => line.startsWith('data: '));
        if (!frame.includes('event: next') || !data) continue;
        const result = JSON.parse(data.slice(6));
        const body = result.data?.threadMessageAdded?.body;
        if (typeof body === 'string') this.arrivals.set(body, performance.now());
        const d1 = result.extensions?.d1;
        if (d1) {
          this.statements = d1.statements;
          this.rowsRead = d1.rowsRead;
        }
      }
    }
  }

  close() {
    return this.reader?.cancel().catch(() => undefined);
  }
}

async function graphql(mf: Miniflare, bearer: string, query: string, variables: unknown) {
  const response = await mf.dispatchFetch('http://bench.local/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: unknown;
    errors?: unknown[];
    extensions?: { d1?: { statements: number; rowsRead: number } };
  };
}

interface FanoutFigures {
  subscribers: number;
  delivered: number;
  lost: number;
  afterAnswerP50: number;
  afterAnswerP95: number;
  fromSendP50: number;
  fromSendP95: number;
  statementsPerDelivery: number;
  rowsPerDelivery: number;
}

async function fanout(mf: Miniflare, n: number, tokens: string[]): Promise<FanoutFigures> {
  const subscribers: Subscriber[] = [];
  // Opened in waves, alternately as each participant.
  for (let i = 0; i < n; i += 50) {
    const wave = Array.from({ length: Math.min(50, n - i) }, (_, k) => {
      const subscriber = new Subscriber();
      subscribers.push(subscriber);
      return subscriber.open(mf, tokens[(i + k) % 2] as string);
    });
    await Promise.all(wave);
  }
  const afterAnswer: number[] = [];
  const fromSend: number[] = [];
  let delivered = 0;
  let lost = 0;
  for (let m = 0; m < MESSAGES; m++) {
    const body = `fan-out ${n} #${m}`;
    const sentAt = performance.now();
    const answer = await graphql(mf, tokens[0] as string, SEND, {
      input: { threadId: threadGid, body },
    });
    const answeredAt = performance.now();
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    // Every subscriber gets it, or it counts as lost after 30 s.
    const deadline = Date.now() + 30_000;
    while (subscribers.some((s) => !s.arrivals.has(body)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (const subscriber of subscribers) {
      const at = subscriber.arrivals.get(body);
      if (at === undefined) {
        lost += 1;
        continue;
      }
      delivered += 1;
      afterAnswer.push(at - answeredAt);
      fromSend.push(at - sentAt);
    }
  }
  afterAnswer.sort((a, b) => a - b);
  fromSend.sort((a, b) => a - b);
  const statements = subscribers.reduce((sum, s) => sum + s.statements, 0);
  const rows = subscribers.reduce((sum, s) => sum + s.rowsRead, 0);
  await Promise.all(subscribers.map((s) => s.close()));
  return {
    subscribers: n,
    delivered,
    lost,
    afterAnswerP50: percentile(afterAnswer, 50),
    afterAnswerP95: percentile(afterAnswer, 95),
    fromSendP50: percentile(fromSend, 50),
    fromSendP95: percentile(fromSend, 95),
    statementsPerDelivery: delivered ? statements / delivered : 0,
    rowsPerDelivery: delivered ? rows / delivered : 0,
  };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** The real-time section of bench/results.md. */
export default async function realtimeSection(harness: BenchHarness): Promise<string> {
  console.log('realtime: seeding...');
  const mf = startWorker(harness.gatewayScript);
  await mf.ready;
  try {
    await migrateAndSeed(await mf.getD1Database('DB'));
    const tokens = [await harness.tokenFor(OWNER), await harness.tokenFor(MEMBER)];
    // One poll, as a polling client would send it every 5 s: its D1 cost.
    const poll = await graphql(mf, tokens[1] as string, POLL, { id: threadGid });
    if (poll.errors) throw new Error(JSON.stringify(poll.errors));
    const pollStatements = poll.extensions?.d1?.statements ?? 0;
    const pollRows = poll.extensions?.d1?.rowsRead ?? 0;
    const rows: string[] = [];
    for (const n of FANOUTS) {
      console.log(`realtime: ${n} subscriber(s)...`);
      const f = await fanout(mf, n, tokens);
      const pollsPerMinute = (60 / POLL_SECONDS) * n;
      rows.push(
        `| ${n} | ${f.delivered} | ${f.lost} | ${fmt(f.afterAnswerP50)} | ${fmt(f.afterAnswerP95)} | ${fmt(f.fromSendP50)} | ${fmt(f.fromSendP95)} | ${fmt(f.statementsPerDelivery * n, 0)} / ${fmt(f.rowsPerDelivery * n, 0)} | ${fmt(pollsPerMinute * pollStatements, 0)} / ${fmt(pollsPerMinute * pollRows, 0)} |`,
      );
    }
    const load = os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(', ');
    return `## Real time: fan-out of one thread message over SSE

${MESSAGES} messages sent one after another (\`sendThreadMessage\`, through the Worker's fetch) to a
thread with 1, 100 and 1,000 open SSE subscriptions (\`threadMessageAdded\`, from its two
participants), in one local workerd (Miniflare, as \`wrangler dev\`); load average ${load}.

- **after answer**: from the mutation's answer (its batch committed; the publish runs in its
  \`waitUntil\`) to the event's arrival at each subscriber, p50/p95 over every delivery (ms). **from
  send**: the same from the moment the mutation was sent.
- **lost**: deliveries that had not arrived 30 s after the answer (must be 0).
- **D1 per message, SSE**: statements / rows read by all subscribers' streams to deliver one
  message (each reads the log after its cursor, checks participation, loads the message and its
  sender; the streams' subscribe-time reads are spread over the ${MESSAGES} messages): nothing
  while idle. **D1 per minute, polling**: the same subscribers polling
  \`thread.messages(last: 20)\` every ${POLL_SECONDS} s instead (${pollStatements} statements /
  ${pollRows} rows per poll, 12 polls a minute each), whether or not anything changed, and still
  up to ${POLL_SECONDS} s late.

| subscribers | delivered | lost | after answer p50 ms | p95 ms | from send p50 ms | p95 ms | D1 per message, SSE (statements / rows) | D1 per minute, polling every ${POLL_SECONDS} s (statements / rows) |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
  } finally {
    await mf.dispose();
  }
}

// Run alone: `npx tsx bench/realtime.ts` prints the section.
if (process.argv[1]?.endsWith('realtime.ts')) {
  const harness = await startHarness();
  try {
    console.log(await realtimeSection(harness));
  } finally {
    await harness.mf.dispose();
  }
}
