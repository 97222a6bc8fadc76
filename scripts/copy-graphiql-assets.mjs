// Copies GraphiQL's built files from node_modules into public/graphiql-assets, and uPlot's into
// public/stats-assets, where wrangler serves them as static assets (nothing loads from a CDN;
// the Worker script stays small).
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const source = path.join(
  path.dirname(require.resolve('@graphql-yoga/graphiql/package.json')),
  'dist',
);
const target = path.resolve('public/graphiql-assets');
mkdirSync(target, { recursive: true });
for (const file of ['graphiql.css', 'yoga-graphiql.umd.js', 'monacoeditorwork']) {
  cpSync(path.join(source, file), path.join(target, file), { recursive: true });
}
if (!existsSync(path.join(target, 'yoga-graphiql.umd.js'))) {
  throw new Error('GraphiQL assets were not copied');
}

// uPlot, which draws the admin stats page's charts (/admin/stats), the same way.
const uplot = path.join(path.dirname(require.resolve('uplot/package.json')), 'dist');
const statsTarget = path.resolve('public/stats-assets');
mkdirSync(statsTarget, { recursive: true });
for (const file of ['uPlot.iife.min.js', 'uPlot.min.css']) {
  cpSync(path.join(uplot, file), path.join(statsTarget, file));
}
