// Real time in a browser: two people in the demo thread, each on a page of the gateway's origin
// that subscribes over SSE (fetch, as docs/frontend.md shows); a message sent in one page appears
// in the other without a reload. And GraphiQL runs a subscription. Screenshots in test-results/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { devToken, startDevServer } from './dev-server.mjs';
import {
  fill,
  openDocs,
  openGraphiQL,
  queryEditor,
  resultWindow,
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
const THREAD = Buffer.from('Thread:thr_demo').toString('base64');

let server;
let browser;

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  mkdirSync('test-results', { recursive: true });
  server = await startDevServer(8801);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  // Alan accepts the demo invite: he and Ada are now the thread's two participants.
  const page = await browser.newPage();
  await page.goto(`${server.origin}/i/${DEMO_INVITE}`);
  await page.getByRole('button', { name: /accept/i }).click();
  await page.waitForLoadState('domcontentloaded');
  await page.close();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/**
 * A small chat page: subscribes to the thread's messages over SSE with fetch (the token in the
 * Authorization header, which EventSource cannot send) and lists each one; `send` posts one.
 */
const CHAT_PAGE = `<!doctype html><html><body>
<h1 id="who"></h1><ul id="messages"></ul><p id="state">connecting</p>
<script>
const SUBSCRIPTION = 'subscription ChatMessages($threadId: ID!) { threadMessageAdded(threadId: $threadId) { body sender { displayName } } }';
const SEND = 'mutation ChatSend($input: SendThreadMessageInput!) { sendThreadMessage(input: $input) { __typename } }';
async function listen(token, threadId) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', Authorization: 'Bearer ' + token },
    body: JSON.stringify({ query: SUBSCRIPTION, variables: { threadId } }),
  });
  document.getElementById('state').textContent = 'listening';
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\\n\\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = frame.split('\\n').find((line) => line.startsWith('data: '));
      if (!frame.includes('event: next') || !data) continue;
      const message = JSON.parse(data.slice(6)).data.threadMessageAdded;
      const item = document.createElement('li');
      item.textContent = message.sender.displayName + ': ' + message.body;
      document.getElementById('messages').append(item);
    }
  }
}
window.send = (token, threadId, body) => fetch('/graphql', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
  body: JSON.stringify({ query: SEND, variables: { input: { threadId, body } } }),
}).then((response) => response.json());
window.listen = listen;
</script></body></html>`;

async function chatPage(userId) {
  const page = await browser.newPage();
  // The gateway's origin, so the page's fetches are same-origin, as a first-party app's.
  await page.goto(`${server.origin}/health`);
  await page.setContent(CHAT_PAGE);
  const token = devToken(userId);
  await page.evaluate(
    ([who, tok, thread]) => {
      document.getElementById('who').textContent = who;
      window.listen(tok, thread);
    },
    [userId, token, THREAD],
  );
  await waitForText(page, '#state', 'listening');
  return { page, token };
}

test('a message sent by one participant appears in the other’s page without a reload', async () => {
  const ada = await chatPage('usr_demo_ada');
  const alan = await chatPage('usr_demo_alan');
  const sent = await ada.page.evaluate(
    ([tok, thread]) => window.send(tok, thread, 'Hello Alan, compilers?'),
    [ada.token, THREAD],
  );
  assert.equal(sent.data.sendThreadMessage.__typename, 'SendThreadMessageSuccess');
  await waitForText(alan.page, '#messages', 'Ada Lovelace: Hello Alan, compilers?');
  await alan.page.evaluate(
    ([tok, thread]) => window.send(tok, thread, 'Gladly, Ada.'),
    [alan.token, THREAD],
  );
  await waitForText(ada.page, '#messages', 'Alan Turing: Gladly, Ada.');
  await alan.page.screenshot({ path: 'test-results/realtime-alan.png' });
  await ada.page.screenshot({ path: 'test-results/realtime-ada.png' });
  await ada.page.close();
  await alan.page.close();
});

test('GraphiQL runs a subscription and shows each event as it arrives', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await openGraphiQL(page, `${server.origin}/graphql`, 'query Dashboard(');
  // The schema first: GraphiQL runs what it has when Execute is pressed.
  await openDocs(page);
  await fill(
    page,
    page.locator(queryEditor),
    `subscription Live { threadMessageAdded(threadId: "${THREAD}") { body } }`,
  );
  await waitForText(page, queryEditor, 'subscription Live');
  // The stream is open once its response (an event stream) has arrived. GraphiQL may still be
  // re-fetching the schema for the signed-in identity when Execute is first pressed (that press
  // is then dropped): press again until the stream opens.
  const streamOpened = (timeout) =>
    page
      .waitForResponse(
        (response) =>
          new URL(response.url()).pathname === '/graphql' &&
          (response.headers()['content-type'] ?? '').includes('text/event-stream'),
        { timeout },
      )
      .then(
        () => true,
        () => false,
      );
  let open = false;
  for (let attempt = 0; attempt < 4 && !open; attempt++) {
    const opened = streamOpened(10_000);
    await page.getByLabel('Execute query (Ctrl-Enter)').click();
    open = await opened;
  }
  assert.ok(open, 'the subscription opened an event stream');
  // Signed in as Ada (the page's default); Alan writes from elsewhere.
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${devToken('usr_demo_alan')}`,
    },
    body: JSON.stringify({
      query:
        'mutation GraphiqlLiveSend($input: SendThreadMessageInput!) { sendThreadMessage(input: $input) { __typename } }',
      variables: { input: { threadId: THREAD, body: 'Seen live in GraphiQL' } },
    }),
  });
  assert.equal(response.status, 200);
  await waitForText(page, resultWindow, 'Seen live in GraphiQL');
  await page.screenshot({ path: 'test-results/realtime-graphiql.png' });
  await page.close();
});
