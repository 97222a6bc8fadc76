import { type StorageUsage, storageUsageOf } from '../../resolvers/attachments/attachments';
import { builder } from '../builder';
import { Workspace } from '../workspaces/workspace';

export const AttachmentStorageUsage = builder
  .objectRef<StorageUsage>('AttachmentStorageUsage')
  .implement({
    description: "A workspace's attachment storage against its quota.",
    fields: (t) => ({
      usedBytes: t.float({
        description: 'Bytes of its ready files.',
        resolve: (usage) => usage.usedBytes,
      }),
      attachmentCount: t.int({
        description: 'How many ready files it holds.',
        resolve: (usage) => usage.attachmentCount,
      }),
      quotaBytes: t.float({
        description: 'Bytes it may hold (the workspace_storage_quota_bytes setting).',
        resolve: (usage) => usage.quotaBytes,
      }),
    }),
  });

builder.objectField(Workspace, 'attachmentStorage', (t) =>
  t.field({
    type: AttachmentStorageUsage,
    nullable: true,
    description:
      "The workspace's attachment storage and quota. Its owners and admins only: null for other members.",
    resolve: (workspace, _args, ctx) => storageUsageOf(ctx, workspace.id),
  }),
);
