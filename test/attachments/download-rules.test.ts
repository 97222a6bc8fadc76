import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { signDownload } from '../../src/resolvers/attachments/tokens';
import { setSetting } from '../admin/helpers';
import {
  ApiTokensCreateDocument,
  ApiTokensRevokeDocument,
  AttachmentsOfItemDocument,
  AttachmentsOfMessageDocument,
} from '../generated/graphql';
import {
  attachmentWorld,
  pngBytes,
  put,
  sha256HexOf,
  startUpload,
  threadWithMessage,
} from '../helpers/attachment-seed';
import { gql, send, tokenFor, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { gid, insertWorkItem } from '../helpers/work-seed';

let world: Awaited<ReturnType<typeof attachmentWorld>>;
let file: { id: string; bytes: Uint8Array<ArrayBuffer>; sha: string };

beforeAll(async () => {
  world = await attachmentWorld();
  const bytes = pngBytes(1000);
  const upload = await startUpload(world.owner, {
    parentId: world.itemGid,
    byteSize: 1000,
    filename: 'Résumé "final"; v2.png',
  });
  expect((await put(upload.path, bytes)).status).toBe(201);
  file = { id: upload.id, bytes, sha: await sha256HexOf(bytes) };
});

async function get(path: string, as?: string, headers: Record<string, string> = {}) {
  return send(path, {
    headers: { ...(as ? { Authorization: `Bearer ${await tokenFor(as)}` } : {}), ...headers },
  });
}

/**
 * The parts of a 404 that must not tell hidden from missing: all but the request id and the
 * rate-limit count (which counts requests, whatever they find).
 */
async function shape(response: Response) {
  const body = (await response.json()) as { errors: unknown; extensions: unknown };
  const headers = [...response.headers.entries()].filter(
    ([name]) => name !== 'x-request-id' && !name.startsWith('ratelimit-'),
  );
  return { status: response.status, errors: body.errors, headers };
}

describe('GET /files/<id>', () => {
  it('answers HEAD as GET would, without the bytes, under the same rules', async () => {
    const token = await tokenFor(world.owner);
    const head = await send(`/files/${file.id}`, {
      method: 'HEAD',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('ETag')).toBe(`"${file.sha}"`);
    expect(head.headers.get('Content-Type')).toBe('image/png');
    expect(head.headers.get('Content-Disposition')).toContain('attachment;');
    expect(new Uint8Array(await head.arrayBuffer()).byteLength).toBe(0);
    const hidden = await send(`/files/${file.id}`, {
      method: 'HEAD',
      headers: { Authorization: `Bearer ${await tokenFor(world.outsider)}` },
    });
    expect(hidden.status).toBe(404);
    await hidden.body?.cancel();
    const posted = await send(`/files/${file.id}`, { method: 'POST' });
    expect(posted.status).toBe(405);
    expect(posted.headers.get('Allow')).toBe('GET, HEAD');
  });

  it('answers a viewer who cannot see the item exactly as a missing file', async () => {
    const hidden = await get(`/files/${file.id}`, world.outsider);
    const missing = await get('/files/att_doesnotexist0000000000', world.outsider);
    expect(hidden.status).toBe(404);
    expect(await shape(hidden)).toEqual(await shape(missing));
    // Anonymous, no signature: the same.
    expect(await shape(await get(`/files/${file.id}`))).toEqual(
      await shape(await get('/files/att_doesnotexist0000000000')),
    );
  });

  it('follows the item: a private item hides its files from the workspace', async () => {
    const item = await insertWorkItem({ workspaceId: world.workspace, ownerId: world.owner });
    const upload = await startUpload(world.owner, {
      parentId: gid('WorkItem', item),
      byteSize: 100,
    });
    expect((await put(upload.path, pngBytes(100))).status).toBe(201);
    expect((await get(`/files/${upload.id}`, world.owner)).status).toBe(200);
    expect((await get(`/files/${upload.id}`, world.member)).status).toBe(404);
    const listed = await gql(
      AttachmentsOfItemDocument,
      { id: gid('WorkItem', item) },
      { as: world.member },
    );
    expect(listed.data?.node).toBeNull();
  });

  it('offers a safe filename (RFC 6266): ASCII fallback and the UTF-8 original', async () => {
    const response = await get(`/files/${file.id}`, world.member);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="R_sum_ _final_; v2.png"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%22final%22%3B%20v2.png`,
    );
  });

  it('answers If-None-Match with 304, and another ETag with the file', async () => {
    const fresh = await get(`/files/${file.id}`, world.member, {
      'If-None-Match': `"${file.sha}"`,
    });
    expect(fresh.status).toBe(304);
    expect(fresh.headers.get('etag')).toBe(`"${file.sha}"`);
    expect(await fresh.text()).toBe('');
    const stale = await get(`/files/${file.id}`, world.member, { 'If-None-Match': '"other"' });
    expect(stale.status).toBe(200);
    expect(new Uint8Array(await stale.arrayBuffer())).toEqual(file.bytes);
  });

  it('answers ranges with 206 and an unsatisfiable one with 416', async () => {
    const middle = await get(`/files/${file.id}`, world.member, { Range: 'bytes=100-199' });
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(middle.headers.get('content-length')).toBe('100');
    expect(new Uint8Array(await middle.arrayBuffer())).toEqual(file.bytes.slice(100, 200));

    const suffix = await get(`/files/${file.id}`, world.member, { Range: 'bytes=-10' });
    expect(suffix.status).toBe(206);
    expect(new Uint8Array(await suffix.arrayBuffer())).toEqual(file.bytes.slice(990));

    const open = await get(`/files/${file.id}`, world.member, { Range: 'bytes=995-' });
    expect(open.headers.get('content-range')).toBe('bytes 995-999/1000');

    const beyond = await get(`/files/${file.id}`, world.member, { Range: 'bytes=1000-' });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */1000');

    // An If-Range of another version: the whole file.
    const changed = await get(`/files/${file.id}`, world.member, {
      Range: 'bytes=0-9',
      'If-Range': '"other"',
    });
    expect(changed.status).toBe(200);
    await changed.arrayBuffer();
  });

  it('downloadUrl works without a header, for its user only while they may see the item', async () => {
    const listed = await gql(
      AttachmentsOfItemDocument,
      { id: world.itemGid },
      { as: world.member },
    );
    const node = listed.data?.node;
    const url = node && 'attachments' in node ? node.attachments.edges[0]?.node.downloadUrl : '';
    const { pathname, search } = new URL(url ?? '');
    expect(pathname).toBe(`/files/${file.id}`);
    const signed = await send(`${pathname}${search}`);
    expect(signed.status).toBe(200);
    expect(new Uint8Array(await signed.arrayBuffer())).toEqual(file.bytes);

    // Tampered: another user in the URL, or another file.
    const other = new URLSearchParams(search);
    other.set('user', world.owner);
    expect((await send(`${pathname}?${other}`)).status).toBe(404);
    expect((await send(`/files/att_doesnotexist0000000000${search}`)).status).toBe(404);

    // Expired: signed an hour ago (valid for 10 minutes).
    const old = await signDownload(
      env,
      file.id,
      { userId: world.member, tokenId: null },
      Date.now() - 3600_000,
    );
    expect((await send(`${pathname}${old}`)).status).toBe(404);

    // Signed for someone who cannot see the item: 404, as missing.
    const stranger = await signDownload(env, file.id, { userId: world.outsider, tokenId: null });
    expect((await send(`${pathname}${stranger}`)).status).toBe(404);
  });

  it('a downloadUrl an API token asked for ends with the token (revoked since: 404)', async () => {
    const created = await gql(
      ApiTokensCreateDocument,
      { input: { name: 'reader', scopes: ['READ'] } },
      { as: world.member },
    );
    const { token, apiToken } = variant(created.data?.createApiToken, 'CreateApiTokenSuccess').data;
    const listed = await gql(AttachmentsOfItemDocument, { id: world.itemGid }, { token });
    const node = listed.data?.node;
    const url = node && 'attachments' in node ? node.attachments.edges[0]?.node.downloadUrl : '';
    const { pathname, search } = new URL(url ?? '');
    expect(new URLSearchParams(search).get('token')).toBe(
      atob(apiToken.id).slice('ApiToken:'.length),
    );
    expect((await send(`${pathname}${search}`)).status).toBe(200);
    // The token left out of the URL: its signature no longer matches.
    const without = new URLSearchParams(search);
    without.delete('token');
    expect((await send(`${pathname}?${without}`)).status).toBe(404);

    await gql(ApiTokensRevokeDocument, { id: apiToken.id }, { as: world.member });
    const revoked = await send(`${pathname}${search}`);
    expect(revoked.status).toBe(404);
  });

  it("counts a signed URL's downloads against the address, as any anonymous request", async () => {
    const signed = await signDownload(env, file.id, { userId: world.member, tokenId: null });
    const before = await env.DB.prepare(
      "SELECT value FROM system_settings WHERE key = 'default_rate_limit'",
    ).first<{ value: string }>();
    await setSetting('default_rate_limit', '1');
    try {
      const from = (address: string) =>
        send(`/files/${file.id}${signed}`, { headers: { 'CF-Connecting-IP': address } });
      const [a, b, c] = crypto.getRandomValues(new Uint8Array(3));
      const address = `10.${a}.${b}.${c}`;
      const first = await from(address);
      expect(first.status).toBe(200);
      expect(first.headers.get('RateLimit-Remaining')).toBe('0');
      await first.body?.cancel();
      const second = await from(address);
      expect(second.status).toBe(429);
      expect(Number(second.headers.get('Retry-After'))).toBeGreaterThan(0);
      await second.body?.cancel();
    } finally {
      await setSetting('default_rate_limit', before?.value ?? '120');
    }
  });

  it('answers cross-origin apps (CORS) as /graphql does', async () => {
    const origin = 'https://app.example.test';
    const preflight = await send(`/files/${file.id}`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const response = await get(`/files/${file.id}`, world.member, { Origin: origin });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-expose-headers')).toContain('Content-Disposition');
    await response.arrayBuffer();
    const upload = await send('/uploads/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT' },
    });
    expect(upload.status).toBe(204);
    expect(upload.headers.get('access-control-allow-methods')).toBe('PUT');
  });

  it('serves a message file to the thread participants only', async () => {
    const other = await insertUser();
    const { messageGid } = await threadWithMessage(world.owner, other);
    const upload = await startUpload(world.owner, { parentId: messageGid, byteSize: 64 });
    expect((await put(upload.path, pngBytes(64))).status).toBe(201);
    expect((await get(`/files/${upload.id}`, other)).status).toBe(200);
    expect((await get(`/files/${upload.id}`, world.outsider)).status).toBe(404);
    const listed = await gql(AttachmentsOfMessageDocument, { id: messageGid }, { as: other });
    expect(JSON.stringify(listed.data)).toContain(upload.attachmentGid);
  });
});
