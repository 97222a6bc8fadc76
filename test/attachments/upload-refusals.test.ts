import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApiTokensCreateDocument,
  ApiTokensRevokeDocument,
  AttachmentCreateUploadDocument,
} from '../generated/graphql';
import {
  attachmentRow,
  attachmentWorld,
  objectExists,
  pngBytes,
  put,
  startUpload,
} from '../helpers/attachment-seed';
import { gql, send, variant } from '../helpers/client';

let world: Awaited<ReturnType<typeof attachmentWorld>>;
beforeAll(async () => {
  world = await attachmentWorld();
});

/** A stream of `bytes` in chunks of 1000, produced as read. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + 1000));
      offset += 1000;
    },
  });
}

async function code(response: Response): Promise<string> {
  const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
  return body.errors[0]?.extensions.code ?? '';
}

/** The upload failed cleanly: its row is not ready, and the bucket holds nothing for it. */
async function expectNothingKept(id: string) {
  expect((await attachmentRow(id))?.status).not.toBe('ready');
  expect(await objectExists(id)).toBe(false);
}

describe('uploads that must fail, cleanly', () => {
  it('a body shorter than announced (declared as the full size): 400, no row ready, no object', async () => {
    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 10_000 });
    const response = await put(upload.path, streamOf(pngBytes(6_000)), 10_000);
    expect(response.status).toBe(400);
    expect(await code(response)).toBe('BODY_TOO_SHORT');
    await expectNothingKept(upload.id);
    expect((await attachmentRow(upload.id))?.status).toBe('deleted');
  });

  it('a body longer than announced (declared as the announced size): 413, nothing kept', async () => {
    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 5_000 });
    const response = await put(upload.path, streamOf(pngBytes(9_000)), 5_000);
    expect(response.status).toBe(413);
    expect(await code(response)).toBe('BODY_TOO_LONG');
    await expectNothingKept(upload.id);
  });

  it('a declared length other than announced: refused before the token is used', async () => {
    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 5_000 });
    const bigger = await put(upload.path, pngBytes(5_001));
    expect(bigger.status).toBe(413);
    expect(await code(bigger)).toBe('SIZE_MISMATCH');
    const chunked = await put(upload.path, streamOf(pngBytes(5_000)));
    expect(chunked.status).toBe(411);
    await expectNothingKept(upload.id);
    // The token is still good for the right body.
    expect((await put(upload.path, pngBytes(5_000))).status).toBe(201);
  });

  it('bytes that are not of the announced type: 415, nothing kept', async () => {
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>'.padEnd(600));
    const asImage = await startUpload(world.owner, {
      parentId: world.itemGid,
      byteSize: html.byteLength,
    });
    const refused = await put(asImage.path, html);
    expect(refused.status).toBe(415);
    expect(await code(refused)).toBe('CONTENT_MISMATCH');
    await expectNothingKept(asImage.id);

    // Markup is not text/plain either (nor would SVG be: it is not an accepted type at all).
    const asText = await startUpload(world.owner, {
      parentId: world.itemGid,
      contentType: 'text/plain',
      filename: 'notes.txt',
      byteSize: html.byteLength,
    });
    expect((await put(asText.path, html)).status).toBe(415);
    await expectNothingKept(asText.id);
  });

  it('an uploader removed from the workspace since announcing: 409 PARENT_GONE, nothing kept', async () => {
    const own = await attachmentWorld();
    const upload = await startUpload(own.member, { parentId: own.itemGid, byteSize: 5_000 });
    // What removeWorkspaceMember does: the membership goes, and the item's assignment with it.
    await env.DB.batch([
      env.DB.prepare('DELETE FROM workspace_members WHERE workspace_id = ? AND user_id = ?').bind(
        own.workspace,
        own.member,
      ),
      env.DB.prepare('UPDATE work_items SET assignee_id = NULL WHERE id = ?').bind(own.item),
    ]);
    const response = await put(upload.path, pngBytes(5_000));
    expect(response.status).toBe(409);
    expect(await code(response)).toBe('PARENT_GONE');
    await expectNothingKept(upload.id);
  });

  it('an uploader whose account was suspended since announcing: 409 PARENT_GONE, nothing kept', async () => {
    const own = await attachmentWorld();
    const upload = await startUpload(own.member, { parentId: own.itemGid, byteSize: 5_000 });
    await env.DB.prepare("UPDATE users SET status = 'suspended' WHERE id = ?")
      .bind(own.member)
      .run();
    const response = await put(upload.path, pngBytes(5_000));
    expect(response.status).toBe(409);
    expect(await code(response)).toBe('PARENT_GONE');
    await expectNothingKept(upload.id);
  });

  it('an upload an integrator asked for, its API token revoked since: 403 UPLOAD_REVOKED, nothing kept', async () => {
    const own = await attachmentWorld();
    const created = await gql(
      ApiTokensCreateDocument,
      { input: { name: 'uploader', scopes: ['READ', 'WRITE'] } },
      { as: own.member },
    );
    const { token, apiToken } = variant(created.data?.createApiToken, 'CreateApiTokenSuccess').data;
    const announced = await gql(
      AttachmentCreateUploadDocument,
      {
        input: {
          parentId: own.itemGid,
          filename: 'by-token.png',
          contentType: 'image/png',
          byteSize: 5_000,
        },
      },
      { token },
    );
    const { attachmentId, uploadUrl } = variant(
      announced.data?.createAttachmentUpload,
      'CreateAttachmentUploadSuccess',
    ).data;
    await gql(ApiTokensRevokeDocument, { id: apiToken.id }, { as: own.member });
    const response = await put(new URL(uploadUrl).pathname, pngBytes(5_000));
    expect(response.status).toBe(403);
    expect(await code(response)).toBe('UPLOAD_REVOKED');
    await expectNothingKept(atob(attachmentId).slice('Attachment:'.length));
  });

  it('a token works once: the second PUT is refused and the file stays as first sent', async () => {
    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 300 });
    expect((await put(upload.path, pngBytes(300))).status).toBe(201);
    const again = await put(upload.path, pngBytes(300));
    expect(again.status).toBe(409);
    expect(await code(again)).toBe('UPLOAD_ALREADY_USED');
    expect((await attachmentRow(upload.id))?.status).toBe('ready');
  });

  it('two PUTs racing for one token: exactly one gets it', async () => {
    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 300 });
    const statuses = await Promise.all([
      put(upload.path, pngBytes(300)),
      put(upload.path, pngBytes(300)),
    ]).then((responses) => responses.map((response) => response.status));
    expect(statuses.sort()).toEqual([201, 409]);
    expect((await attachmentRow(upload.id))?.status).toBe('ready');
  });

  it('a failed upload used its token: it cannot be retried with the same URL', async () => {
    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 300 });
    expect((await put(upload.path, streamOf(pngBytes(100)), 300)).status).toBe(400);
    expect((await put(upload.path, pngBytes(300))).status).toBe(409);
    await expectNothingKept(upload.id);
  });

  it('an expired token: 410, and an unknown one: 404', async () => {
    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 300 });
    await env.DB.prepare('UPDATE attachments SET upload_expires_at = ? WHERE id = ?')
      .bind(new Date(Date.now() - 1000).toISOString(), upload.id)
      .run();
    const expired = await put(upload.path, pngBytes(300));
    expect(expired.status).toBe(410);
    expect(await code(expired)).toBe('UPLOAD_EXPIRED');
    await expectNothingKept(upload.id);

    const unknown = await put('/uploads/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', pngBytes(300));
    expect(unknown.status).toBe(404);
    expect((await put('/uploads/short', pngBytes(300))).status).toBe(404);
    expect((await send(upload.path)).status).toBe(405);
  });

  it('the request body cap of the other routes does not apply: a 200 kB upload passes', async () => {
    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 200_000 });
    expect((await put(upload.path, pngBytes(200_000))).status).toBe(201);
    // ...while /graphql still refuses such a body.
    const graphql = await send('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '200000' },
      body: ' '.repeat(200_000),
    });
    expect(graphql.status).toBe(413);
  });
});
