import type { Viewer } from '../../auth/viewer';
import { type Context, createContext } from '../../context';
import { logEvent } from '../../log';
import type { CloseReason, ServerMessage } from './protocol';
import { type SocketState, stateOf, updateState } from './state';

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

  /** Drops everything the connection held: called on every close, whoever closed. */
  async forget(): Promise<void> {
    const state = stateOf(this.ws);
    const topics = new Set(state?.subscriptions.map((subscription) => subscription.topic));
    if (state) {
      this.update((next) => {
        next.subscriptions = [];
      });
    }
    await Promise.all(
      [...topics].map((topic) =>
        this.hub(topic)
          .removeSocketListener(state?.name ?? '')
          .catch((error: unknown) =>
            logEvent('warn', 'socket could not leave its hub', {
              topic,
              error: error instanceof Error ? error.message : String(error),
            }),
          ),
      ),
    );
    await this.object.storage.deleteAlarm();
    await this.object.storage.deleteAll();
  }

  hub(topic: string) {
    return this.env.REALTIME_HUB.get(this.env.REALTIME_HUB.idFromName(topic));
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
