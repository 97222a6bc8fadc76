import type { Viewer } from '../../auth/viewer';

/** One subscription of the connection, as the socket keeps it between events. */
export interface SocketSubscription {
  /** The client's id for it (`subscribe.id`). */
  id: string;
  /** The Subscription field it runs (the feed's name). */
  field: string;
  /** The hub topic it listens to (`thread:<id>`...). */
  topic: string;
  /** The id of the last event delivered or passed over: the next read is "after" it. */
  lastId: number;
}

/**
 * Everything the socket knows about its connection, kept with the WebSocket itself
 * (`serializeAttachment`), so it survives hibernation: the object may be evicted while the
 * connection idles and is rebuilt from this when the next message or event arrives. Small by
 * design (the runtime caps an attachment at 2 KB): the operations' text lives in the object's
 * storage, keyed by subscription id.
 */
export interface SocketState {
  /** The name the object was addressed by (`idFromName`): what hubs call it back by. */
  name: string;
  clientIp: string;
  /** When the upgrade was accepted (ms since the epoch). */
  openedAt: number;
  /** The viewer the upgrade's Authorization header named, if any (used unless init names one). */
  headerViewer: Viewer | null;
  /** `connection_init` received (a second one closes with 4429). */
  initReceived: boolean;
  /** The viewer acknowledged by `connection_ack`; null until then. */
  viewer: Viewer | null;
  /** Open subscriptions, in the order they were made (events are sent in that order). */
  subscriptions: SocketSubscription[];
}

export function stateOf(ws: WebSocket): SocketState | null {
  return (ws.deserializeAttachment() as SocketState | null) ?? null;
}

/** Reads the state, changes it and writes it back at once (the attachment is the only copy). */
export function updateState(ws: WebSocket, change: (state: SocketState) => void): SocketState {
  const state = stateOf(ws);
  if (!state) throw new Error('socket without state');
  change(state);
  ws.serializeAttachment(state);
  return state;
}
