import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { DEBUG_SOCKET_NAME } from '../../src/realtime/socket/upgrade';
import { send, tokenFor } from './client';

/**
 * Waits, without timers, until `check` holds: asks again (each time a round trip to a Durable
 * Object or D1) at most `attempts` times. For state another object changes on its own time.
 */
export async function eventually(
  check: () => Promise<boolean>,
  what: string,
  attempts = 2000,
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (await check()) return;
  }
  throw new Error(`never happened: ${what}`);
}

/** A message the gateway sent over the socket (graphql-transport-ws). */
export interface SocketMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

/**
 * A graphql-transport-ws client for tests: the Worker's own fetch with a real WebSocket
 * upgrade, every message queued in arrival order, the close (code, reason) awaited.
 */
export class TestSocket {
  private readonly queue: (SocketMessage | { closed: { code: number; reason: string } })[] = [];
  private waiting: (() => void) | null = null;

  constructor(
    readonly ws: WebSocket,
    readonly response: Response,
    /** The connection's GraphqlSocket object (when the upgrade made one). */
    readonly objectId: DurableObjectId | null,
  ) {
    ws.addEventListener('message', (event) => {
      this.push(JSON.parse(String(event.data)) as SocketMessage);
    });
    ws.addEventListener('close', (event) => {
      this.push({ closed: { code: event.code, reason: event.reason } });
    });
    ws.accept();
  }

  private push(entry: (typeof this.queue)[number]) {
    this.queue.push(entry);
    this.waiting?.();
  }

  private async take() {
    while (this.queue.length === 0) {
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
      });
      this.waiting = null;
    }
    return this.queue.shift() as (typeof this.queue)[number];
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message; fails the test when the socket closed instead. */
  async next(): Promise<SocketMessage> {
    const entry = await this.take();
    if ('closed' in entry) {
      throw new Error(`socket closed (${entry.closed.code} ${entry.closed.reason}), no message`);
    }
    return entry;
  }

  /** The close the server sent; fails the test when a message came first. */
  async closed(): Promise<{ code: number; reason: string }> {
    const entry = await this.take();
    if (!('closed' in entry)) throw new Error(`expected a close, got ${JSON.stringify(entry)}`);
    return entry.closed;
  }

  /** Messages received and not yet taken. */
  pending(): SocketMessage[] {
    return this.queue.filter((entry): entry is SocketMessage => !('closed' in entry));
  }

  /** A ping with a payload goes to the object (a bare ping the runtime answers alone). */
  async roundTrip(): Promise<void> {
    const marker = crypto.randomUUID();
    this.send({ type: 'ping', payload: { marker } });
    const pong = await this.next();
    expect(pong).toEqual({ type: 'pong', payload: { marker } });
  }

  close(): void {
    this.ws.close(1000, 'done');
  }

  /** The ids of the subscriptions the connection's object holds now (its attachment). */
  async subscriptionIds(): Promise<string[]> {
    if (!this.objectId) throw new Error('no socket object');
    const stub = env.GRAPHQL_SOCKET.get(this.objectId);
    return runInDurableObject(stub, (_object, state) => {
      const attachment = state.getWebSockets()[0]?.deserializeAttachment() as {
        subscriptions?: { id: string }[];
      } | null;
      return (attachment?.subscriptions ?? []).map((subscription) => subscription.id);
    });
  }

  /**
   * Waits until the object holds subscription `id` (it is listening from then on). The runtime
   * may hand the object a client's messages that arrive together in another order (seen with
   * hibernation in local workerd), so a ping sent after a subscribe proves nothing.
   */
  subscribed(id: string): Promise<void> {
    return eventually(async () => (await this.subscriptionIds()).includes(id), `${id} open`);
  }

  /** Waits until the object no longer holds subscription `id`. */
  completed(id: string): Promise<void> {
    return eventually(async () => !(await this.subscriptionIds()).includes(id), `${id} closed`);
  }
}

/** Upgrades GET /graphql to a WebSocket speaking graphql-transport-ws. */
export async function openSocket(headers: Record<string, string> = {}): Promise<TestSocket> {
  const response = await send('/graphql', {
    headers: {
      Upgrade: 'websocket',
      'Sec-WebSocket-Protocol': 'graphql-transport-ws',
      ...headers,
    },
  });
  const ws = response.webSocket;
  if (!ws) throw new Error(`no WebSocket: HTTP ${response.status} ${await response.text()}`);
  // The object holding the connection, named by the gateway in tests (listing the objects before
  // and after the upgrade once saw an earlier test's object appear late).
  const name = response.headers.get(DEBUG_SOCKET_NAME);
  return new TestSocket(ws, response, name ? env.GRAPHQL_SOCKET.idFromName(name) : null);
}

/** A socket whose `connection_init` (token in the payload) was acknowledged, as `userId`. */
export async function connectAs(userId: string): Promise<TestSocket> {
  const socket = await openSocket();
  socket.send({
    type: 'connection_init',
    payload: { authorization: `Bearer ${await tokenFor(userId)}` },
  });
  expect(await socket.next()).toEqual({ type: 'connection_ack' });
  return socket;
}

type Listener<E> = ((event: E) => void) | null;

/**
 * A WebSocket class the graphql-ws client can construct (`webSocketImpl`): the upgrade goes
 * through the Worker's own fetch, as in the other socket tests, instead of the network.
 */
export class WorkerWebSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readyState = WorkerWebSocket.CONNECTING;
  onopen: Listener<unknown> = null;
  onmessage: Listener<{ data: unknown }> = null;
  onclose: Listener<{ code: number; reason: string }> = null;
  onerror: Listener<unknown> = null;
  private ws: WebSocket | null = null;

  constructor(url: string, protocol?: string | string[]) {
    const path = new URL(url).pathname;
    const offered = Array.isArray(protocol) ? protocol.join(', ') : (protocol ?? '');
    void send(path, {
      headers: { Upgrade: 'websocket', 'Sec-WebSocket-Protocol': offered },
    }).then((response) => {
      const ws = response.webSocket;
      if (!ws) {
        this.readyState = WorkerWebSocket.CLOSED;
        this.onclose?.({ code: 1006, reason: `upgrade refused: HTTP ${response.status}` });
        return;
      }
      ws.addEventListener('message', (event) => this.onmessage?.({ data: event.data }));
      ws.addEventListener('close', (event) => {
        this.readyState = WorkerWebSocket.CLOSED;
        this.onclose?.({ code: event.code, reason: event.reason });
      });
      ws.accept();
      this.ws = ws;
      this.readyState = WorkerWebSocket.OPEN;
      this.onopen?.({});
    });
  }

  send(data: string): void {
    this.ws?.send(data);
  }

  close(code?: number, reason?: string): void {
    this.readyState = WorkerWebSocket.CLOSING;
    this.ws?.close(code, reason);
  }
}
