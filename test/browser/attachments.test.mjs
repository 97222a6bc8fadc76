// Browser test of attachments: a page (served by the gateway, so the flow is same-origin as a
// first-party app's) picks a file, uploads it through createAttachmentUpload and its PUT URL, and
// downloads it back through the signed downloadUrl, as a user clicking a link would.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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
/** Ada's squad task of the demo data: she owns it, so she may attach files to it. */
const DEMO_ITEM = Buffer.from('WorkItem:wki_demo_squad').toString('base64');

let server;
let browser;

before(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  mkdirSync('test-results', { recursive: true });
  server = await startDevServer(8806);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/** A PNG-headed file of 300 kB (over the request body cap of the other routes). */
function pngFile() {
  const bytes = Buffer.alloc(300_000);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31) & 0xff;
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  return bytes;
}

test('a page uploads a picked file and downloads it through its downloadUrl', async () => {
  const page = await browser.newPage({ acceptDownloads: true });
  const outside = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) {
      outside.push(request.url());
    }
  });
  await page.goto(`${server.origin}/health`);
  await page.setContent('<input type="file" id="file"><a id="link" download>download</a>');
  const bytes = pngFile();
  await page.setInputFiles('#file', {
    name: 'Plan été.png',
    mimeType: 'image/png',
    buffer: bytes,
  });

  // What a frontend does (docs/pending/attachments.md): announce, PUT the File, list.
  const outcome = await page.evaluate(
    async ({ token, parentId }) => {
      const file = document.querySelector('#file').files[0];
      const graphql = (query, variables) =>
        fetch('/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        }).then((response) => response.json());
      const started = await graphql(
        `mutation BrowserAttach($input: CreateAttachmentUploadInput!) {
          createAttachmentUpload(input: $input) {
            __typename
            ... on CreateAttachmentUploadSuccess { data { attachmentId uploadUrl } }
            ... on Error { message }
          }
        }`,
        {
          input: { parentId, filename: file.name, contentType: file.type, byteSize: file.size },
        },
      );
      const result = started.data.createAttachmentUpload;
      if (result.__typename !== 'CreateAttachmentUploadSuccess') return { error: result };
      const put = await fetch(result.data.uploadUrl, { method: 'PUT', body: file });
      const uploaded = await put.json();
      const listed = await graphql(
        `query BrowserFiles($id: ID!) {
          node(id: $id) { ... on WorkItem { attachments(last: 1) { edges { node { id sha256 downloadUrl } } } } }
        }`,
        { id: parentId },
      );
      const [edge] = listed.data.node.attachments.edges;
      document.querySelector('#link').href = edge.node.downloadUrl;
      return { status: put.status, uploaded, listed: edge.node, id: result.data.attachmentId };
    },
    { token: devToken('usr_demo_ada'), parentId: DEMO_ITEM },
  );
  assert.equal(outcome.error, undefined, JSON.stringify(outcome.error));
  assert.equal(outcome.status, 201);
  const sha = createHash('sha256').update(bytes).digest('hex');
  assert.equal(outcome.uploaded.attachment.sha256, sha);
  assert.equal(outcome.listed.id, outcome.id);

  // The browser follows the signed URL (no Authorization header) and saves the file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#link')]);
  assert.equal(download.suggestedFilename(), 'Plan été.png');
  const saved = readFileSync(await download.path());
  assert.equal(saved.length, bytes.length);
  assert.equal(createHash('sha256').update(saved).digest('hex'), sha);
  assert.deepEqual(outside, [], 'the flow must load nothing from outside the gateway');
  await page.close();
});
