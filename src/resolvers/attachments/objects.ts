import { and, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type AttachmentParentKind, attachments, threadMessages } from '../../db/tables';
import { logEvent } from '../../log';
import { nowIso } from '../ids';
import { MAX_KEYS_PER_STATEMENT } from '../loader-options';

/** R2 deletes up to 1,000 keys per call. */
const MAX_KEYS_PER_DELETE = 1000;

/**
 * Removes the R2 objects of deleted attachments (those `where` selects, at most 1,000) and
 * records it on their rows. The rows were marked deleted first, in the change's own batch: if
 * this fails or the Worker stops, the cron finds them (`object_removed_at` still null) and
 * retries; deleting an object twice is harmless.
 */
export async function removeDeletedObjects(env: Env, db: Db, where?: SQL): Promise<number> {
  const rows = await db
    .select({ id: attachments.id, key: attachments.r2Key })
    .from(attachments)
    .where(and(sql`${attachments.status} = 'deleted'`, isNull(attachments.objectRemovedAt), where))
    .limit(MAX_KEYS_PER_DELETE);
  if (rows.length === 0) return 0;
  await env.FILES.delete(rows.map((row) => row.key));
  const now = nowIso();
  const ids = rows.map((row) => row.id);
  const updates = [];
  for (let i = 0; i < ids.length; i += MAX_KEYS_PER_STATEMENT) {
    updates.push(
      db
        .update(attachments)
        .set({ objectRemovedAt: now, updatedAt: now })
        .where(inArray(attachments.id, ids.slice(i, i + MAX_KEYS_PER_STATEMENT))),
    );
  }
  await db.batch(updates as [(typeof updates)[number], ...typeof updates]);
  return rows.length;
}

/**
 * `removeDeletedObjects` right after a delete committed: an R2 failure then is logged and left to
 * the cron (the rows say what is still to remove), not turned into an error of a change that
 * was made.
 */
export async function removeObjectsNow(env: Env, db: Db, where: SQL): Promise<void> {
  try {
    await removeDeletedObjects(env, db, where);
  } catch (error) {
    logEvent('warn', 'attachment objects left for the cron sweep', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * The statement that marks a deleted parent's attachments deleted, for the parent's own delete
 * batch: it applies only when the parent is gone by then (`parentGone`), so a refused delete
 * leaves them. Then `removeDeletedObjects(env, db, ofParent(kind, id))` removes the objects.
 */
export function deleteAttachmentsOfParent(
  db: Db,
  parentKind: AttachmentParentKind,
  parentId: string,
  parentGone: SQL,
) {
  const now = nowIso();
  return db
    .update(attachments)
    .set({ status: 'deleted', updatedAt: now })
    .where(
      and(ofParent(parentKind, parentId), sql`${attachments.status} != 'deleted'`, parentGone),
    );
}

/** SQL: the attachments of one parent. */
export const ofParent = (parentKind: AttachmentParentKind, parentId: string) =>
  sql`${attachments.parentKind} = ${parentKind} and ${attachments.parentId} = ${parentId}`;

/** SQL: the attachments of the messages of one thread. */
export const ofThreadMessages = (threadId: string) =>
  sql`${attachments.parentKind} = 'thread_message' and ${attachments.parentId} in (select ${threadMessages.id} from ${threadMessages} where ${threadMessages.threadId} = ${threadId})`;

/**
 * The statement that marks the files of a deleted thread's messages deleted (nobody sees them
 * any more), for the thread's own batch, applying only when `threadGone` holds by then.
 */
export function deleteAttachmentsOfThread(db: Db, threadId: string, threadGone: SQL) {
  return db
    .update(attachments)
    .set({ status: 'deleted', updatedAt: nowIso() })
    .where(and(ofThreadMessages(threadId), sql`${attachments.status} != 'deleted'`, threadGone));
}
