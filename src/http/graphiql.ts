import type { GraphiQLOptions } from 'graphql-yoga';

/** Where scripts/copy-graphiql-assets.mjs puts GraphiQL's files among the static assets. */
export const GRAPHIQL_ASSETS = '/graphiql-assets';

const escapeForScript = (value: string) => value.replaceAll('<', '\\u003c');

/**
 * GraphiQL's page, every script and stylesheet served by this Worker (static assets): admins may
 * have no route to a CDN. The Monaco workers are fetched same-origin and turned into blob URLs,
 * as Yoga's own page does with its CDN copies.
 */
export function renderGraphiQL(options?: GraphiQLOptions): string {
  const opts = escapeForScript(JSON.stringify(options ?? {}));
  const base = GRAPHIQL_ASSETS;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${options?.title ?? 'GraphiQL'}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}/graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root">Loading GraphiQL...</div>
<script>
const workers = {};
const workerUrls = {
  editorWorkerService: '${base}/monacoeditorwork/editor.worker.bundle.js',
  json: '${base}/monacoeditorwork/json.worker.bundle.js',
  graphql: '${base}/monacoeditorwork/graphql.worker..bundle.js',
};
function prepareWorkers() {
  return Promise.all(Object.entries(workerUrls).map(async ([name, url]) => {
    const source = await (await fetch(url)).text();
    workers[name] = URL.createObjectURL(new Blob([source], { type: 'application/javascript' }));
  }));
}
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => workers[label] };
</script>
<script src="${base}/yoga-graphiql.umd.js"></script>
<script>prepareWorkers().finally(() => YogaGraphiQL.renderYogaGraphiQL(root, ${opts}));</script>
</body>
</html>`;
}
