// `npm run check` step: the request flows one way (DESIGN.md, "The shape of the code"), so an
// import from a lower layer to a higher one, or an import cycle, fails the build.
import path from 'node:path';
import { cycles, importGraph } from './lib/import-graph';

/**
 * Layers from the top; a file may import its own layer and any layer below it. Folders not
 * listed (log.ts, observability/) are shared utilities that import only `db` or nothing.
 */
const LAYERS: { name: string; folders: string[] }[] = [
  { name: 'entry', folders: ['src/index.ts'] },
  // The WebSocket transport is an entry like /graphql: it runs the door's and Yoga's rules.
  { name: 'http', folders: ['src/http/', 'src/realtime/socket/'] },
  { name: 'jobs', folders: ['src/jobs/'] },
  { name: 'schema', folders: ['src/schema/'] },
  // Real time: feeds read resolvers' rules; the schema's Subscription fields and the transports
  // (http) read feeds; jobs publish through it.
  { name: 'realtime', folders: ['src/realtime/'] },
  { name: 'hardening', folders: ['src/hardening/', 'src/rate-limit/'] },
  { name: 'resolvers', folders: ['src/resolvers/', 'src/email/', 'src/analytics/'] },
  { name: 'context', folders: ['src/context.ts', 'src/auth/', 'src/observability/'] },
  { name: 'db', folders: ['src/db/', 'src/log.ts', 'src/environment.ts', 'src/body-stream.ts'] },
  // Generated typed documents: data only, they import nothing of the Worker.
  { name: 'generated', folders: ['client/'] },
];

function layerOf(file: string): number {
  return LAYERS.findIndex(({ folders }) => folders.some((folder) => file.startsWith(folder)));
}

const root = path.resolve(import.meta.dirname, '..');
const graph = importGraph(root, 'src');
const problems: string[] = [];
for (const [file, targets] of graph) {
  const from = layerOf(file);
  for (const target of targets) {
    const to = layerOf(target);
    if (from === -1 || to === -1) {
      problems.push(`${file} -> ${target}: not in any layer of scripts/check-imports.ts`);
    } else if (to < from) {
      problems.push(
        `${file} (${LAYERS[from]?.name}) imports ${target} (${LAYERS[to]?.name}), a higher layer`,
      );
    }
  }
}
for (const cycle of cycles(graph))
  problems.push(`import cycle: ${[...cycle, cycle[0]].join(' -> ')}`);

if (problems.length > 0) {
  console.error(`Import layering: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Import layering: ${graph.size} files, no upward import, no cycle.`);
