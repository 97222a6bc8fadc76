import DataLoader from 'dataloader';
import { and, eq, sql } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import { type Context, perRequest } from '../../context';
import { type AttachmentParentKind, attachments } from '../../db/tables';
import { attachmentVisibleTo, MANAGER_ROLES, memberOfWorkspace } from '../access';
import { systemSettingsOf } from '../admin/settings';
import { loaderOptions, readKeys } from '../loader-options';
import type { KeysetQuery } from '../pagination/keyset';

export type AttachmentRow = typeof attachments.$inferSelect;

/** A parent's ready attachments the viewer may see, oldest first. */
export function attachmentsQuery(
  ctx: Context,
  parentKind: AttachmentParentKind,
): KeysetQuery<typeof attachments> {
  return {
    table: attachments,
    parentColumn: attachments.parentId,
    where: and(eq(attachments.parentKind, parentKind), attachmentVisibleTo(ctx)),
    order: [
      { key: 'createdAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** A workspace's attachment storage, for its owners and admins. */
export interface StorageUsage {
  usedBytes: number;
  attachmentCount: number;
  quotaBytes: number;
}

/**
 * Ready bytes and files of each workspace whose owners or admins include the viewer (null for
 * the others): one grouped statement per batch of workspaces.
 */
export async function storageUsageOf(
  ctx: Context,
  workspaceId: string,
): Promise<StorageUsage | null> {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return null;
  const loader = perRequest(
    ctx,
    'attachment-storage-usage',
    () =>
      new DataLoader<string, { usedBytes: number; attachmentCount: number } | null>(
        async (ids) => {
          const rows = await readKeys(ctx, ids, (keys) =>
            ctx.reads.read(
              ctx.db
                .select({
                  workspaceId: sql<string>`ws.id`,
                  usedBytes: sql<number>`(select coalesce(sum(${attachments.byteSize}), 0) from ${attachments} where ${attachments.quotaKey} = ws.id and ${attachments.status} = 'ready')`,
                  attachmentCount: sql<number>`(select count(*) from ${attachments} where ${attachments.quotaKey} = ws.id and ${attachments.status} = 'ready')`,
                })
                .from(sql`(select value as id from json_each(${JSON.stringify(keys)})) ws`)
                .where(memberOfWorkspace(sql`ws.id`, userId, MANAGER_ROLES)),
            ),
          );
          const found = new Map(rows.map((row) => [row.workspaceId, row]));
          return ids.map((id) => {
            const row = found.get(id);
            return row
              ? { usedBytes: Number(row.usedBytes), attachmentCount: Number(row.attachmentCount) }
              : null;
          });
        },
        { ...loaderOptions },
      ),
  );
  const usage = await loader.load(workspaceId);
  if (!usage) return null;
  const settings = await systemSettingsOf(ctx);
  return { ...usage, quotaBytes: settings.values.workspace_storage_quota_bytes };
}
