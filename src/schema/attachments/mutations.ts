import { encodeGlobalID } from '@pothos/plugin-relay';
import { StorageQuotaExceededError } from '../../resolvers/attachments/errors';
import {
  type AttachmentUpload,
  createAttachmentUpload,
  deleteAttachment,
} from '../../resolvers/attachments/mutations';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';

const CreateAttachmentUploadInput = builder.inputType('CreateAttachmentUploadInput', {
  description: 'The file to upload, announced before its bytes are sent.',
  fields: (t) => ({
    parentId: t.id({
      required: true,
      description:
        'The WorkItem (you may edit it) or ThreadMessage (you sent it) to attach the file to.',
    }),
    filename: t.string({
      required: true,
      description: 'The file name, 1-255 characters (a path is cut to its last part).',
    }),
    contentType: t.string({
      required: true,
      description: 'Its media type: one of SystemSettings.attachmentAllowedTypes.',
    }),
    byteSize: t.int({
      required: true,
      description: 'Its exact size in bytes: the PUT must send exactly this many.',
    }),
  }),
});

const AttachmentUploadType = builder.objectRef<AttachmentUpload>('AttachmentUpload').implement({
  description:
    'Where to send the bytes: PUT the file to `uploadUrl` (once, before `expiresAt`), with Content-Length set to the announced size.',
  fields: (t) => ({
    attachmentId: t.id({
      description: 'The ID the attachment will have once its upload is done.',
      resolve: (upload) => encodeGlobalID('Attachment', upload.attachment.id),
    }),
    uploadUrl: t.string({
      description: 'The single-use URL to PUT the bytes to. It is the only credential needed.',
      resolve: (upload, _args, ctx) =>
        `${ctx.env.PUBLIC_ORIGIN.replace(/\/+$/, '')}/uploads/${upload.token}`,
    }),
    expiresAt: t.field({
      type: 'DateTime',
      description: 'The upload must start before this.',
      resolve: (upload) => upload.attachment.uploadExpiresAt,
    }),
  }),
});

const DeleteAttachmentInput = builder.inputType('DeleteAttachmentInput', {
  description: 'An attachment to delete.',
  fields: (t) => ({
    attachmentId: t.id({ required: true, description: 'The attachment.' }),
  }),
});

builder.mutationFields((t) => ({
  createAttachmentUpload: t.field({
    type: AttachmentUploadType,
    description:
      'Starts a file upload to a work item (who may edit it may) or a message (its sender may): checks the type, the size and the storage quota, and answers a single-use upload URL. The file appears in `attachments` once its PUT is done.',
    errors: { types: [...commonMutationErrors, StorageQuotaExceededError] },
    args: {
      input: t.arg({
        type: CreateAttachmentUploadInput,
        required: true,
        description: 'The file.',
      }),
    },
    resolve: (_root, { input }, ctx) => createAttachmentUpload(ctx, input),
  }),
  deleteAttachment: t.id({
    description:
      "Deletes a file (its bytes too). Its uploader, its parent's owner and the workspace's owners and admins may. Returns its ID.",
    errors: { types: commonMutationErrors },
    args: {
      input: t.arg({ type: DeleteAttachmentInput, required: true, description: 'The file.' }),
    },
    resolve: async (_root, { input }, ctx) =>
      encodeGlobalID('Attachment', await deleteAttachment(ctx, input.attachmentId)),
  }),
}));
