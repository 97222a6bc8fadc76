import { encodeGlobalID } from '@pothos/plugin-relay';
import { viewerUserId } from '../../auth/viewer';
import { type AttachmentRow, attachmentsQuery } from '../../resolvers/attachments/attachments';
import { signDownload } from '../../resolvers/attachments/tokens';
import { loadPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { ThreadMessage } from '../threads/message';
import { User } from '../users/user';
import { WorkItem } from '../work-items/work-item';

export const Attachment = builder.objectRef<AttachmentRow>('Attachment').implement({
  description:
    'A file on a work item or a thread message. Seen by whoever sees its parent; its bytes are read from `downloadUrl`.',
  fields: (t) => ({
    id: t.id({
      description: 'Its global ID (what deleteAttachment takes).',
      resolve: (row) => encodeGlobalID('Attachment', row.id),
    }),
    filename: t.exposeString('filename', {
      description: 'The file name given at upload (no path), offered back on download.',
    }),
    contentType: t.exposeString('contentType', {
      description: 'Its media type, checked against its first bytes at upload.',
    }),
    byteSize: t.exposeInt('byteSize', { description: 'Its size in bytes.' }),
    sha256: t.string({
      description: 'The SHA-256 of its bytes (lowercase hex), computed as they were uploaded.',
      resolve: (row) => row.sha256 ?? '',
    }),
    uploader: t.field({
      type: User,
      nullable: true,
      description: 'Who uploaded it (null when their account is gone).',
      resolve: (row) => row.uploaderId,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was uploaded.' }),
    downloadUrl: t.string({
      description:
        'A URL that downloads the file without an Authorization header (for links and <a download>): signed for the viewer, valid 10 minutes (and while the API token that asked for it stays valid). GET /files/<id> with the header works too.',
      resolve: async (row, _args, ctx) => {
        const base = `${ctx.env.PUBLIC_ORIGIN.replace(/\/+$/, '')}/files/${row.id}`;
        const userId = viewerUserId(ctx.viewer);
        if (userId === null) return base;
        const tokenId = ctx.viewer.kind === 'integrator' ? ctx.viewer.tokenId : null;
        return `${base}${await signDownload(ctx.env, row.id, { userId, tokenId })}`;
      },
    }),
  }),
});

builder.objectField(WorkItem, 'attachments', (t) =>
  t.connection({
    type: Attachment,
    description: 'Files attached to the item, oldest first.',
    resolve: (item, args, ctx) =>
      loadPage(ctx, 'WorkItem.attachments', args, item.id, () =>
        attachmentsQuery(ctx, 'work_item'),
      ),
  }),
);

builder.objectField(ThreadMessage, 'attachments', (t) =>
  t.connection({
    type: Attachment,
    description: 'Files attached to the message, oldest first.',
    resolve: (message, args, ctx) =>
      loadPage(ctx, 'ThreadMessage.attachments', args, message.id, () =>
        attachmentsQuery(ctx, 'thread_message'),
      ),
  }),
);
