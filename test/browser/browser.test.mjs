// Browser tests: Playwright driving Debian's Chromium against `npm run dev`. Screenshots are kept
// in test-results/ as artifacts.
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

/** Replaces the contents of a Monaco editor (GraphiQL's editors) with `text`. */
async function fill(page, editor, text) {
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
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

test('GraphiQL loads offline and runs a query with a dev admin token', async () => {
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
