import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { attachments } from '../../db/tables';
import { aliased } from '../sql-helpers';

// Aliased: the sums run inside writes to attachments itself.
const { columns: counted, from: countedFrom } = aliased(attachments, 'quota_counted');

/**
 * SQL: the bytes held under a quota key. `reserved` counts ready files and pending uploads whose
 * token or run has not expired (what creating an upload checks: two uploads cannot both take the
 * last free bytes); `ready` counts ready files only (what committing an upload checks).
 */
export function bytesHeld(
  quotaKey: string | SQLiteColumn,
  what: 'reserved' | 'ready',
  now: string,
): SQL {
  const held =
    what === 'ready'
      ? sql`${counted.status} = 'ready'`
      : sql`(${counted.status} = 'ready' or (${counted.status} = 'pending' and ${counted.uploadExpiresAt} > ${now}))`;
  return sql`(select coalesce(sum(${counted.byteSize}), 0) from ${countedFrom} where ${counted.quotaKey} = ${quotaKey} and ${held})`;
}

/** Whose storage an attachment counts against: its workspace, or its uploader's own. */
export const quotaKeyOf = (workspaceId: string | null, uploaderId: string) =>
  workspaceId ?? `user:${uploaderId}`;
