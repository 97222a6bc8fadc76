// `npm run bench`: seeds a realistic dataset into a local D1 under workerd (Miniflare, the same
// runtime as `wrangler dev`), starts the gateway and its contrast Workers side by side
// (bench/harness.ts), runs each section and writes bench/results.md.
//
// Knobs (environment variables): BENCH_ITERATIONS (timed requests per variant and operation,
// default 100), BENCH_ROUNDS (5), BENCH_HTTP_SECONDS (seconds per slice of the HTTP section, 1),
// BENCH_HTTP_ROUNDS (5). The defaults take about five minutes here; BENCH_ITERATIONS=20
// BENCH_HTTP_SECONDS=0.3 about two. BENCH_SECTIONS (a comma list of `operations`, `http` and
// the area files' names, e.g. `http,search`) runs only those sections, for a quick look.
//
// Another area's section: a file bench/<area>.ts whose default export is
// `async (harness: BenchHarness) => string` (a markdown section: its table and how it was
// measured), added to AREA_SECTIONS below with one line.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { type BenchHarness, loadAverage, startHarness } from './harness.ts';
import { httpSection } from './http-section.ts';
import { operationsSection } from './operations-section.ts';
import { SIZES } from './seed.ts';

type Section = (harness: BenchHarness) => Promise<string>;

/** The knobs as this run read them, with their defaults, for the report's first lines. */
const KNOBS = [
  ['BENCH_ITERATIONS', '100'],
  ['BENCH_ROUNDS', '5'],
  ['BENCH_HTTP_SECONDS', '1'],
  ['BENCH_HTTP_ROUNDS', '5'],
] as const;
const settings = KNOBS.map(([name, byDefault]) => {
  const value = process.env[name] ?? byDefault;
  return value === byDefault ? `${name}=${value}` : `**${name}=${value}** (default ${byDefault})`;
}).join(', ');

/** Other areas' sections, run after these: one line each, e.g. `search: () => import('./search.ts'),`. */
const AREA_SECTIONS: Record<string, () => Promise<{ default: Section }>> = {
  search: () => import('./search.ts'),
  filters: () => import('./filters.ts'),
  webhooks: () => import('./webhooks.ts'),
  realtime: () => import('./realtime.ts'),
  analytics: () => import('./analytics.ts'),
  attachments: () => import('./attachments.ts'),
};

/** Whether BENCH_SECTIONS (when set) names this section. */
const only = process.env.BENCH_SECTIONS?.split(',').map((name) => name.trim());
const chosen = (name: string) => !only || only.includes(name);

async function main() {
  const harness = await startHarness();
  const loadAtStart = loadAverage();
  const sections: string[] = [];
  try {
    if (chosen('operations')) sections.push(await operationsSection(harness));
    if (chosen('http')) sections.push(await httpSection(harness));
    for (const [name, load] of Object.entries(AREA_SECTIONS)) {
      if (chosen(name)) sections.push(await (await load()).default(harness));
    }
  } finally {
    await harness.mf.dispose();
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const report = `# Benchmark results

Settings of this run (in bold: not the default; fewer samples give wider spreads): ${settings}.

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC:
${os.cpus().length} x ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()},
Node ${process.version}; load average (1 min) ${loadAtStart} at the start, ${loadAverage()} at the end
(the machine is shared: ratios, measured interleaved, are the figures to read, not absolute times).
Local D1 under workerd (Miniflare, as \`wrangler dev\`); the gateway with \`ENVIRONMENT=development\`
(for its \`extensions.d1\` figures).

Dataset: ${SIZES.users} users, ${SIZES.workspaces} workspaces, ${SIZES.workItems} work items (all four
visibility scopes), ${SIZES.threads} threads with invites and ${SIZES.messagesPerThread} messages each
(the benchmark thread has ${SIZES.benchThreadMessages}, with deliveries), ${SIZES.aiUsageRows} AI usage rows over 30 days.

${sections.join('\n')}`;
  // A partial run prints its sections and leaves the committed results alone.
  if (!only) writeFileSync('bench/results.md', report);
  console.log(report);
}

await main();
