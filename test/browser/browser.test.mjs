// Browser tests: Playwright driving Debian's Chromium against `npm run dev`. Screenshots are kept
// in test-results/ as artifacts.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { demoUsers } from '../../scripts/lib/demo-data.mjs';
import { devToken, startDevServer } from './dev-server.mjs';
import {
  fill,
  openDocs,
  openGraphiQL,
  queryEditor,
  run,
  screenshotShowing,
  tabCount,
  waitForSavedTabs,
  waitForText,
} from './graphiql-page.mjs';

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
const DEMO_INVITE = 'demoInviteToken_0123456789abcdef';

let server;
let browser;

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  mkdirSync('test-results', { recursive: true });
  server = await startDevServer(8799);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

const nameOf = (id) => demoUsers.find((user) => user.id === id).display_name;
/** The Dashboard result's viewer, as the result window shows it for a demo user. */
const dashboardViewer = (id) =>
  `"viewer": { "id": "${Buffer.from(`User:${id}`).toString('base64')}", "displayName": "${nameOf(id)}"`;

/** The /graphql requests a page sends, with their Authorization header and whether they introspect. */
function recordGraphQLRequests(page) {
  const requests = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return;
    requests.push({
      authorization: request.headers().authorization ?? null,
      introspection: (request.postData() ?? '').includes('__schema'),
    });
  });
  return requests;
}
test('npm run dev answers the demo user with the token from npm run token', async () => {
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${devToken('usr_demo_ada')}`,
    },
    body: JSON.stringify({ query: '{ viewer { id } }' }),
  });
  const body = await response.json();
  assert.equal(Buffer.from(body.data.viewer.id, 'base64').toString(), 'User:usr_demo_ada');
});

test('under npm run dev, refused requests with a body answer their own status, never a 503', async () => {
  // A refused request's body is drained, not cancelled: wrangler dev's proxy turns an abruptly
  // ended request into 503 "worker restarted mid-request" in place of the gateway's answer.
  const statuses = [];
  for (let i = 0; i < 15; i += 1) {
    const response = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer gwt_${'x'.repeat(39)}${i % 10}`,
        'CF-Connecting-IP': `198.51.100.${i}`,
      },
      body: JSON.stringify({ query: '{ __typename }', padding: 'p'.repeat(2_000) }),
    });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  assert.deepEqual([...new Set(statuses)], [401]);
});

test("GraphiQL loads offline and runs a query with a dev admin token in the tab's own headers", async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const outside = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) {
      outside.push(request.url());
    }
  });
  await page.goto(`${server.origin}/graphql`);
  await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
  await fill(
    page,
    page.locator('.graphiql-query-editor .monaco-editor').first(),
    '{ viewer { id displayName } }',
  );
  // The tab's own Authorization header wins over the sign-in bar (Ada on a first visit).
  await page.getByText('Headers', { exact: true }).click();
  await fill(
    page,
    page.locator('.graphiql-editor-tool .monaco-editor').last(),
    JSON.stringify({ Authorization: `Bearer ${devToken('usr_demo_admin')}` }),
  );
  await page.getByLabel('Execute query (Ctrl-Enter)').click();
  // Monaco renders spaces as non-breaking spaces.
  await page.waitForFunction(
    () =>
      document
        .querySelector('.result-window')
        ?.textContent?.replace(/\s/g, ' ')
        .includes('Demo Admin'),
    null,
    { timeout: 20_000 },
  );
  await page.screenshot({ path: 'test-results/graphiql-admin-query.png' });
  assert.deepEqual(outside, [], 'GraphiQL must load nothing from outside the gateway');
  await page.close();
});

test('an invite link opens, Accept confirms', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${server.origin}/i/${DEMO_INVITE}`);
  assert.equal(response.status(), 200);
  await page.getByRole('button', { name: /accept/i }).click();
  await page.waitForLoadState('domcontentloaded');
  const text = (await page.textContent('body')).toLowerCase();
  await page.screenshot({ path: 'test-results/invite-accepted.png' });
  assert.match(text, /accepted|you joined|welcome/);
});

test('GraphiQL opens ready: schema loaded, the first preset operation shown, a demo user signed in', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests = recordGraphQLRequests(page);
  await openGraphiQL(page, `${server.origin}/graphql`, 'query Dashboard(');
  await openDocs(page);
  const picker = page.getByLabel('Sign in as');
  const offered = await picker.locator('option').allInnerTexts();
  for (const id of ['usr_demo_ada', 'usr_demo_grace', 'usr_demo_linus', 'usr_demo_admin']) {
    assert.ok(
      offered.some((text) => text.includes(nameOf(id))),
      `${id} is offered`,
    );
  }
  assert.equal(await picker.inputValue(), 'usr_demo_ada');
  await screenshotShowing(page, 'graphiql-first-open', [
    'Sign in as',
    'query Dashboard(',
    'Root Types',
  ]);
  assert.ok(
    requests.some((request) => request.introspection),
    'the schema was fetched',
  );
  for (const { authorization } of requests) {
    assert.ok(authorization === null || /^Bearer eyJ[\w.-]+$/.test(authorization), authorization);
  }
  const tabs = await tabCount(page);
  assert.equal(tabs, 13);
  // Each preset tab shows its own operation.
  // By keyboard: under headless Chromium the tabs' drag-to-reorder handling swallows a mouse click.
  await page.getByRole('button', { name: 'WorkItems', exact: true }).focus();
  await page.keyboard.press('Enter');
  await waitForText(page, queryEditor, 'query WorkItems(');
  await waitForSavedTabs(page, '"activeTabIndex":1');
  await page.reload();
  await openGraphiQL(page, page.url(), 'query WorkItems(');
  assert.equal(await tabCount(page), tabs, 'a reload adds no tab');
  await page.close();
});

test('GraphiQL: the identity chosen applies to every tab and survives a reload', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await openGraphiQL(page, `${server.origin}/graphql`, 'query Dashboard(');
  await page.getByLabel('Sign in as').selectOption('usr_demo_grace');
  await run(page, dashboardViewer('usr_demo_grace'));
  await screenshotShowing(page, 'graphiql-signed-in-as-grace', [
    'query Dashboard(',
    dashboardViewer('usr_demo_grace'),
  ]);
  // A new tab, with no header of its own, runs as Grace too.
  await page.getByLabel('New tab').click();
  await waitForText(page, '.graphiql-tab-active', '<untitled>');
  await fill(page, page.locator(queryEditor).first(), '{ viewer { signedInAs: displayName } }');
  await waitForText(page, queryEditor, '{ viewer { signedInAs: displayName } }');
  // GraphiQL takes the operation's name from the editor after a debounce: run before it has
  // and it asks for the previous tab's operation ("Cannot infer operation Dashboard"). Its tab
  // state is saved after that update, so wait for the save first.
  await waitForSavedTabs(page, '{ viewer { signedInAs: displayName } }');
  await run(page, `"signedInAs": "${nameOf('usr_demo_grace')}"`);
  const tabs = await tabCount(page);
  assert.equal(tabs, 14);
  await page.reload();
  await openGraphiQL(page, page.url(), '{ viewer { signedInAs: displayName } }');
  assert.equal(await tabCount(page), tabs, 'a reload adds no tab');
  assert.equal(await page.getByLabel('Sign in as').inputValue(), 'usr_demo_grace');
  await run(page, `"signedInAs": "${nameOf('usr_demo_grace')}"`);
  await screenshotShowing(page, 'graphiql-reloaded-as-grace', [
    '{ viewer { signedInAs: displayName } }',
    nameOf('usr_demo_grace'),
  ]);
  await page.close();
});

test('GraphiQL loads the schema with nobody signed in', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await openGraphiQL(page, `${server.origin}/graphql`, 'query Dashboard(');
  await page.getByLabel('Sign in as').selectOption('');
  const requests = recordGraphQLRequests(page);
  await page.reload();
  await openGraphiQL(page, page.url(), 'query Dashboard(');
  await openDocs(page);
  await screenshotShowing(page, 'graphiql-anonymous', ['Sign in as', 'Root Types']);
  const introspections = requests.filter((request) => request.introspection);
  assert.ok(introspections.length > 0, 'the schema was fetched');
  assert.deepEqual(
    introspections.map((request) => request.authorization),
    introspections.map(() => null),
  );
  await page.close();
});
