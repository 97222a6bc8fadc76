import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachmentRow, attachmentWorld, put, startUpload } from '../helpers/attachment-seed';
import { send } from '../helpers/client';

/** workerd's crypto, with DigestStream (the Node types vitest loads shadow its `Crypto`). */
const workerdCrypto = crypto as typeof crypto & { DigestStream: typeof DigestStream };

const SIZE = 50 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** Chunk `n` of the generated file: a PNG signature first, then bytes that vary by position. */
function chunk(n: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Math.min(CHUNK, SIZE - n * CHUNK));
  for (let i = 0; i < bytes.length; i++) bytes[i] = (n * 7 + i * 13) & 0xff;
  if (n === 0) bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

/**
 * 50 MB produced on demand: `pull` makes the next 64 KB chunk only when the reader asks
 * (highWaterMark 0), so the test never holds the file either.
 */
function generated(onPull: (produced: number) => void = () => {}): ReadableStream<Uint8Array> {
  let n = 0;
  let produced = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        onPull(produced);
        if (n * CHUNK >= SIZE) {
          controller.close();
          return;
        }
        const next = chunk(n++);
        produced += next.byteLength;
        controller.enqueue(next);
      },
    },
    { highWaterMark: 0 },
  );
}

/** Spies on every way to read a request body whole. */
const wholeBodyReads = () =>
  (['arrayBuffer', 'text', 'json', 'blob', 'formData', 'bytes'] as const).map((method) =>
    vi.spyOn(Request.prototype, method),
  );

afterEach(() => vi.restoreAllMocks());

describe('a 50 MB upload', () => {
  it('(control) the spies see a route that reads its body whole: /graphql', async () => {
    const spies = wholeBodyReads();
    await send('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(spies.some((spy) => spy.mock.calls.length > 0)).toBe(true);
  });

  it('streams into R2 with the right SHA-256, never buffering the body whole', async () => {
    const world = await attachmentWorld();
    // The expected digest, from the same generator, chunk by chunk.
    const expected = new workerdCrypto.DigestStream('SHA-256');
    const writer = expected.getWriter();
    for (let n = 0; n * CHUNK < SIZE; n++) await writer.write(chunk(n));
    await writer.close();
    const sha = Array.from(new Uint8Array(await expected.digest), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');

    const upload = await startUpload(world.owner, { parentId: world.itemGid, byteSize: SIZE });
    const spies = wholeBodyReads();
    // Bytes the route has passed on (its transform writes each chunk to the SHA-256 stream,
    // then hands it to R2): how far the producer ever ran ahead of them bounds what is held.
    let passedOn = 0;
    const write = WritableStreamDefaultWriter.prototype.write;
    vi.spyOn(WritableStreamDefaultWriter.prototype, 'write').mockImplementation(function (
      this: WritableStreamDefaultWriter,
      piece?: unknown,
    ) {
      if (piece instanceof Uint8Array) passedOn += piece.byteLength;
      return write.call(this, piece);
    });
    let maxLead = 0;
    const body = generated((produced) => {
      maxLead = Math.max(maxLead, produced - passedOn);
    });
    const response = await put(upload.path, body, SIZE);
    expect(response.status).toBe(201);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(passedOn).toBe(SIZE);
    // Buffered whole, the producer would run the full 50 MB ahead; streamed, only the pipes'
    // small queues lie between it and the route.
    expect(maxLead).toBeLessThan(4 * 1024 * 1024);
    console.log(`largest lead of the producer over the route: ${maxLead} bytes`);

    expect(await attachmentRow(upload.id)).toMatchObject({ status: 'ready', sha256: sha });
    const head = await env.FILES.head(`attachments/${upload.id}`);
    expect(head?.size).toBe(SIZE);
    // Re-hash what R2 holds, streaming it out the same way.
    const object = (await env.FILES.get(`attachments/${upload.id}`)) as R2ObjectBody;
    const stored = new workerdCrypto.DigestStream('SHA-256');
    await object.body.pipeTo(stored);
    expect(
      Array.from(new Uint8Array(await stored.digest), (b) => b.toString(16).padStart(2, '0')).join(
        '',
      ),
    ).toBe(sha);
  }, 120_000);
});
