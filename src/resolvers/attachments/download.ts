import { and, eq } from 'drizzle-orm';
import { checkApiTokenStillUsable } from '../../auth/api-tokens';
import { AuthenticationError } from '../../auth/viewer';
import type { Context } from '../../context';
import { attachments } from '../../db/tables';
import { attachmentVisibleTo } from '../access';
import { actingAs } from './acting-user';
import type { AttachmentRow } from './attachments';
import { verifyDownload } from './tokens';

const ID_PATTERN = /^att_[A-Za-z0-9_-]{1,60}$/;

/** The API token a download URL names (signed with it) is still unrevoked and unexpired. */
async function tokenStillUsable(ctx: Context, tokenId: string): Promise<boolean> {
  try {
    await checkApiTokenStillUsable(ctx, tokenId);
    return true;
  } catch (error) {
    if (error instanceof AuthenticationError) return false;
    throw error;
  }
}

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
    const signer = await verifyDownload(ctx.env, id, params);
    if (signer === null) return null;
    // A URL an API token asked for ends with the token: one answer with every other refusal.
    if (signer.tokenId !== null && !(await tokenStillUsable(ctx, signer.tokenId))) return null;
    reader = await actingAs(ctx, signer.userId);
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
