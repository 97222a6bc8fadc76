import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetCachedSettings } from '../../src/resolvers/admin/settings';
import { AttachmentStorageDocument } from '../generated/graphql';
import {
  attachmentRow,
  attachmentWorld,
  createUpload,
  objectExists,
  pngBytes,
  put,
  setSetting,
  startUpload,
} from '../helpers/attachment-seed';
import { gql } from '../helpers/client';
import { gid } from '../helpers/work-seed';

// The quota is a system setting; tests that change it put it back.
afterEach(async () => {
  await env.DB.prepare(
    "DELETE FROM system_settings WHERE key = 'workspace_storage_quota_bytes'",
  ).run();
  forgetCachedSettings();
});

describe('the per-workspace storage quota', () => {
  it('lets only one of two concurrent uploads take the last free bytes at creation', async () => {
    const world = await attachmentWorld();
    await setSetting('workspace_storage_quota_bytes', '1000');
    const [a, b] = await Promise.all([
      createUpload(world.owner, { parentId: world.itemGid, byteSize: 600 }),
      createUpload(world.member, { parentId: world.itemGid, byteSize: 600 }),
    ]);
    const kinds = [a?.__typename, b?.__typename].sort();
    expect(kinds).toEqual(['CreateAttachmentUploadSuccess', 'StorageQuotaExceededError']);
    const refused = [a, b].find((r) => r?.__typename === 'StorageQuotaExceededError');
    expect(refused).toMatchObject({ usedBytes: 600, quotaBytes: 1000, requestedBytes: 600 });
    const { results } = await env.DB.prepare(
      'SELECT count(*) AS n FROM attachments WHERE workspace_id = ?',
    )
      .bind(world.workspace)
      .all<{ n: number }>();
    expect(results[0]?.n).toBe(1);
  });

  it('lets only one of two concurrent commits pass the last free bytes', async () => {
    const world = await attachmentWorld();
    // Both uploads fit when created; then the quota shrinks to room for one.
    const first = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 600 });
    const second = await startUpload(world.member, { parentId: world.itemGid, byteSize: 600 });
    await setSetting('workspace_storage_quota_bytes', '1000');
    const responses = await Promise.all([
      put(first.path, pngBytes(600)),
      put(second.path, pngBytes(600)),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 413]);
    const refused = responses.find((r) => r.status === 413) as Response;
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('STORAGE_QUOTA_EXCEEDED');
    const statuses = [
      (await attachmentRow(first.id))?.status,
      (await attachmentRow(second.id))?.status,
    ].sort();
    expect(statuses).toEqual(['deleted', 'ready']);
    // Only the committed one has an object.
    const objects = [await objectExists(first.id), await objectExists(second.id)];
    expect(objects.filter(Boolean)).toHaveLength(1);
  });

  it('shows the usage to the workspace owners and admins, not to members', async () => {
    const world = await attachmentWorld();
    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 700 });
    expect((await put(upload.path, pngBytes(700))).status).toBe(201);
    // A pending upload is not usage yet (it reserves room until it expires).
    await startUpload(world.owner, { parentId: world.itemGid, byteSize: 300 });
    const workspace = gid('Workspace', world.workspace);
    const asOwner = await gql(AttachmentStorageDocument, { id: workspace }, { as: world.owner });
    expect(asOwner.data?.node).toEqual({
      attachmentStorage: { usedBytes: 700, attachmentCount: 1, quotaBytes: 10_000_000_000 },
    });
    const asMember = await gql(AttachmentStorageDocument, { id: workspace }, { as: world.member });
    expect(asMember.errors).toBeUndefined();
    expect(asMember.data?.node).toEqual({ attachmentStorage: null });
  });
});
