// The webhooks' line of `npm run bench`: how many events a second the queue consumer delivers
// to a local receiver, and what a webhook endpoint adds to the mutation that produced the event
// (the write only appends its event; matching and enqueueing run after the response).

import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions, unstable_splitSqlQuery } from 'wrangler';
import {
  type BenchHarness,
  dropRuntimeOutput,
  interleaved,
  median,
  ratioText,
  roundRatios,
} from './harness.ts';
import { BENCH_JWT_SECRET } from './secrets.ts';

const STATE = path.resolve('.bench/webhooks-state');
/** Events the consumer delivers in the throughput run. */
const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 1000);
/** Mutations per variant and round in the latency run, and rounds. */
const MUTATIONS = Math.max(10, Math.round(Number(process.env.BENCH_ITERATIONS ?? 200) / 4));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** A local receiver answering 204, counting what it received. */
async function receiver() {
  let received = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      response.writeHead(204).end();
      for (const waiter of waiters.filter((w) => received >= w.count)) waiter.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received: () => received,
    /** Resolves once `count` requests in all have arrived. */
    until: (count: number) =>
      new Promise<void>((resolve) => {
        if (received >= count) resolve();
        else waiters.push({ count, resolve });
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function startWorker(scriptPath: string) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml');
  return new Miniflare({
    ...workerOptions,
    modules: true,
    scriptPath,
    bindings: {
      ...(workerOptions.bindings as Record<string, unknown>),
      // Development: http:// to the loopback receiver is allowed.
      ENVIRONMENT: 'development',
      JWT_SECRET: BENCH_JWT_SECRET,
      AI_KEY_ENCRYPTION_SECRET: 'bench-ai-key-encryption-secret-0000000000',
      // The per-endpoint rate (300 a minute by default) would be the throughput measured.
      WEBHOOK_MAX_DELIVERIES_PER_MINUTE: '1000000',
    },
    d1Persist: STATE,
    durableObjectsPersist: false,
    cachePersist: false,
    ...dropRuntimeOutput,
  } as ConstructorParameters<typeof Miniflare>[0]);
}

/**
 * Runs the webhook benchmark on the harness's bundled gateway, in a workerd of its own (its real
 * queue, a raised delivery rate, a fresh D1); returns its markdown section.
 */
export default async function webhooksSection(harness: BenchHarness): Promise<string> {
  rmSync(STATE, { recursive: true, force: true });
  const hook = await receiver();
  const mf = startWorker(harness.gatewayScript);
  await mf.ready;
  try {
    const db = await mf.getD1Database('DB');
    for (const file of readdirSync('db/migrations')
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      const queries = unstable_splitSqlQuery(
        readFileSync(path.join('db/migrations', file), 'utf8'),
      );
      await db.batch(queries.map((query) => db.prepare(query)));
    }
    const owner = 'usr_bench_hooks';
    await db.batch([
      // As the main benchmark does: the per-viewer rate limit would stop one client's loop.
      db.prepare("UPDATE system_settings SET value = '100000' WHERE key = 'default_rate_limit'"),
      db
        .prepare(
          "INSERT INTO users (id, email, display_name) VALUES (?, 'hooks@bench.test', 'Hooks')",
        )
        .bind(owner),
      ...['wsp_hooks_on', 'wsp_hooks_off'].flatMap((id) => [
        db
          .prepare('INSERT INTO workspaces (id, name, slug, owner_id) VALUES (?, ?, ?, ?)')
          .bind(id, id, id, owner),
        db
          .prepare(
            "INSERT INTO workspace_members (id, workspace_id, user_id, role) VALUES (?, ?, ?, 'owner')",
          )
          .bind(`wsm_${id}`, id, owner),
      ]),
    ]);
    const token = await harness.tokenFor(owner);
    const graphql = async (query: string, variables: Record<string, unknown>) => {
      const response = await mf.dispatchFetch('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        errors?: unknown[];
        data?: Record<string, { __typename: string }>;
      };
      const result = Object.values(body.data ?? {})[0];
      if (body.errors || !result?.__typename.endsWith('Success')) {
        throw new Error(`bench webhooks: ${JSON.stringify(body).slice(0, 500)}`);
      }
    };
    const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
    await graphql(
      'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename } }',
      {
        input: {
          workspaceId: gid('Workspace', 'wsp_hooks_on'),
          url: hook.url,
          events: ['WORK_ITEM_CREATED'],
        },
      },
    );
    await hook.until(1); // the ping

    // 1. Added latency: createWorkItem in a workspace with an endpoint, and in one without,
    // interleaved (ABAB...) in rounds; the ratio of medians per round.
    const create = (workspace: string) => () =>
      graphql(
        'mutation ($input: CreateWorkItemInput!) { createWorkItem(input: $input) { __typename } }',
        {
          input: {
            workspaceId: gid('Workspace', workspace),
            title: 'Bench item',
            visibility: 'SQUAD',
          },
        },
      );
    const withEndpoint = create('wsp_hooks_on');
    const without = create('wsp_hooks_off');
    const times = await interleaved({ withEndpoint, without }, ROUNDS, MUTATIONS, 10);
    const ratios = roundRatios(times.withEndpoint, times.without);

    // 2. Throughput: EVENTS work items and their events appended at once (as EVENTS committed
    // writes would), then the frequent cron matches and enqueues them and the queue consumer
    // delivers; timed from the cron's start to the receiver's last request.
    const pending = async () =>
      (
        await db
          .prepare("SELECT count(*) AS n FROM webhook_deliveries WHERE status = 'pending'")
          .first<{ n: number }>()
      )?.n ?? 0;
    // The latency run's deliveries finish first, so they are not counted below.
    while ((await pending()) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    const before = hook.received();
    const items = Array.from({ length: EVENTS }, (_, i) => `wki_hooks_${i}`);
    for (let i = 0; i < items.length; i += 40) {
      const chunk = items.slice(i, i + 40);
      await db.batch(
        chunk.flatMap((id) => [
          db
            .prepare(
              "INSERT INTO work_items (id, workspace_id, owner_id, title, visibility, visibility_scope) VALUES (?, 'wsp_hooks_on', ?, 'Bench event', 'private', 'squad')",
            )
            .bind(id, owner),
          db
            .prepare(
              "INSERT INTO domain_events (type, workspace_id, subject_id, actor_id) VALUES ('work_item.created', 'wsp_hooks_on', ?, ?)",
            )
            .bind(gid('WorkItem', id), owner),
        ]),
      );
    }
    const worker = await mf.getWorker();
    const started = performance.now();
    await worker.scheduled({ cron: '*/10 * * * *' });
    await hook.until(before + EVENTS);
    const seconds = (performance.now() - started) / 1000;
    const failed = await db
      .prepare("SELECT count(*) AS n FROM webhook_deliveries WHERE status IN ('failed', 'skipped')")
      .first<{ n: number }>();

    const load = os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' / ');
    const fmt = (n: number, d = 1) => n.toFixed(d);
    return `## Webhooks

Measured by \`bench/webhooks.ts\` on the bundled Worker under workerd (Miniflare, as \`wrangler dev\`),
with its real queue and a local HTTP receiver (Node, 127.0.0.1, answers 204). Load average at the
end: ${load}.

| measure | value |
|---|---|
| events delivered per second (queue consumer to receiver, ${EVENTS} events, one endpoint) | ${fmt(EVENTS / seconds, 0)} |
| deliveries \`failed\` or \`skipped\` in the whole run | ${failed?.n ?? 'n/a'} |
| \`createWorkItem\` p50 with an endpoint, ms (median of ${ROUNDS} rounds) | ${fmt(median(times.withEndpoint.map(median)), 2)} |
| \`createWorkItem\` p50 without, ms | ${fmt(median(times.without.map(median)), 2)} |
| ratio with / without: median (min-max over rounds) | ${ratioText(ratios)} |

- **Throughput**: ${EVENTS} work items and their \`work_item.created\` events are written at once,
  then the frequent cron runs once: it matches them to the endpoint (500 events per dispatcher
  run) and enqueues them; the consumer (batches of 10, as in wrangler.toml) reads each subject as
  the endpoint's owner through the schema, signs and POSTs it. Timed from the cron's start to
  the receiver's last request. The per-endpoint rate (300 a minute by default) is raised for
  this run, or it would be the figure.
- **Added latency**: the same mutation in two workspaces of one owner, one with an endpoint
  subscribed to \`work_item.created\` and one without, sent alternately (${MUTATIONS} pairs per
  round, ${ROUNDS} rounds, after 10 warm-up pairs), one client, each answer awaited. Both run the
  after-response dispatcher; with an endpoint it also creates and enqueues a delivery, and the
  consumer delivers it meanwhile, so this is the whole cost the feature adds around the request.
`;
  } finally {
    await mf.dispose();
    await hook.close();
  }
}
