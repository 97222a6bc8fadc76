import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { AttachmentsOfItemDocument } from '../generated/graphql';
import {
  attachmentRow,
  attachmentWorld,
  objectExists,
  pngBytes,
  put,
  sha256HexOf,
  startUpload,
} from '../helpers/attachment-seed';
import { gql, send, tokenFor } from '../helpers/client';

let world: Awaited<ReturnType<typeof attachmentWorld>>;
beforeAll(async () => {
  world = await attachmentWorld();
});

describe('a small upload and its download', () => {
  it('lands in R2 with its SHA-256, lists on the item and downloads with safe headers', async () => {
    const bytes = pngBytes(5000);
    const upload = await startUpload(world.member, {
      parentId: world.itemGid,
      byteSize: bytes.byteLength,
    });
    // Pending: not listed yet.
    const before = await gql(AttachmentsOfItemDocument, { id: world.itemGid }, { as: world.owner });
    expect(JSON.stringify(before.data)).not.toContain(upload.attachmentGid);

    const response = await put(upload.path, bytes);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { attachment: { id: string; sha256: string } };
    const sha = await sha256HexOf(bytes);
    expect(body.attachment).toMatchObject({ id: upload.attachmentGid, sha256: sha });
    expect(await attachmentRow(upload.id)).toMatchObject({ status: 'ready', sha256: sha });
    const object = await env.FILES.get(`attachments/${upload.id}`);
    expect(object?.size).toBe(5000);
    expect(await sha256HexOf(new Uint8Array(await (object as R2ObjectBody).arrayBuffer()))).toBe(
      sha,
    );

    const listed = await gql(AttachmentsOfItemDocument, { id: world.itemGid }, { as: world.owner });
    const node = listed.data?.node;
    const edges = node && 'attachments' in node ? node.attachments.edges : [];
    expect(edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        id: upload.attachmentGid,
        filename: 'picture.png',
        contentType: 'image/png',
        byteSize: 5000,
        sha256: sha,
        uploader: { id: btoa(`User:${world.member}`) },
      }),
    ]);

    const download = await send(`/files/${upload.id}`, {
      headers: { Authorization: `Bearer ${await tokenFor(world.owner)}` },
    });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-length')).toBe('5000');
    expect(download.headers.get('etag')).toBe(`"${sha}"`);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="picture.png"; filename*=UTF-8''picture.png`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(await objectExists(upload.id)).toBe(true);
  });

  it('appends attachment.added with the ready row, in the same batch', async () => {
    const bytes = pngBytes(100);
    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 100 });
    const events = () =>
      env.DB.prepare(
        "SELECT * FROM domain_events WHERE type = 'attachment.added' AND subject_id = ?",
      )
        .bind(upload.attachmentGid)
        .all();
    expect((await events()).results).toHaveLength(0);
    expect((await put(upload.path, bytes)).status).toBe(201);
    const { results } = await events();
    expect(results).toEqual([
      expect.objectContaining({
        workspace_id: world.workspace,
        actor_id: world.owner,
        payload: JSON.stringify({ parent: world.itemGid }),
      }),
    ]);
  });
});
