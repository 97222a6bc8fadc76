import { StorageQuotaExceededError } from '../../resolvers/attachments/errors';
import { builder } from '../builder';
import { ErrorInterface } from '../errors';

export const StorageQuotaExceededErrorType = builder.objectType(StorageQuotaExceededError, {
  name: 'StorageQuotaExceededError',
  description:
    "The file does not fit in the workspace's storage quota (a thread without a workspace: the uploader's); nothing was changed.",
  // StorageQuotaExceededError extends AppError, the interface's shape: TypeScript cannot see it.
  interfaces: [ErrorInterface] as never,
  fields: (t) => ({
    usedBytes: t.float({
      description: 'Bytes in use, pending uploads included.',
      resolve: (error) => error.usedBytes,
    }),
    quotaBytes: t.float({
      description: 'Bytes the quota allows.',
      resolve: (error) => error.quotaBytes,
    }),
    requestedBytes: t.float({
      description: 'Bytes the file would add.',
      resolve: (error) => error.requestedBytes,
    }),
  }),
});
