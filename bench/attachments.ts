// The attachments benchmark line: a 10 MB file uploaded and downloaded through the gateway
// (PUT /uploads/<token>, GET /files/<id>) beside a bare Worker that streams the same bytes to and
// from the same R2 bucket with nothing else (the floor: a FixedLengthStream into R2 put, and an
// R2 get's body as the answer). Both Workers run in one workerd (Miniflare, as `wrangler dev`) and
// are reached the same way from Node; the variants are timed interleaved, round after round.

import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions, unstable_splitSqlQuery } from 'wrangler';
import { type BenchHarness, dropRuntimeOutput, median, ratioText } from './harness.ts';
import { BENCH_JWT_SECRET } from './secrets.ts';

const SIZE = 10 * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ATTACHMENT_ROUNDS ?? process.env.BENCH_ROUNDS ?? 5);
const PER_ROUND = Math.max(2, Math.round(Number(process.env.BENCH_ITERATIONS ?? 200) / 40));

/** The floor: the same streaming a Worker must do at least, and nothing more. */
const BARE_WORKER = `export default {
  async fetch(request, env) {
    const key = new URL(request.url).pathname.slice(1);
    if (request.method === 'PUT') {
      const fixed = new FixedLengthStream(Number(request.headers.get('content-length')));
      const [stored] = await Promise.all([env.FILES.put(key, fixed.readable), request.body.pipeTo(fixed.writable)]);
      return Response.json({ size: stored.size }, { status: 201 });
    }
    const object = await env.FILES.get(key);
    return new Response(object.body, { headers: { 'Content-Length': String(object.size) } });
  },
};`;

function fileBytes(): Uint8Array {
  const bytes = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i++) bytes[i] = (i * 31) & 0xff;
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

/**
 * Runs the line against the harness's bundled gateway, in a workerd of its own beside the bare
 * Worker (a fresh D1 and R2 bucket); answers its markdown section.
 */
export default async function attachmentsSection(harness: BenchHarness): Promise<string> {
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml');
  const mf = new Miniflare({
    workers: [
      {
        ...workerOptions,
        name: 'gateway',
        modules: true,
        scriptPath: harness.gatewayScript,
        bindings: {
          ...(workerOptions.bindings as Record<string, unknown>),
          ENVIRONMENT: 'development',
          JWT_SECRET: BENCH_JWT_SECRET,
          AI_KEY_ENCRYPTION_SECRET: 'bench-ai-key-encryption-secret-0000000000',
          PUBLIC_ORIGIN: 'http://bench.local',
        },
      },
      {
        name: 'bare',
        modules: true,
        script: BARE_WORKER,
        // The gateway's runtime settings: an older date would run older streams code.
        compatibilityDate: workerOptions.compatibilityDate,
        compatibilityFlags: workerOptions.compatibilityFlags,
        r2Buckets: { FILES: 'gateway-files' },
      },
    ],
    d1Persist: false,
    r2Persist: false,
    durableObjectsPersist: false,
    cachePersist: false,
    ...dropRuntimeOutput,
  } as ConstructorParameters<typeof Miniflare>[0]);
  try {
    await mf.ready;
    const db = await mf.getD1Database('DB', 'gateway');
    for (const file of readdirSync('db/migrations')
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      const queries = unstable_splitSqlQuery(
        readFileSync(path.join('db/migrations', file), 'utf8'),
      );
      await db.batch(queries.map((query) => db.prepare(query)));
    }
    await db.batch([
      db.prepare(
        "INSERT INTO users (id, email, display_name) VALUES ('usr_bench_files', 'f@bench.test', 'Files')",
      ),
      db.prepare(
        "INSERT INTO workspaces (id, name, slug, owner_id) VALUES ('wsp_bench_files', 'Files', 'files', 'usr_bench_files')",
      ),
      db.prepare(
        "INSERT INTO workspace_members (id, workspace_id, user_id, role) VALUES ('wsm_bench_files', 'wsp_bench_files', 'usr_bench_files', 'owner')",
      ),
      db.prepare(
        "INSERT INTO work_items (id, workspace_id, owner_id, title) VALUES ('wki_bench_files', 'wsp_bench_files', 'usr_bench_files', 'Files')",
      ),
    ]);
    const token = await harness.tokenFor('usr_bench_files');
    const gateway = await mf.getWorker('gateway');
    const bare = await mf.getWorker('bare');
    const bytes = fileBytes();
    const parentId = Buffer.from('WorkItem:wki_bench_files').toString('base64');

    const announce = async () => {
      const response = await gateway.fetch('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `mutation BenchUpload($input: CreateAttachmentUploadInput!) { createAttachmentUpload(input: $input) { __typename ... on CreateAttachmentUploadSuccess { data { attachmentId uploadUrl } } } }`,
          variables: {
            input: { parentId, filename: 'bench.png', contentType: 'image/png', byteSize: SIZE },
          },
        }),
      });
      const body = (await response.json()) as {
        data: { createAttachmentUpload: { data: { attachmentId: string; uploadUrl: string } } };
      };
      const { attachmentId, uploadUrl } = body.data.createAttachmentUpload.data;
      return { id: Buffer.from(attachmentId, 'base64').toString().split(':')[1], uploadUrl };
    };
    const timed = async (run: () => Promise<void>) => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };
    const put = (fetcher: typeof gateway, url: string) =>
      timed(async () => {
        const response = await fetcher.fetch(url, {
          method: 'PUT',
          body: bytes,
          headers: { 'Content-Length': String(SIZE) },
        });
        if (response.status !== 201)
          throw new Error(`PUT ${url}: ${response.status} ${await response.text()}`);
        await response.arrayBuffer();
      });
    const get = (fetcher: typeof gateway, url: string, headers: Record<string, string> = {}) =>
      timed(async () => {
        const response = await fetcher.fetch(url, { headers });
        const received = await response.arrayBuffer();
        if (received.byteLength !== SIZE) throw new Error(`GET ${url}: ${response.status}`);
      });

    const samples = {
      gatewayPut: [] as number[],
      barePut: [] as number[],
      gatewayGet: [] as number[],
      bareGet: [] as number[],
      announce: [] as number[],
    };
    const ratios = { up: [] as number[], down: [] as number[] };
    let lastId = '';
    for (let round = 0; round <= ROUNDS; round++) {
      const roundSamples = {
        gatewayPut: [] as number[],
        barePut: [] as number[],
        gatewayGet: [] as number[],
        bareGet: [] as number[],
      };
      for (let i = 0; i < PER_ROUND; i++) {
        // ABAB: gateway then bare, for uploads and downloads alike.
        let upload = { id: '', uploadUrl: '' };
        const announced = await timed(async () => {
          upload = await announce();
        });
        roundSamples.gatewayPut.push(await put(gateway, upload.uploadUrl));
        roundSamples.barePut.push(await put(bare, `http://bare.local/bench-${round}-${i}`));
        roundSamples.gatewayGet.push(
          await get(gateway, `http://bench.local/files/${upload.id}`, {
            Authorization: `Bearer ${token}`,
          }),
        );
        roundSamples.bareGet.push(await get(bare, `http://bare.local/bench-${round}-${i}`));
        if (round > 0) samples.announce.push(announced);
        lastId = upload.id;
      }
      if (round === 0) continue; // warm-up round
      for (const key of Object.keys(roundSamples) as (keyof typeof roundSamples)[]) {
        samples[key].push(...roundSamples[key]);
      }
      ratios.up.push(median(roundSamples.gatewayPut) / median(roundSamples.barePut));
      ratios.down.push(median(roundSamples.gatewayGet) / median(roundSamples.bareGet));
    }
    if (!lastId) throw new Error('no upload ran');

    const mbps = (ms: number) => (SIZE / 1024 / 1024 / (ms / 1000)).toFixed(0);
    const line = (label: string, gw: number[], floor: number[], roundRatios: number[]) =>
      `| ${label} | ${median(gw).toFixed(1)} | ${mbps(median(gw))} | ${median(floor).toFixed(1)} | ${mbps(median(floor))} | ${ratioText(roundRatios)} |`;
    return `## Attachments: a 10 MB file through the gateway and a bare Worker

A 10 MB PNG-headed file uploaded (\`PUT /uploads/<token>\`: the door, the token claimed in D1,
SHA-256 and first-bytes check on the way, FixedLengthStream into R2, the commit batch) and
downloaded (\`GET /files/<id>\` with a bearer token: the door, the visibility read, R2 get streamed
out), beside a bare Worker doing only the streaming (FixedLengthStream into R2 put; R2 get's body as
the answer) on the same local R2, in the same workerd, both reached through Miniflare's
\`getWorker().fetch\` from Node. Interleaved (gateway, bare, gateway, bare), ${ROUNDS} rounds of
${PER_ROUND} after a warm-up round; the ratio is the median over rounds of each round's median
gateway time over its median bare time. The announcement
(\`createAttachmentUpload\`, one GraphQL mutation) is timed apart: median ${median(samples.announce).toFixed(1)} ms.
Load average at the end: ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(', ')}.

| direction | gateway p50 ms | gateway MB/s | bare p50 ms | bare MB/s | ratio (lowest–highest round) |
|---|---|---|---|---|---|
${line('upload (PUT)', samples.gatewayPut, samples.barePut, ratios.up)}
${line('download (GET)', samples.gatewayGet, samples.bareGet, ratios.down)}
`;
  } finally {
    await mf.dispose();
  }
}
