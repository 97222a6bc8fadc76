import {
  AdminAiUsageReportDocument,
  AdminOperationStatsDocument,
} from '../../client/generated/graphql';
import type { Context } from '../context';
import { htmlSecurityHeaders } from '../hardening/security-headers';
import { ADMIN_STATS_SCRIPT } from './admin-stats-script';
import { jsonBlock, signInBar } from './graphiql';
import { signInFor } from './graphiql-sign-in';

/** Where scripts/copy-graphiql-assets.mjs puts uPlot's files among the static assets. */
export const STATS_ASSETS = '/stats-assets';

const STYLE = `
body { margin: 0; font: 14px system-ui, sans-serif; color: #1f2937; background: #f9fafb; }
.sign-in { display: flex; align-items: center; gap: 0.6rem; min-height: 2.5rem; padding: 0 1rem; background: #f3f4f6; border-bottom: 1px solid #d1d5db; }
.sign-in input { width: 22rem; }
.sign-in span { color: #4b5563; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.4rem; margin: 0.5rem 0; }
.controls { display: flex; gap: 0.6rem; align-items: center; margin-bottom: 1rem; }
#message { color: #4b5563; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.8rem; margin-bottom: 1rem; }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 0.7rem 0.9rem; }
.card .label { color: #6b7280; font-size: 0.8rem; }
.card .value { font-size: 1.3rem; font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(32rem, 1fr)); gap: 0.8rem; }
.chart { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 0.5rem; min-height: 260px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 0.35rem 0.6rem; border-bottom: 1px solid #e5e7eb; }
.tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(32rem, 1fr)); gap: 0.8rem; margin-top: 1rem; }
`;

const card = (id: string, label: string) =>
  `<div class="card"><div class="label">${label}</div><div class="value" id="${id}">–</div></div>`;

/**
 * The admin stats page: static HTML whose script reads operationStats and aiUsageReport through
 * /graphql as the signed-in admin (the page itself holds no statistics, so it needs no sign-in
 * to load), and draws them with uPlot, served as static assets (no CDN).
 */
export async function adminStatsPage(ctx: Context): Promise<Response> {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>API statistics</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STATS_ASSETS}/uPlot.min.css">
<style>${STYLE}</style>
</head>
<body data-state="idle">
<noscript>This page needs JavaScript.</noscript>
${signInBar(await signInFor(ctx), 'stats')}
<main>
<h1>API statistics</h1>
<div class="controls">
<label for="range">Range</label>
<select id="range">
<option value="24" selected>Last 24 hours</option>
<option value="168">Last 7 days</option>
<option value="720">Last 30 days</option>
</select>
<button id="refresh" type="button">Refresh</button>
<span id="message" role="status"></span>
</div>
<section class="cards">
${card('total-requests', 'Requests')}
${card('total-error-rate', 'Error rate')}
${card('total-p95', 'p95 duration')}
${card('total-rows-read', 'D1 rows read')}
${card('ai-spend', 'AI spend')}
${card('ai-calls', 'AI calls')}
</section>
<section class="charts">
<div class="chart" id="chart-requests"></div>
<div class="chart" id="chart-errors"></div>
<div class="chart" id="chart-p95"></div>
<div class="chart" id="chart-rows"></div>
<div class="chart" id="chart-ai"></div>
</section>
<section class="tables">
<div>
<h2>Top operations</h2>
<table><thead><tr><th>Operation</th><th>Requests</th><th>Error rate</th><th>p95</th><th>D1 rows read</th></tr></thead>
<tbody id="top-operations"></tbody></table>
</div>
<div>
<h2>Top clients</h2>
<table><thead><tr><th>Client</th><th>Version</th><th>Requests</th><th>Error rate</th></tr></thead>
<tbody id="top-clients"></tbody></table>
</div>
</section>
</main>
${jsonBlock('stats-queries', { stats: AdminOperationStatsDocument.toString(), ai: AdminAiUsageReportDocument.toString() })}
<script src="${STATS_ASSETS}/uPlot.iife.min.js"></script>
<script>${ADMIN_STATS_SCRIPT}</script>
</body>
</html>`;
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(await htmlSecurityHeaders(html)),
    },
  });
}
