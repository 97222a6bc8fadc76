import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { AttachmentsOfItemsDocument } from '../generated/graphql';
import { attachmentWorld } from '../helpers/attachment-seed';
import { gql } from '../helpers/client';
import { uid } from '../helpers/seed';
import { gid, insertWorkItem } from '../helpers/work-seed';

/** Ready rows straight into the table: listing does not need the objects. */
async function readyRows(itemId: string, uploader: string, workspace: string, count: number) {
  for (let i = 0; i < count; i++) {
    const id = uid('att');
    await env.DB.prepare(
      `INSERT INTO attachments (id, workspace_id, quota_key, parent_kind, parent_id, uploader_id,
         filename, content_type, byte_size, sha256, r2_key, status, upload_token, upload_expires_at)
       VALUES (?, ?, ?, 'work_item', ?, ?, 'f.txt', 'text/plain', 1, ?, ?, 'ready', ?, ?)`,
    )
      .bind(
        id,
        workspace,
        workspace,
        itemId,
        uploader,
        '0'.repeat(64),
        `attachments/${id}`,
        id,
        '2030-01-01T00:00:00.000Z',
      )
      .run();
  }
}

describe('WorkItem.attachments under a list of items', () => {
  it('sends the same number of statements for 2 items as for 8 (a batched loader, no N+1)', async () => {
    const world = await attachmentWorld();
    const items: string[] = [];
    for (let i = 0; i < 8; i++) {
      const item = await insertWorkItem({
        workspaceId: world.workspace,
        ownerId: world.owner,
        scope: 'squad',
      });
      await readyRows(item, i % 2 ? world.owner : world.member, world.workspace, 2);
      items.push(gid('WorkItem', item));
    }
    const statements = async (ids: string[]) => {
      const result = await gql(AttachmentsOfItemsDocument, { ids }, { as: world.member });
      expect(result.errors).toBeUndefined();
      const nodes = (result.data?.nodes ?? []) as { attachments?: { edges: unknown[] } }[];
      expect(nodes.every((node) => node.attachments?.edges.length === 2)).toBe(true);
      return result.extensions?.d1?.statements;
    };
    // Measured in the steady state: the isolate's settings cache is filled by a first request.
    await statements(items.slice(0, 1).concat(items.slice(0, 1)));
    const few = await statements(items.slice(0, 2));
    const many = await statements(items);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
