import { anonymous, type Viewer, viewerUserId } from '../../auth/viewer';
import { type Context, createContext } from '../../context';
import { logEvent } from '../../log';
import { hubOf } from '../hub-client';
import { type Topic, userTopic } from '../topics';
import { SOCKET_LIMITS } from './limits';
import type { CloseReason, ServerMessage } from './protocol';
import { type SocketState, stateOf, updateState } from './state';

const leaseId = (state: SocketState, id: string) => `socket:${state.name}:${id}`;

/** Close reasons are at most 123 bytes (RFC 6455): longer messages are cut. */
function closeReasonText(reason: string): string {
  const bytes = new TextEncoder().encode(reason);
  if (bytes.length <= 123) return reason;
  return `${new TextDecoder().decode(bytes.slice(0, 120)).replace(/\uFFFD$/, '')}...`;
}

/**
 * One connection as the handlers see it: its WebSocket, its state (the attachment), the
 * object's storage, and a fresh request context per unit of work (a message, an event), so
 * loaders and caches never outlive what they were made for.
 */
export class SocketSession {
  constructor(
    readonly ws: WebSocket,
    readonly object: DurableObjectState,
    readonly env: Env,
  ) {}

  state(): SocketState {
    const state = stateOf(this.ws);
    if (!state) throw new Error('socket without state');
    return state;
  }

  update(change: (state: SocketState) => void): SocketState {
    return updateState(this.ws, change);
  }

  send(message: ServerMessage): void {
    try {
      this.ws.send(JSON.stringify(message));
    } catch {
      // The client is gone: webSocketClose cleans up.
    }
  }

  /** Closes the connection and forgets its subscriptions (hubs, stored operations, alarm). */
  async close(reason: CloseReason, detail?: string): Promise<void> {
    try {
      this.ws.close(
        reason.code,
        closeReasonText(detail ? `${reason.reason}: ${detail}` : reason.reason),
      );
    } catch {
      // Already closing.
    }
    await this.forget();
  }

  /**
   * Drops everything the connection held: called on every close, whoever closed. Failures are
   * logged, not thrown: a hub left behind forgets the socket at its next poke, a lease expires.
   */
  async forget(): Promise<void> {
    const state = stateOf(this.ws);
    if (!state) return;
    const { name, subscriptions } = state;
    this.update((next) => {
      next.subscriptions = [];
    });
    const topics = new Set(subscriptions.map((subscription) => subscription.topic));
    await Promise.all([
      ...[...topics].map((topic) => this.hub(topic).removeSocketListener(name)),
      ...subscriptions.map((subscription) => this.releaseLease(subscription.id, state)),
    ]).catch((error: unknown) =>
      logEvent('warn', 'a closed WebSocket could not leave its hubs', {
        error: error instanceof Error ? error.message : String(error),
      }),
    );
    await this.object.storage.deleteAlarm();
    await this.object.storage.deleteAll();
  }

  hub(topic: string) {
    return hubOf(this.env, topic as Topic);
  }

  /**
   * Takes one of the user's subscription leases (SSE and WebSocket count together), held by the
   * hub of the user's topic, for the rest of the connection's life (and a minute, so a socket
   * that died without releasing frees it then). False when the user holds the most already.
   */
  claimLease(id: string, max: number): Promise<boolean> {
    const state = this.state();
    const ttl = state.openedAt + SOCKET_LIMITS.lifetimeMs + 60_000 - Date.now();
    return this.leases(state).claimStream(leaseId(state, id), max, Math.max(ttl, 60_000));
  }

  releaseLease(id: string, state: SocketState = this.state()): Promise<void> {
    return this.leases(state).releaseStream(leaseId(state, id));
  }

  private leases(state: SocketState) {
    return this.hub(userTopic(viewerUserId(state.viewer ?? anonymous) ?? ''));
  }

  /** A fresh context for one unit of work, as a request would have. */
  context(viewer: Viewer): Context {
    return createContext({
      requestId: crypto.randomUUID(),
      env: this.env,
      viewer,
      waitUntil: (promise) => this.object.waitUntil(promise),
      clientIp: this.state().clientIp,
    });
  }

  /** What `openRequest` needs of an execution context, from the object's own. */
  execution(): ExecutionContext {
    return {
      waitUntil: (promise: Promise<unknown>) => this.object.waitUntil(promise),
      passThroughOnException: () => {},
      props: {},
    } as ExecutionContext;
  }
}
