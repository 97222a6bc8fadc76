import { and, eq, isNull, sql } from 'drizzle-orm';
import { checkApiTokenStillUsable } from '../../auth/api-tokens';
import { AuthenticationError } from '../../auth/viewer';
import { drainReader } from '../../body-stream';
import type { Context } from '../../context';
import { attachments, threadMessages, workItems } from '../../db/tables';
import { attachmentParentEditableBy } from '../access';
import { systemSettingsOf } from '../admin/settings';
import { changes } from '../d1-errors';
import { domainEvent, subject } from '../domain-events';
import { nowIso } from '../ids';
import { actingAs } from './acting-user';
import type { AttachmentRow } from './attachments';
import { CONTENT_TYPE_RULES, headMatches, isSupportedContentType } from './content-types';
import { PARENT_TYPENAMES, threadOfParent } from './mutations';
import { removeObjectsNow } from './objects';
import { bytesHeld } from './quota';
import { digestUploadToken, isUploadTokenShaped, UPLOAD_RUN_MINUTES } from './tokens';

/** Why an upload was refused: the HTTP status, a stable code and a message for people. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const NOT_FOUND = () =>
  new UploadRefusal(404, 'UPLOAD_NOT_FOUND', 'No upload waits at this URL: ask for a new one.');

/**
 * Takes the body of `PUT /uploads/<token>` into R2, streaming: the token is claimed once (a
 * second PUT is refused), the body goes through a transform that counts it, hashes it and checks
 * its first bytes, into a FixedLengthStream of the announced size that R2 reads as it arrives
 * (R2 needs the length up front). Nothing holds more than the sniffed head and the chunk at hand.
 * Then one batch marks the row ready (if the parent is still there and the workspace's ready
 * files leave room) with its event. Any failure marks the row deleted and removes the object.
 */
export async function receiveUpload(
  ctx: Context,
  token: string,
  request: Request,
): Promise<AttachmentRow> {
  if (!isUploadTokenShaped(token)) throw NOT_FOUND();
  const digest = await digestUploadToken(token);
  const [row] = await ctx.db.select().from(attachments).where(eq(attachments.uploadToken, digest));
  const now = nowIso();
  if (!row) throw NOT_FOUND();
  if (row.uploadStartedAt) throw used();
  const expired = () =>
    new UploadRefusal(410, 'UPLOAD_EXPIRED', 'This upload URL has expired: ask for a new one.');
  if (row.uploadExpiresAt <= now) throw expired();
  // Swept before its time: with its parent (a deleted thread's files go with it), which a new
  // URL would not bring back, or on its own (then a new URL works).
  if (row.status !== 'pending') throw (await uploaderOf(ctx, row)) ? expired() : parentGone();
  checkDeclaredLength(request, row.byteSize);
  const uploader = await uploaderOf(ctx, row);
  if (!uploader) throw parentGone();
  if (row.uploaderTokenId !== null) await refuseUnlessTokenUsable(uploader, row.uploaderTokenId);

  // Claim the token: exactly one PUT gets past this, however many race for it.
  const startedAt = now;
  const runUntil = new Date(Date.now() + UPLOAD_RUN_MINUTES * 60_000).toISOString();
  const [claim] = await ctx.db.batch([
    ctx.db
      .update(attachments)
      .set({ uploadStartedAt: startedAt, uploadExpiresAt: runUntil, updatedAt: now })
      .where(
        and(
          eq(attachments.id, row.id),
          eq(attachments.status, 'pending'),
          isNull(attachments.uploadStartedAt),
          sql`${attachments.uploadExpiresAt} > ${now}`,
        ),
      ),
  ]);
  if (changes(claim) === 0) throw used();

  try {
    const sha256 = await streamToBucket(ctx.env.FILES, row, request.body);
    return await commit(uploader, row, startedAt, sha256);
  } catch (error) {
    await abandon(ctx, row);
    throw error;
  }
}

const parentGone = () =>
  new UploadRefusal(
    409,
    'PARENT_GONE',
    'What the file was to be attached to is gone, or you may no longer change it.',
  );

/**
 * An upload an integrator asked for ends with its API token: revoked or expired since (or gone),
 * the URL is refused as every request with the token is.
 */
async function refuseUnlessTokenUsable(ctx: Context, tokenId: string): Promise<void> {
  try {
    await checkApiTokenStillUsable(ctx, tokenId);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    throw new UploadRefusal(
      403,
      'UPLOAD_REVOKED',
      'The API token that asked for this upload URL is no longer valid: ask for a new one.',
    );
  }
}

/**
 * The uploader, acting as they are now, when they may still attach files to the upload's
 * parent; else null. The URL is theirs: removed from the workspace, the item made private to
 * someone else, the account suspended, it is refused.
 */
async function uploaderOf(ctx: Context, row: AttachmentRow): Promise<Context | null> {
  const uploader = row.uploaderId === null ? null : await actingAs(ctx, row.uploaderId);
  return uploader && (await parentStillEditable(uploader, row)) ? uploader : null;
}

/** Whether the uploader (as `uploader`) may still attach files to the upload's parent. */
async function parentStillEditable(uploader: Context, row: AttachmentRow): Promise<boolean> {
  const [found] = await uploader.db
    .select({ yes: sql<number>`1` })
    .from(sql`(select 1)`)
    .where(attachmentParentEditableBy(uploader, row.parentKind, row.parentId));
  return found !== undefined;
}

const used = () =>
  new UploadRefusal(
    409,
    'UPLOAD_ALREADY_USED',
    'This upload URL was used already: ask for a new one.',
  );

/** The declared Content-Length must be the announced size (R2 takes a stream of known length). */
function checkDeclaredLength(request: Request, byteSize: number): void {
  const declared = request.headers.get('content-length');
  if (declared === null || !/^\d+$/.test(declared)) {
    throw new UploadRefusal(
      411,
      'LENGTH_REQUIRED',
      `Send the body with "Content-Length: ${byteSize}" (the size announced), not chunked.`,
    );
  }
  if (Number(declared) !== byteSize) {
    throw new UploadRefusal(
      Number(declared) > byteSize ? 413 : 400,
      'SIZE_MISMATCH',
      `The body is declared as ${declared} bytes; the upload was announced as ${byteSize}.`,
    );
  }
}

/** workerd's crypto, with DigestStream (the Node types some tools load shadow its `Crypto`). */
type WorkerdCrypto = typeof crypto & { DigestStream: typeof DigestStream };

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Streams `body` into the bucket under the row's key and answers its SHA-256 (hex). Refuses a
 * body longer or shorter than announced and one whose first bytes are not of its type; the
 * refusal errors the stream, so R2 never stores the object.
 */
async function streamToBucket(
  bucket: R2Bucket,
  row: AttachmentRow,
  body: ReadableStream<Uint8Array> | null,
): Promise<string> {
  const type = row.contentType;
  if (!isSupportedContentType(type)) {
    throw new UploadRefusal(415, 'CONTENT_MISMATCH', `Files of type ${type} are not accepted.`);
  }
  const size = row.byteSize;
  const headNeeded = Math.min(CONTENT_TYPE_RULES[type].prefixBytes, size);
  const hasher = new (crypto as WorkerdCrypto).DigestStream('SHA-256');
  const hash = hasher.getWriter();
  // Rejects when the upload is refused mid-way: the refusal is reported, not this.
  hasher.digest.catch(() => undefined);
  let received = 0;
  let head: Uint8Array[] | null = [];
  let headBytes = 0;

  const release = (controller: TransformStreamDefaultController<Uint8Array>) => {
    const chunks = head ?? [];
    const joined = new Uint8Array(headBytes);
    let offset = 0;
    for (const chunk of chunks) {
      joined.set(chunk, offset);
      offset += chunk.byteLength;
    }
    if (!headMatches(type, joined)) {
      throw new UploadRefusal(
        415,
        'CONTENT_MISMATCH',
        `The file's first bytes are not those of ${type}.`,
      );
    }
    head = null;
    controller.enqueue(joined);
  };

  const check = new TransformStream<Uint8Array, Uint8Array>({
    async transform(chunk, controller) {
      received += chunk.byteLength;
      if (received > size) {
        throw new UploadRefusal(
          413,
          'BODY_TOO_LONG',
          `The body passed the ${size} bytes announced.`,
        );
      }
      await hash.write(chunk);
      if (head === null) {
        controller.enqueue(chunk);
        return;
      }
      head.push(chunk);
      headBytes += chunk.byteLength;
      if (headBytes >= headNeeded) release(controller);
    },
    async flush(controller) {
      if (received < size) {
        throw new UploadRefusal(
          400,
          'BODY_TOO_SHORT',
          `The body ended after ${received} of the ${size} bytes announced.`,
        );
      }
      if (head !== null) release(controller);
      await hash.close();
    },
  });

  if (!body) {
    throw new UploadRefusal(
      400,
      'BODY_TOO_SHORT',
      `The body is empty; ${size} bytes were announced.`,
    );
  }
  const fixed = new FixedLengthStream(size);
  // Two explicit pipes (not pipeThrough) so that each one's failure is awaited here.
  // preventCancel: a refused body is drained below rather than cut (see `drainRest`).
  const pipes = [
    body.pipeTo(check.writable, { preventCancel: true }),
    check.readable.pipeTo(fixed.writable),
  ];
  const stored = bucket.put(row.r2Key, fixed.readable, {
    httpMetadata: { contentType: type },
    customMetadata: { attachmentId: row.id },
  });
  const results = await Promise.allSettled([...pipes, stored]);
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [result.reason as unknown] : [],
  );
  const refusal = failures.find((reason) => reason instanceof UploadRefusal);
  if (failures.length > 0) await drainRest(body, size - received);
  if (refusal) throw refusal;
  if (failures.length > 0) {
    throw new UploadRefusal(400, 'UPLOAD_INTERRUPTED', 'The body could not be read to its end.');
  }
  return hex(await hasher.digest);
}

/**
 * Reads and drops what is left of a refused body, up to what its Content-Length still promises
 * (bounded by the announced size): cutting a connection mid-body makes some proxies (wrangler
 * dev's) answer 503 in place of the refusal. Past that, or on a body too long, it is cancelled.
 */
async function drainRest(body: ReadableStream<Uint8Array>, left: number): Promise<void> {
  if (!body.locked) await drainReader(body.getReader(), left);
}

/**
 * Marks the upload ready with its event, if the parent is still there, the uploader (`ctx`
 * acts as them) may still change it, and the quota holds.
 */
async function commit(
  ctx: Context,
  row: AttachmentRow,
  startedAt: string,
  sha256: string,
): Promise<AttachmentRow> {
  const { values: settings } = await systemSettingsOf(ctx);
  const quota = settings.workspace_storage_quota_bytes;
  const now = nowIso();
  const parentExists =
    row.parentKind === 'work_item'
      ? sql`exists (select 1 from ${workItems} where ${workItems.id} = ${row.parentId})`
      : sql`exists (select 1 from ${threadMessages} where ${threadMessages.id} = ${row.parentId} and ${threadMessages.status} != 'deleted')`;
  const fits = sql`${bytesHeld(row.quotaKey, 'ready', now)} + ${row.byteSize} <= ${quota}`;
  const [result] = await ctx.db.batch([
    ctx.db
      .update(attachments)
      .set({ status: 'ready', sha256, updatedAt: now })
      .where(
        and(
          eq(attachments.id, row.id),
          eq(attachments.status, 'pending'),
          eq(attachments.uploadStartedAt, startedAt),
          parentExists,
          attachmentParentEditableBy(ctx, row.parentKind, row.parentId),
          fits,
        ),
      ),
    domainEvent(ctx.db, {
      type: 'attachment.added',
      workspaceId: row.workspaceId,
      threadId: threadOfParent(row),
      subjectId: subject('Attachment', row.id),
      actorId: row.uploaderId,
      payload: { parent: subject(PARENT_TYPENAMES[row.parentKind], row.parentId) },
    }),
  ]);
  if (changes(result) === 1) return { ...row, status: 'ready', sha256, updatedAt: now };
  const [usage] = await ctx.db
    .select({ used: sql<number>`${bytesHeld(row.quotaKey, 'ready', now)}` })
    .from(sql`(select 1)`);
  if (Number(usage?.used ?? 0) + row.byteSize > quota) {
    throw new UploadRefusal(
      413,
      'STORAGE_QUOTA_EXCEEDED',
      `The file does not fit: ${usage?.used} of ${quota} bytes of storage are in use.`,
    );
  }
  throw parentGone();
}

/** A failed upload: no ready row, no object (the row is kept, deleted, for the record). */
async function abandon(ctx: Context, row: AttachmentRow): Promise<void> {
  const now = nowIso();
  await ctx.db
    .update(attachments)
    .set({ status: 'deleted', updatedAt: now })
    .where(and(eq(attachments.id, row.id), eq(attachments.status, 'pending')));
  await removeObjectsNow(ctx.env, ctx.db, eq(attachments.id, row.id));
}
