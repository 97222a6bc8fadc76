// Browser test of the admin stats page (/admin/stats) under `npm run dev`: real traffic from a
// named client goes through the analytics queue into the rollups, and the page, signed in as the
// demo admin from its "Sign in as" list, shows that traffic's numbers and draws its charts.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { devToken, startDevServer } from './dev-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CLIENT = 'browser-probe';
const PROBES = 7;
const REFUSED = 3;

let server;
let browser;

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium.`);
  }
  mkdirSync('test-results', { recursive: true });
  server = await startDevServer(8808);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

async function graphql(token, query, variables = {}, headers = {}) {
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const COSTLY = `query BrowserStatsCostly { ${['a', 'b', 'c']
  .map(
    (alias) =>
      `${alias}: viewer { assignedWorkItems(first: 100) { edges { node { owner { assignedWorkItems(first: 100) { edges { node { id } } } } } } } }`,
  )
  .join(' ')} }`;

const STATS = `query BrowserStatsCheck($from: DateTime!, $to: DateTime!, $client: String!) {
  operationStats(from: $from, to: $to, groupBy: [CLIENT], where: { clientName: $client }) {
    total { requests errors }
  }
}`;

test('the stats page shows the traffic a client sent, signed in as the demo admin', async () => {
  const ada = devToken('usr_demo_ada');
  const admin = devToken('usr_demo_admin');
  const headers = { 'graphql-client-name': CLIENT, 'graphql-client-version': '9.9.9' };
  for (let i = 0; i < PROBES; i += 1) {
    const answer = await graphql(ada, 'query BrowserStatsProbe { viewer { id } }', {}, headers);
    assert.equal(answer.errors, undefined);
  }
  for (let i = 0; i < REFUSED; i += 1) {
    const answer = await graphql(ada, COSTLY, {}, headers);
    assert.equal(answer.errors?.[0]?.extensions?.code, 'COST_LIMIT_EXCEEDED');
  }
  // One AI call (the local provider picks the thread's strangers): the page's AI figures.
  const thread = await graphql(
    ada,
    'mutation BrowserStatsThread($input: CreateThreadInput!) { createThread(input: $input) { __typename } }',
    { input: { title: 'Browser stats thread' } },
  );
  assert.equal(thread.data?.createThread?.__typename, 'CreateThreadSuccess');

  // The records reach the rollups through the local queue (batched for up to 5 s).
  const range = {
    from: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    to: new Date(Date.now() + 2 * 3_600_000).toISOString(),
  };
  const deadline = Date.now() + 60_000;
  let folded;
  while (Date.now() < deadline) {
    folded = (await graphql(admin, STATS, { ...range, client: CLIENT })).data?.operationStats.total;
    if (folded?.requests === PROBES + REFUSED) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.deepEqual(folded, { requests: PROBES + REFUSED, errors: REFUSED });
  // The page's default range: the 24 hours up to the end of the current hour (its AI cards count
  // those, not the whole UTC days its chart draws).
  const HOUR = 3_600_000;
  const pageTo = Math.ceil((Date.now() + 1) / HOUR) * HOUR;
  const ai = await graphql(
    admin,
    'query BrowserStatsAi($from: DateTime!, $to: DateTime!) { aiUsageReport(from: $from, to: $to, groupBy: DAY) { total { calls costUsd } } }',
    { from: new Date(pageTo - 24 * HOUR).toISOString(), to: new Date(pageTo).toISOString() },
  );
  const aiCalls = ai.data.aiUsageReport.total.calls;
  assert.ok(aiCalls >= 1);

  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  const failures = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('requestfailed', (request) => failures.push(`${request.url()} failed`));
  await page.goto(`${server.origin}/admin/stats`);
  await page.getByLabel('Sign in as').selectOption('usr_demo_admin');
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });

  const cells = async (tbody) =>
    page.$$eval(`#${tbody} tr`, (rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent)),
    );
  const operations = await cells('top-operations');
  assert.deepEqual(operations.find(([name]) => name === 'BrowserStatsProbe')?.slice(0, 3), [
    'BrowserStatsProbe',
    String(PROBES),
    '0.0%',
  ]);
  assert.deepEqual(operations.find(([name]) => name === 'BrowserStatsCostly')?.slice(0, 3), [
    'BrowserStatsCostly',
    String(REFUSED),
    '100.0%',
  ]);
  const clients = await cells('top-clients');
  assert.deepEqual(
    clients.find(([name]) => name === CLIENT),
    [CLIENT, '9.9.9', String(PROBES + REFUSED), '30.0%'],
  );
  const total = Number((await page.textContent('#total-requests')).replaceAll(',', ''));
  assert.ok(total >= PROBES + REFUSED + 1, `total requests ${total}`);
  assert.match(await page.textContent('#total-p95'), /^\d+(\.\d)? ms$/);
  assert.match(await page.textContent('#total-error-rate'), /^\d+\.\d%$/);
  assert.equal(await page.textContent('#ai-calls'), String(aiCalls));
  assert.equal(
    await page.textContent('#ai-spend'),
    `$${ai.data.aiUsageReport.total.costUsd.toFixed(4)}`,
  );
  // Five uPlot charts, each titled, each with a canvas.
  const titles = await page.$$eval('.chart .u-title', (nodes) => nodes.map((n) => n.textContent));
  assert.deepEqual(titles, [
    'Requests per hour',
    'Error rate per hour (%)',
    'p95 duration per hour (ms)',
    'D1 rows read per hour',
    'AI spend per day (USD)',
  ]);
  assert.equal(await page.locator('.chart canvas').count(), 5);
  assert.deepEqual(failures, []);
  await page.screenshot({ path: 'test-results/admin-stats.png', fullPage: true });
  await page.close();
});

test('the stats page tells a user who is not an admin that it cannot load', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/admin/stats`);
  await page.getByLabel('Sign in as').selectOption('usr_demo_grace');
  await page.waitForSelector('body[data-state="error"]', { timeout: 30_000 });
  assert.match(await page.textContent('#message'), /Could not load the statistics/);
  await page.close();
});
