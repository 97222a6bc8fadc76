import { type HubNotice, hubOf } from './hub-client';
import type { Topic } from './topics';

/**
 * The Worker's end of an SSE stream's listener socket to its topic's hub: `next()` resolves
 * with the newest log id the hub announced since the last call (at once when one is waiting),
 * or null once the socket closed or `deadline` passed.
 */
export interface HubListener {
  next(deadline: number): Promise<number | null>;
  close(): void;
}

export async function listenToHub(env: Env, topic: Topic): Promise<HubListener> {
  const response = await hubOf(env, topic).fetch(
    `https://hub.internal/listen?topic=${encodeURIComponent(topic)}`,
    { headers: { Upgrade: 'websocket' } },
  );
  const socket = response.webSocket;
  if (!socket) throw new Error(`The hub of ${topic} refused a listener (${response.status}).`);
  socket.accept();

  let pending: number | null = null;
  let closed = false;
  let wake: (() => void) | null = null;
  const poke = () => {
    wake?.();
    wake = null;
  };
  socket.addEventListener('message', (message) => {
    try {
      const { lastId } = JSON.parse(String(message.data)) as HubNotice;
      if (Number.isFinite(lastId)) pending = Math.max(pending ?? 0, lastId);
    } catch {
      // Not a notice: ignore it.
    }
    poke();
  });
  socket.addEventListener('close', () => {
    closed = true;
    poke();
  });
  socket.addEventListener('error', () => {
    closed = true;
    poke();
  });

  return {
    async next(deadline) {
      while (pending === null && !closed) {
        const wait = deadline - Date.now();
        if (wait <= 0) return null;
        let timer: ReturnType<typeof setTimeout> | undefined;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, wait);
        });
        clearTimeout(timer);
      }
      const lastId = pending;
      pending = null;
      return lastId;
    },
    close() {
      closed = true;
      try {
        socket.close(1000, 'stream ended');
      } catch {
        // Already closed.
      }
      poke();
    },
  };
}
