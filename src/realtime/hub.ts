import { DurableObject } from 'cloudflare:workers';
import { logEvent } from '../log';
import type { HubNotice } from './hub-client';
import type { Topic } from './topics';

/**
 * The socket Durable Object of a WebSocket client (graphql-transport-ws), as far as the hub
 * needs it: `poke` tells it that its topic's log has grown to `lastId`. It answers `false` when
 * its client is gone, and the hub then forgets it. Optional: a deployment without the WebSocket
 * transport has no such binding.
 */
interface SocketListeners {
  idFromName(name: string): DurableObjectId;
  get(id: DurableObjectId): { poke(topic: string, lastId: number): Promise<boolean | undefined> };
}

const LISTENER_PREFIX = 'listener:';
const TOPIC_KEY = 'topic';
const STREAM_PREFIX = 'stream:';

/**
 * One hub per topic (`idFromName(topic)`): it holds no events, only who listens. After a write
 * commits, the Worker calls `publish(lastId)`; the hub tells every listener, which then reads
 * the log after its own cursor (src/realtime/feeds.ts). So a lost or duplicated notice loses or
 * repeats nothing: the log, not the notice, carries the events.
 *
 * Two kinds of listener:
 * - SSE streams: the Worker serving the stream opens an internal WebSocket to the hub (`fetch`
 *   with `Upgrade: websocket`); the hub accepts it with the hibernation API, so a hub with idle
 *   streams is evicted from memory and costs nothing until the next publish wakes it;
 * - WebSocket clients: each held by its own socket Durable Object (`GRAPHQL_SOCKET`), registered
 *   by name in the hub's storage and poked by RPC.
 */
export class RealtimeHub extends DurableObject<Env> {
  /** An internal listener socket (from the Worker serving an SSE stream). */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('Upgrade')?.toLowerCase() !== 'websocket') {
      return new Response('A hub accepts only listener WebSockets.', { status: 426 });
    }
    const topic = new URL(request.url).searchParams.get('topic');
    if (topic) await this.rememberTopic(topic);
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  /** Tells every listener that the topic's log holds events up to `lastId`. */
  async publish(lastId: number, topic?: string): Promise<void> {
    if (topic) await this.rememberTopic(topic);
    const notice = JSON.stringify({ lastId } satisfies HubNotice);
    for (const socket of this.ctx.getWebSockets()) {
      try {
        socket.send(notice);
      } catch {
        // Closing already: the stream's Worker has gone; nothing to tell.
      }
    }
    await this.pokeSocketListeners(lastId);
  }

  /** Registers a WebSocket client's socket Durable Object (by its name) as a listener. */
  async addSocketListener(name: string, topic?: string): Promise<void> {
    if (topic) await this.rememberTopic(topic);
    await this.ctx.storage.put(LISTENER_PREFIX + name, true);
  }

  async removeSocketListener(name: string): Promise<void> {
    await this.ctx.storage.delete(LISTENER_PREFIX + name);
  }

  /**
   * Counts a user's open streams (called on the hub of `user:<id>`, so one object counts them
   * across isolates): takes a lease for `streamId` unless `max` unexpired leases are held.
   * Leases end with `releaseStream`, or after `ttlMs` when a stream's Worker died unreleased.
   */
  async claimStream(streamId: string, max: number, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const leases = await this.ctx.storage.list<number>({ prefix: STREAM_PREFIX });
    let live = 0;
    for (const [key, expiresAt] of leases) {
      if (expiresAt <= now) await this.ctx.storage.delete(key);
      else live += 1;
    }
    if (live >= max) return false;
    await this.ctx.storage.put(STREAM_PREFIX + streamId, now + ttlMs);
    return true;
  }

  async releaseStream(streamId: string): Promise<void> {
    await this.ctx.storage.delete(STREAM_PREFIX + streamId);
  }

  /**
   * What the hub holds now: listener sockets of SSE streams, registered socket objects, and
   * (on a user's hub) unexpired stream leases. For tests and operators.
   */
  async listenerCount(): Promise<{ streams: number; sockets: number; leases: number }> {
    const sockets = await this.ctx.storage.list({ prefix: LISTENER_PREFIX });
    const leases = await this.ctx.storage.list<number>({ prefix: STREAM_PREFIX });
    const now = Date.now();
    return {
      streams: this.ctx.getWebSockets().length,
      sockets: sockets.size,
      leases: [...leases.values()].filter((expiresAt) => expiresAt > now).length,
    };
  }

  override async webSocketMessage(): Promise<void> {
    // Listeners only listen; anything they send is ignored.
  }

  override async webSocketClose(socket: WebSocket, code: number): Promise<void> {
    try {
      socket.close(code === 1005 ? 1000 : code, 'listener closed');
    } catch {
      // Already closed.
    }
  }

  private async pokeSocketListeners(lastId: number): Promise<void> {
    const sockets = (this.env as { GRAPHQL_SOCKET?: SocketListeners }).GRAPHQL_SOCKET;
    if (!sockets) return;
    const listeners = await this.ctx.storage.list({ prefix: LISTENER_PREFIX });
    if (listeners.size === 0) return;
    const topic = await this.topic();
    if (!topic) return;
    await Promise.all(
      [...listeners.keys()].map(async (key) => {
        const name = key.slice(LISTENER_PREFIX.length);
        try {
          const alive = await sockets.get(sockets.idFromName(name)).poke(topic, lastId);
          if (alive === false) await this.ctx.storage.delete(key);
        } catch (error) {
          logEvent('warn', 'realtime hub could not poke a socket', {
            topic,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }),
    );
  }

  /** The hub's topic: its name when the runtime tells it, else as a caller gave it. */
  private async topic(): Promise<Topic | undefined> {
    return (
      (this.ctx.id.name as Topic | undefined) ??
      (await this.ctx.storage.get<Topic>(TOPIC_KEY)) ??
      undefined
    );
  }

  private async rememberTopic(topic: string): Promise<void> {
    if ((await this.ctx.storage.get(TOPIC_KEY)) !== topic) {
      await this.ctx.storage.put(TOPIC_KEY, topic);
    }
  }
}
