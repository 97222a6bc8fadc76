import type { GraphiQLOptions } from 'graphql-yoga';
import { escapeHtml } from '../email/html';
import { GRAPHIQL_PAGE_SCRIPT } from './graphiql-page-script';
import { DEV_TOKEN_HOURS, type SignIn } from './graphiql-sign-in';

/** Where scripts/copy-graphiql-assets.mjs puts GraphiQL's files among the static assets. */
export const GRAPHIQL_ASSETS = '/graphiql-assets';

/** GraphiQL's options, and how the page lets a person sign in (src/http/graphiql-sign-in.ts). */
export type GraphiQLPageOptions = GraphiQLOptions & { signIn?: SignIn };

/** JSON for a `<script type="application/json">` block: no `</script>` can end it early. */
export const jsonBlock = (id: string, value: unknown) =>
  `<script type="application/json" id="${id}">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;

const BAR_HEIGHT = '2.5rem';

/** What the sign-in bar says of where the chosen identity goes, by page. */
const SIGN_IN_NOTES = {
  graphiql: {
    token:
      "Sent as <code>Authorization: Bearer</code> with every tab's requests (unless the tab's own headers set one), and kept in this browser.",
    demo: 'Every tab runs as this user unless its own headers set Authorization.',
  },
  stats: {
    token:
      "An admin token, sent as <code>Authorization: Bearer</code> with the page's requests and kept in this browser.",
    demo: 'The page reads the statistics as this user: choose an admin.',
  },
};

/** The bar above a page (GraphiQL, the stats page) where a person chooses who requests run as. */
export function signInBar(signIn: SignIn, page: keyof typeof SIGN_IN_NOTES = 'graphiql'): string {
  const notes = SIGN_IN_NOTES[page];
  if (signIn.mode === 'token') {
    return `<header class="sign-in">
<label for="sign-in-token">Token</label>
<input id="sign-in-token" type="password" autocomplete="off" spellcheck="false" placeholder="a user JWT or an API token">
<span>${notes.token}</span>
</header>`;
  }
  const options = signIn.identities.map(
    (identity, index) =>
      `<option value="${escapeHtml(identity.userId)}"${index === 0 ? ' selected' : ''}>${escapeHtml(identity.name)} (${escapeHtml(identity.userId)})</option>`,
  );
  const note =
    signIn.identities.length > 0
      ? `Development only: tokens minted here, valid ${DEV_TOKEN_HOURS} hours. ${notes.demo}`
      : 'No demo users in this database: npm run dev loads them.';
  return `<header class="sign-in">
<label for="sign-in-as">Sign in as</label>
<select id="sign-in-as">
<option value="">nobody (anonymous)</option>
${options.join('\n')}
</select>
<span>${note}</span>
</header>
${jsonBlock('sign-in-tokens', Object.fromEntries(signIn.identities.map((identity) => [identity.userId, identity.token])))}`;
}

/**
 * GraphiQL's page, every script and stylesheet served by this Worker (static assets): admins may
 * have no route to a CDN. The Monaco workers are fetched same-origin and turned into blob URLs,
 * as Yoga's own page does with its CDN copies. Executable scripts are the same on every request;
 * per-request data (development tokens) sits in JSON blocks.
 */
export function renderGraphiQL(pageOptions: GraphiQLPageOptions = {}): string {
  const { signIn = { mode: 'token' }, ...options } = pageOptions;
  const base = GRAPHIQL_ASSETS;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}/graphiql.css">
<style>
body { margin: 0; }
.sign-in { display: flex; align-items: center; gap: 0.6rem; height: ${BAR_HEIGHT}; box-sizing: border-box; padding: 0 1rem; font: 14px system-ui, sans-serif; background: #f3f4f6; color: #1f2937; border-bottom: 1px solid #d1d5db; }
.sign-in label { white-space: nowrap; }
.sign-in input { width: 22rem; }
.sign-in span { color: #4b5563; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
#root .graphiql-container { height: calc(100vh - ${BAR_HEIGHT}); }
</style>
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
${signInBar(signIn)}
<div id="root">Loading GraphiQL...</div>
${jsonBlock('graphiql-options', options)}
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
${GRAPHIQL_PAGE_SCRIPT}
</script>
<script src="${base}/yoga-graphiql.umd.js"></script>
<script>prepareWorkers().finally(() => YogaGraphiQL.renderYogaGraphiQL(root, withActiveTab(readJson('graphiql-options'))));</script>
</body>
</html>`;
}
