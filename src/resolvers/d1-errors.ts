import { ConflictError } from './errors';

/** SQLite constraint failures D1 reports as plain errors: map the expected ones to typed errors. */
export function mapConstraintError(error: unknown, onUnique: string): never {
  const message = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : '';
  if (message.includes('UNIQUE constraint failed')) throw new ConflictError(onUnique);
  throw error;
}

/** Rows changed by one statement of a batch (D1 reports them in meta.changes). */
export function changes(result: unknown): number {
  return Number((result as { meta?: { changes?: number } })?.meta?.changes ?? 0);
}
