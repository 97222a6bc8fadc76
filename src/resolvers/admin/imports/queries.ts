import { eq } from 'drizzle-orm';
import type { Context } from '../../../context';
import { adminImportErrors, adminImportSessions } from '../../../db/tables';
import type { KeysetQuery } from '../../pagination/keyset';
import type { ImportSessionRow } from './run';

export async function loadImportSession(
  ctx: Context,
  id: string,
): Promise<ImportSessionRow | null> {
  const rows = await ctx.reads.read(
    ctx.db.select().from(adminImportSessions).where(eq(adminImportSessions.id, id)),
  );
  return rows[0] ?? null;
}

/** Import sessions, newest first, optionally of one status. */
export function importSessionsQuery(
  status: ImportSessionRow['status'] | null | undefined,
): KeysetQuery<typeof adminImportSessions> {
  return {
    table: adminImportSessions,
    where: status ? eq(adminImportSessions.status, status) : undefined,
    order: [
      { key: 'createdAt', direction: 'desc' },
      { key: 'id', direction: 'desc' },
    ],
  };
}

/** A session's bad rows, in file order. */
export function importErrorsQuery(): KeysetQuery<typeof adminImportErrors> {
  return {
    table: adminImportErrors,
    parentColumn: adminImportErrors.sessionId,
    order: [
      { key: 'rowNumber', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}
