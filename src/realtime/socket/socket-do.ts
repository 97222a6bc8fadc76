import { DurableObject } from 'cloudflare:workers';
import { errorText, logEvent } from '../../log';
import { catchUp, forgetSubscription } from './deliver';
import { initConnection } from './init';
import { SOCKET_LIMITS } from './limits';
import { CLOSE, parseClientMessage, SUBPROTOCOL } from './protocol';
import { SocketSession } from './session';
import { type SocketState, stateOf } from './state';
import { subscribe } from './subscribe';
import { SOCKET_HEADERS } from './upgrade';

/** A client ping as graphql-ws sends it, answered by the runtime without waking the object. */
const PING = '{"type":"ping"}';
const PONG = '{"type":"pong"}';

/**
 * One GraphQL WebSocket connection (`graphql-transport-ws`), held with the hibernation API: the
 * runtime keeps the socket open while the object is evicted from memory, so an idle connection
 * costs nothing; a message, an event (`poke`) or the alarm wakes it, and it rebuilds itself
 * from the socket's attachment (state.ts). Plain pings are answered by the runtime itself.
 *
 * The object does one thing at a time (`serially`): a subscribe being checked, a complete and
 * an event never interleave, so a subscription's cursor moves in order and nothing is sent twice.
 * The alarm stands at the init deadline until `connection_ack`, then at the end of the
 * connection's lifetime.
 */
export class GraphqlSocket extends DurableObject<Env> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG));
  }

  override async fetch(request: Request): Promise<Response> {
    const name = request.headers.get(SOCKET_HEADERS.name);
    if (request.headers.get('Upgrade')?.toLowerCase() !== 'websocket' || !name) {
      return new Response('Expected a WebSocket upgrade from the gateway.', { status: 426 });
    }
    const viewerHeader = request.headers.get(SOCKET_HEADERS.viewer);
    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    this.ctx.acceptWebSocket(server);
    const state: SocketState = {
      name,
      clientIp: request.headers.get(SOCKET_HEADERS.clientIp) ?? '127.0.0.1',
      openedAt: Date.now(),
      headerViewer: viewerHeader ? JSON.parse(viewerHeader) : null,
      initReceived: false,
      viewer: null,
      subscriptions: [],
    };
    server.serializeAttachment(state);
    await this.ctx.storage.setAlarm(state.openedAt + SOCKET_LIMITS.initTimeoutMs);
    return new Response(null, {
      status: 101,
      webSocket: client,
      headers: { 'Sec-WebSocket-Protocol': SUBPROTOCOL },
    });
  }

  override webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    return this.serially(() => this.handle(new SocketSession(ws, this.ctx, this.env), message));
  }

  override webSocketClose(ws: WebSocket, code: number): Promise<void> {
    return this.serially(async () => {
      try {
        // 1005 (no code given) may not be sent back.
        ws.close(code === 1005 ? 1000 : code, 'closed');
      } catch {
        // Already closed.
      }
      await new SocketSession(ws, this.ctx, this.env).forget();
    });
  }

  override webSocketError(ws: WebSocket): Promise<void> {
    return this.serially(() => new SocketSession(ws, this.ctx, this.env).forget());
  }

  /** The init deadline or the end of the connection's lifetime: whichever the alarm stood at. */
  override alarm(): Promise<void> {
    return this.serially(async () => {
      const ws = this.socket();
      if (!ws) return this.ctx.storage.deleteAll();
      const session = new SocketSession(ws, this.ctx, this.env);
      await session.close(session.state().viewer ? CLOSE.lifetimeReached : CLOSE.initTimeout);
    });
  }

  /**
   * A hub's notice (RPC): the log of `topic` holds events up to `lastId`. Answers false when the
   * connection is gone, so the hub forgets this listener.
   */
  poke(topic: string, _lastId: number): Promise<boolean> {
    return this.serially(async () => {
      const ws = this.socket();
      if (!ws) return false;
      const session = new SocketSession(ws, this.ctx, this.env);
      await catchUp(session, topic);
      return true;
    });
  }

  private socket(): WebSocket | undefined {
    return this.ctx.getWebSockets().find((ws) => stateOf(ws) !== null);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch((error: unknown) => {
      logEvent('error', 'GraphQL WebSocket failure', {
        error: errorText(error),
      });
    });
    return run;
  }

  private async handle(session: SocketSession, raw: string | ArrayBuffer): Promise<void> {
    const size = typeof raw === 'string' ? new TextEncoder().encode(raw).length : raw.byteLength;
    if (size > SOCKET_LIMITS.messageBytes) {
      return session.close(CLOSE.tooLarge, `at most ${SOCKET_LIMITS.messageBytes} bytes`);
    }
    const message = typeof raw === 'string' ? parseClientMessage(raw) : null;
    if (!message) return session.close(CLOSE.badRequest);
    switch (message.type) {
      case 'connection_init':
        return initConnection(session, message.payload);
      case 'ping':
        session.send({ type: 'pong', ...(message.payload ? { payload: message.payload } : {}) });
        return;
      case 'pong':
        return;
      case 'subscribe':
        return subscribe(session, message.id, message.payload);
      case 'complete':
        return forgetSubscription(session, message.id);
    }
  }
}
