// `npm run bench:profile -- <what>`: a CPU profile of the gateway's isolate while one request
// shape is sent back to back (10 connections, 5 s), summed by function (self time) and by source
// file: where the fixed cost of a request goes. <what>: typename (default), viewer, integrator,
// dashboard, thread, deep, report. Uses the harness's Workers and workerd's DevTools protocol.
import { writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import { startHarness } from './harness.ts';
import { adminAiReport, dashboard, deepNode, threadWithMessages } from './operations.ts';
import { BENCH_INTEGRATOR_TOKEN } from './secrets.ts';
import { BENCH_ADMIN, BENCH_USER } from './seed.ts';

const PORT = 9329;
process.env.BENCH_INSPECTOR_PORT = String(PORT);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

async function inspector(worker: string) {
  const list = (await (await fetch(`http://127.0.0.1:${PORT}/json`)).json()) as {
    id: string;
    webSocketDebuggerUrl: string;
  }[];
  const target = list.find((t) => t.id.endsWith(`:${worker}`)) ?? list[0];
  if (!target) throw new Error('no inspector target');
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve) => ws.once('open', resolve));
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.id) waiting.get(message.id)?.(message.result);
  });
  const call = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return { call, close: () => ws.close() };
}

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/**
 * PROFILE_ALLOCATIONS=1: what the requests allocate instead of where their CPU goes (the garbage
 * collector's share of a list-heavy operation is the work of everything that allocates): V8's
 * sampling heap profiler, objects collected since counted too, summed by function and file.
 */
async function allocations(
  devtools: Awaited<ReturnType<typeof inspector>>,
  what: string,
  run: (seconds: number) => Promise<number>,
) {
  await devtools.call('HeapProfiler.enable');
  await devtools.call('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const done = await run(5);
  const { profile } = (await devtools.call('HeapProfiler.stopSampling')) as {
    profile: { head: HeapNode };
  };
  const bytes = new Map<string, number>();
  let total = 0;
  const label = ({ functionName, url, lineNumber }: HeapNode['callFrame']) =>
    `${functionName || '(anonymous)'} ${url.split('/').slice(-1)[0] || '(native)'}:${lineNumber + 1}`;
  // A built-in (a Map, an array's push) is named with its caller: which code made it.
  const walk = (node: HeapNode, caller: string) => {
    const own = label(node.callFrame);
    const name = node.callFrame.url === '' ? `${own} < ${caller}` : own;
    bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) walk(child, own);
  };
  walk(profile.head, '');
  const lines = [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.PROFILE_LINES ?? 45))
    .map(([name, size]) => `${((100 * size) / total).toFixed(1).padStart(5)}%  ${name}`);
  console.log(
    `${what}: ${done} requests in 5 s; about ${(total / done / 1024).toFixed(0)} KiB allocated per request (sampled)\n\nby function (bytes allocated, self):\n${lines.join('\n')}`,
  );
}

async function main() {
  const what = process.argv[2] ?? 'typename';
  const h = await startHarness();
  const user = { Authorization: `Bearer ${await h.tokenFor(BENCH_USER)}` };
  const shapes: Record<string, [Record<string, string>, unknown]> = {
    typename: [{}, { query: '{ __typename }' }],
    viewer: [user, { query: '{ viewer { id } }' }],
    integrator: [
      { Authorization: `Bearer ${BENCH_INTEGRATOR_TOKEN}` },
      { query: '{ viewer { id } }' },
    ],
    dashboard: [user, { query: dashboard.query }],
    thread: [user, { query: threadWithMessages.query, variables: threadWithMessages.variables }],
    deep: [user, { query: deepNode.query, variables: deepNode.variables }],
    report: [
      { Authorization: `Bearer ${await h.tokenFor(BENCH_ADMIN)}` },
      { query: adminAiReport.query, variables: adminAiReport.variables },
    ],
  };
  const [headers, body] = shapes[what] ?? shapes.typename ?? [{}, {}];
  const send = () =>
    fetch(`${h.url.gateway}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }).then((r) => r.text());
  const run = async (seconds: number) => {
    const until = performance.now() + seconds * 1000;
    let done = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (performance.now() < until) {
          await send();
          done++;
        }
      }),
    );
    return done;
  };
  await run(2);
  const devtools = await inspector('gateway');
  if (process.env.PROFILE_ALLOCATIONS) {
    await allocations(devtools, what, run);
    devtools.close();
    await h.mf.dispose();
    return;
  }
  await devtools.call('Profiler.enable');
  await devtools.call('Profiler.setSamplingInterval', { interval: 100 });
  await devtools.call('Profiler.start');
  const done = await run(5);
  const { profile } = (await devtools.call('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; startTime: number; endTime: number };
  };
  devtools.close();
  // PROFILE_SAVE=<file>: the raw profile too, for DevTools or a closer look.
  if (process.env.PROFILE_SAVE) writeFileSync(process.env.PROFILE_SAVE, JSON.stringify(profile));
  await h.mf.dispose();

  const total = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').slice(-1)[0] || '(native)';
    const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    byFile.set(file, (byFile.get(file) ?? 0) + hits);
  }
  // Inclusive: each sample counted once for every distinct function on its stack.
  const inclusive = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-1)[0] || '(native)'}:${n.callFrame.lineNumber + 1}`;
  const walk = (node: ProfileNode, onStack: Set<string>): number => {
    let hits = node.hitCount ?? 0;
    const name = label(node);
    const fresh = !onStack.has(name);
    if (fresh) onStack.add(name);
    for (const child of node.children ?? []) {
      const c = byId.get(child);
      if (c) hits += walk(c, onStack);
    }
    if (fresh) {
      onStack.delete(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + hits);
    }
    return hits;
  };
  const root = profile.nodes[0];
  if (root) walk(root, new Set());
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  console.log(
    `${what}: ${done} requests in 5 s; ${total} samples\n\nby function (self):\n${top(byFunction, 45)}\n\nby function (inclusive):\n${top(inclusive, Number(process.env.PROFILE_LINES ?? 60))}\n\nby file:\n${top(byFile, 10)}`,
  );
}

await main();
