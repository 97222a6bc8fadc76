import { env } from 'cloudflare:workers';
import { forgetCachedSettings } from '../../src/resolvers/admin/settings';
import { AttachmentCreateUploadDocument } from '../generated/graphql';
import { gql, send } from './client';
import { addMember, insertUser, insertWorkspace, uid } from './seed';
import { gid, insertWorkItem } from './work-seed';

/** A workspace (owner, member), an outsider, and a squad item of the owner assigned to the member. */
export async function attachmentWorld() {
  const owner = await insertUser();
  const member = await insertUser();
  const outsider = await insertUser();
  const workspace = await insertWorkspace(owner);
  await addMember(workspace, member, 'member');
  const item = await insertWorkItem({
    workspaceId: workspace,
    ownerId: owner,
    assigneeId: member,
    scope: 'squad',
  });
  return { owner, member, outsider, workspace, item, itemGid: gid('WorkItem', item) };
}

/** A thread owned by `owner` with `other` as participant, and a message of `owner` in it. */
export async function threadWithMessage(owner: string, other: string, workspaceId?: string) {
  const thread = uid('thr');
  const message = uid('tmg');
  await env.DB.batch([
    env.DB.prepare(
      'INSERT INTO threads (id, user_id, workspace_id, title) VALUES (?, ?, ?, ?)',
    ).bind(thread, owner, workspaceId ?? null, 'Thread'),
    env.DB.prepare(
      "INSERT INTO thread_participants (id, thread_id, user_id, role) VALUES (?, ?, ?, 'owner')",
    ).bind(uid('tpt'), thread, owner),
    env.DB.prepare(
      "INSERT INTO thread_participants (id, thread_id, user_id, role) VALUES (?, ?, ?, 'member')",
    ).bind(uid('tpt'), thread, other),
    env.DB.prepare(
      'INSERT INTO thread_messages (id, thread_id, sender_user_id, body) VALUES (?, ?, ?, ?)',
    ).bind(message, thread, owner, 'Hello'),
  ]);
  return { thread, message, messageGid: gid('ThreadMessage', message) };
}

/** PNG signature and some bytes: a file whose head matches image/png. */
export function pngBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < size; i++) bytes[i] = (i * 31) & 0xff;
  return bytes;
}

/** Asks for an upload as `as`; the typed result. */
export async function createUpload(
  as: string,
  input: { parentId: string; filename?: string; contentType?: string; byteSize: number },
) {
  const result = await gql(
    AttachmentCreateUploadDocument,
    {
      input: {
        filename: 'picture.png',
        contentType: 'image/png',
        ...input,
      },
    },
    { as },
  );
  return result.data?.createAttachmentUpload;
}

/** An upload that must succeed: its attachment's row id and its URL's path. */
export async function startUpload(
  as: string,
  input: { parentId: string; filename?: string; contentType?: string; byteSize: number },
) {
  const result = await createUpload(as, input);
  if (result?.__typename !== 'CreateAttachmentUploadSuccess') {
    throw new Error(`upload not created: ${JSON.stringify(result)}`);
  }
  const { attachmentId, uploadUrl } = result.data;
  return {
    attachmentGid: attachmentId,
    id: atob(attachmentId).slice('Attachment:'.length),
    path: new URL(uploadUrl).pathname,
  };
}

/** PUTs bytes (or a stream with the given declared length) to an upload path. */
export function put(
  path: string,
  body: Uint8Array | ReadableStream<Uint8Array>,
  contentLength?: number,
): Promise<Response> {
  const length = contentLength ?? (body instanceof Uint8Array ? body.byteLength : undefined);
  return send(path, {
    method: 'PUT',
    body,
    headers: length === undefined ? {} : { 'Content-Length': String(length) },
    // A stream body is sent as it is produced.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** The attachment row as stored. */
export async function attachmentRow(id: string) {
  return env.DB.prepare('SELECT * FROM attachments WHERE id = ?')
    .bind(id)
    .first<{ status: string; sha256: string | null; r2_key: string; byte_size: number }>();
}

/** Whether the bucket holds an object for the attachment. */
export async function objectExists(id: string): Promise<boolean> {
  return (await env.FILES.head(`attachments/${id}`)) !== null;
}

/** Sets a system setting directly (tests of limits). */
export async function setSetting(key: string, value: string) {
  await env.DB.prepare(
    "INSERT INTO system_settings (key, value, value_type) VALUES (?, ?, 'number') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  )
    .bind(key, value)
    .run();
  // Written behind the gateway's back: drop the isolate's copy, as a settings mutation would.
  forgetCachedSettings();
}

export async function sha256HexOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
