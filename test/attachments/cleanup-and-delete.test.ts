import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { FREQUENT_CRON } from '../../src/jobs/scheduled';
import {
  AttachmentDeleteDocument,
  AttachmentDeleteThreadDocument,
  AttachmentDeleteWorkItemDocument,
  AttachmentsOfItemDocument,
} from '../generated/graphql';
import {
  attachmentRow,
  attachmentWorld,
  createUpload,
  objectExists,
  pngBytes,
  put,
  startUpload,
  threadWithMessage,
} from '../helpers/attachment-seed';
import { gql, mutate, send, tokenFor } from '../helpers/client';
import { addMember, insertUser } from '../helpers/seed';
import { gid } from '../helpers/work-seed';

let world: Awaited<ReturnType<typeof attachmentWorld>>;
beforeAll(async () => {
  world = await attachmentWorld();
});

/** A ready file on the world's item, uploaded by `as`. */
async function readyFile(as: string, parentId = world.itemGid) {
  const upload = await startUpload(as, { parentId, byteSize: 200 });
  expect((await put(upload.path, pngBytes(200))).status).toBe(201);
  expect(await objectExists(upload.id)).toBe(true);
  return upload;
}

const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function runFrequentCron() {
  const controller = createScheduledController({ scheduledTime: Date.now(), cron: FREQUENT_CRON });
  await worker.scheduled(controller, env);
}

/** A PUT of an upload whose parent went: 409 PARENT_GONE (a new URL would not help). */
async function expectParentGone(path: string) {
  const late = await put(path, pngBytes(10));
  expect(late.status).toBe(409);
  const body = (await late.json()) as { errors: { extensions: { code: string } }[] };
  expect(body.errors[0]?.extensions.code).toBe('PARENT_GONE');
}

describe('the cron sweep of abandoned uploads', () => {
  it('removes stale pending rows and their objects, and leaves live uploads alone', async () => {
    const neverUsed = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 50 });
    // A Worker that stopped after R2 had the bytes but before the commit: an object, pending row.
    const stopped = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 50 });
    await env.FILES.put(`attachments/${stopped.id}`, pngBytes(50));
    const live = await startUpload(world.owner, { parentId: world.itemGid, byteSize: 50 });
    await env.DB.prepare(
      `UPDATE attachments SET upload_expires_at = ?, upload_started_at = CASE WHEN id = ? THEN ? END
       WHERE id IN (?, ?)`,
    )
      .bind(past(1), stopped.id, past(61), neverUsed.id, stopped.id)
      .run();

    await runFrequentCron();

    for (const gone of [neverUsed, stopped]) {
      const row = await env.DB.prepare(
        'SELECT status, object_removed_at FROM attachments WHERE id = ?',
      )
        .bind(gone.id)
        .first<{ status: string; object_removed_at: string | null }>();
      expect(row?.status).toBe('deleted');
      expect(row?.object_removed_at).not.toBeNull();
      expect(await objectExists(gone.id)).toBe(false);
    }
    expect((await attachmentRow(live.id))?.status).toBe('pending');
    // The live one still uploads.
    expect((await put(live.path, pngBytes(50))).status).toBe(201);
  });

  it('retries the removal of objects whose delete did not finish', async () => {
    const file = await readyFile(world.owner);
    // A delete that marked the row but stopped before R2.
    await env.DB.prepare("UPDATE attachments SET status = 'deleted' WHERE id = ?")
      .bind(file.id)
      .run();
    expect(await objectExists(file.id)).toBe(true);
    await runFrequentCron();
    expect(await objectExists(file.id)).toBe(false);
  });
});

describe('deleteAttachment', () => {
  it('lets the uploader delete: row deleted, object removed, event appended, no longer served', async () => {
    const file = await readyFile(world.member);
    const result = await mutate(
      AttachmentDeleteDocument,
      { attachmentId: file.attachmentGid },
      world.member,
    );
    expect(result).toEqual({ __typename: 'DeleteAttachmentSuccess', data: file.attachmentGid });
    expect((await attachmentRow(file.id))?.status).toBe('deleted');
    expect(await objectExists(file.id)).toBe(false);
    const event = await env.DB.prepare(
      "SELECT actor_id FROM domain_events WHERE type = 'attachment.deleted' AND subject_id = ?",
    )
      .bind(file.attachmentGid)
      .first<{ actor_id: string }>();
    expect(event?.actor_id).toBe(world.member);
    const download = await send(`/files/${file.id}`, {
      headers: { Authorization: `Bearer ${await tokenFor(world.owner)}` },
    });
    expect(download.status).toBe(404);
    const listed = await gql(AttachmentsOfItemDocument, { id: world.itemGid }, { as: world.owner });
    expect(JSON.stringify(listed.data)).not.toContain(file.attachmentGid);
  });

  it('lets the item owner and workspace admins delete; refuses other members; hides from outsiders', async () => {
    const admin = await insertUser();
    const other = await insertUser();
    await addMember(world.workspace, admin, 'admin');
    await addMember(world.workspace, other, 'member');

    const byMember = await readyFile(world.member);
    const refused = await mutate(
      AttachmentDeleteDocument,
      { attachmentId: byMember.attachmentGid },
      other,
    );
    expect(refused?.__typename).toBe('ForbiddenError');
    const hidden = await mutate(
      AttachmentDeleteDocument,
      { attachmentId: byMember.attachmentGid },
      world.outsider,
    );
    expect(hidden?.__typename).toBe('NotFoundError');
    expect((await attachmentRow(byMember.id))?.status).toBe('ready');
    expect(await objectExists(byMember.id)).toBe(true);

    // The item's owner deletes a file someone else uploaded.
    const byOwner = await mutate(
      AttachmentDeleteDocument,
      { attachmentId: byMember.attachmentGid },
      world.owner,
    );
    expect(byOwner?.__typename).toBe('DeleteAttachmentSuccess');

    const another = await readyFile(world.member);
    const byAdmin = await mutate(
      AttachmentDeleteDocument,
      { attachmentId: another.attachmentGid },
      admin,
    );
    expect(byAdmin?.__typename).toBe('DeleteAttachmentSuccess');
    expect(await objectExists(another.id)).toBe(false);
  });

  it('deleting a work item deletes its files and their objects', async () => {
    const item = await attachmentWorld();
    const a = await readyFile(item.owner, item.itemGid);
    const b = await readyFile(item.member, item.itemGid);
    const pending = await startUpload(item.owner, { parentId: item.itemGid, byteSize: 10 });
    const result = await mutate(
      AttachmentDeleteWorkItemDocument,
      { workItemId: item.itemGid },
      item.owner,
    );
    expect(result?.__typename).toBe('DeleteWorkItemSuccess');
    for (const file of [a, b, pending]) {
      expect((await attachmentRow(file.id))?.status).toBe('deleted');
      expect(await objectExists(file.id)).toBe(false);
    }
    // Its pending upload cannot land any more, and a new URL would not help: PARENT_GONE.
    await expectParentGone(pending.path);
  });

  it("deleting a thread deletes its messages' files and their objects", async () => {
    const other = await insertUser();
    const { thread, messageGid } = await threadWithMessage(world.owner, other);
    const file = await readyFile(world.owner, messageGid);
    const pending = await startUpload(world.owner, { parentId: messageGid, byteSize: 10 });
    const refused = await gql(
      AttachmentDeleteThreadDocument,
      { id: gid('Thread', thread) },
      { as: other },
    );
    expect(refused.data?.deleteThread.__typename).toBe('ForbiddenError');
    expect((await attachmentRow(file.id))?.status).toBe('ready');
    const result = await gql(
      AttachmentDeleteThreadDocument,
      { id: gid('Thread', thread) },
      { as: world.owner },
    );
    expect(result.data?.deleteThread.__typename).toBe('DeleteThreadSuccess');
    expect((await attachmentRow(file.id))?.status).toBe('deleted');
    expect(await objectExists(file.id)).toBe(false);
    // An upload announced before: its message is gone with the thread (not a URL to renew).
    await expectParentGone(pending.path);
  });

  it('a refused work item delete keeps its files', async () => {
    const file = await readyFile(world.owner);
    const result = await mutate(
      AttachmentDeleteWorkItemDocument,
      { workItemId: world.itemGid },
      world.member,
    );
    expect(result?.__typename).toBe('ForbiddenError');
    expect((await attachmentRow(file.id))?.status).toBe('ready');
    expect(await objectExists(file.id)).toBe(true);
  });
});

describe('createAttachmentUpload', () => {
  it('asks for the same rights as editing the parent, and checks type and size', async () => {
    const other = await insertUser();
    await addMember(world.workspace, other, 'member');
    const input = { parentId: world.itemGid, byteSize: 10 };
    expect((await createUpload(other, input))?.__typename).toBe('ForbiddenError');
    expect((await createUpload(world.outsider, input))?.__typename).toBe('NotFoundError');
    const svg = await createUpload(world.owner, { ...input, contentType: 'image/svg+xml' });
    expect(svg).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.contentType' }],
    });
    const huge = await createUpload(world.owner, { ...input, byteSize: 500_000_001 });
    expect(huge).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.byteSize' }],
    });
    const wrongKind = await createUpload(world.owner, {
      ...input,
      parentId: gid('Workspace', world.workspace),
    });
    expect(wrongKind).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.parentId' }],
    });
    const { results } = await env.DB.prepare('SELECT id FROM attachments WHERE uploader_id = ?')
      .bind(other)
      .all();
    expect(results).toEqual([]);
  });

  it('keeps only the last part of a path as the file name', async () => {
    const upload = await startUpload(world.owner, {
      parentId: world.itemGid,
      byteSize: 10,
      filename: '../../etc/C:\\evil\\photo.png',
    });
    const row = await env.DB.prepare('SELECT filename FROM attachments WHERE id = ?')
      .bind(upload.id)
      .first<{ filename: string }>();
    expect(row?.filename).toBe('photo.png');
  });
});
