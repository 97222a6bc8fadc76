import { and, eq } from 'drizzle-orm';
import type { Context } from '../../context';
import { attachments } from '../../db/tables';
import { attachmentVisibleTo } from '../access';
import { actingAs } from './acting-user';
import type { AttachmentRow } from './attachments';
import { verifyDownload } from './tokens';

const ID_PATTERN = /^att_[A-Za-z0-9_-]{1,60}$/;

/**
 * The attachment `GET /files/<id>` may serve, or null (missing, hidden, pending, deleted: one
 * answer). The viewer is the request's (Authorization header), or, for a URL signed by
 * `downloadUrl`, the user it was signed for, still active, by the same rule as a read of theirs.
 */
export async function downloadableAttachment(
  ctx: Context,
  id: string,
  params: URLSearchParams,
): Promise<AttachmentRow | null> {
  if (!ID_PATTERN.test(id)) return null;
  let reader: Context | null = ctx;
  if (ctx.viewer.kind === 'anonymous') {
    const userId = await verifyDownload(ctx.env, id, params);
    reader = userId === null ? null : await actingAs(ctx, userId);
    if (reader === null) return null;
  }
  const [row] = await reader.reads.read(
    reader.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, id), attachmentVisibleTo(reader))),
  );
  return row ?? null;
}
