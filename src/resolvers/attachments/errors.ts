import { AppError } from '../errors';

/** The workspace (or user) has no room for the file; nothing was changed. */
export class StorageQuotaExceededError extends AppError {
  constructor(
    readonly usedBytes: number,
    readonly quotaBytes: number,
    readonly requestedBytes: number,
  ) {
    super(
      `The file (${requestedBytes} bytes) does not fit: ${usedBytes} of ${quotaBytes} bytes of storage are in use.`,
      'STORAGE_QUOTA_EXCEEDED',
    );
  }
}
