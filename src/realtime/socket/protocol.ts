/**
 * The `graphql-transport-ws` protocol as this gateway speaks it: the subprotocol name the 101
 * must echo (browsers close a socket whose protocol was not echoed), the messages, and the close
 * codes. Both ways the messages are JSON text frames `{ type, id?, payload? }`.
 */
export const SUBPROTOCOL = 'graphql-transport-ws';

/** Close codes (4400-4499 are the protocol's own; the others are ours, documented for clients). */
export const CLOSE = {
  /** A message that is not JSON, of an unknown type, or of a bad shape. */
  badRequest: { code: 4400, reason: 'Invalid message received' },
  /** `subscribe` before `connection_ack`, or a missing or bad token in `connection_init`. */
  unauthorized: { code: 4401, reason: 'Unauthorized' },
  /** The account may not use subscriptions (suspended, no `read` scope, maintenance). */
  forbidden: { code: 4403, reason: 'Forbidden' },
  /** No `connection_init` within the init timeout. */
  initTimeout: { code: 4408, reason: 'Connection initialisation timeout' },
  /** A `subscribe` whose id is already in use on this connection. */
  duplicateId: { code: 4409, reason: 'Subscriber already exists' },
  /** A second `connection_init`, or too many requests (rate limit, failed authentications). */
  tooManyRequests: { code: 4429, reason: 'Too many initialisation requests' },
  /** A message larger than the cap: a bad message too (clients do not retry it as it is). */
  tooLarge: { code: 4400, reason: 'Message too large' },
  /**
   * The connection reached its maximum lifetime: a normal closure, which graphql-ws answers by
   * reconnecting (with a fresh token from its connectionParams) while subscriptions are active.
   */
  lifetimeReached: { code: 1000, reason: 'Connection lifetime reached: reconnect' },
} as const;

export interface CloseReason {
  code: number;
  reason: string;
}

/** What a client may send. */
export type ClientMessage =
  | { type: 'connection_init'; payload?: Record<string, unknown> }
  | { type: 'ping'; payload?: Record<string, unknown> }
  | { type: 'pong'; payload?: Record<string, unknown> }
  | { type: 'subscribe'; id: string; payload: SubscribePayload }
  | { type: 'complete'; id: string };

export interface SubscribePayload {
  query?: string;
  documentId?: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An optional field that, when present, is an object (the protocol allows null as absent). */
function optionalObject(value: unknown): boolean {
  return value === undefined || value === null || isObject(value);
}

/** Ids are the client's strings; a bound keeps them from bloating the per-socket state. */
const MAX_ID_LENGTH = 64;

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

function isSubscribePayload(value: unknown): value is SubscribePayload {
  if (!isObject(value)) return false;
  const hasQuery = typeof value.query === 'string';
  const hasDocumentId = typeof value.documentId === 'string';
  const persisted = isObject(value.extensions) && isObject(value.extensions.persistedQuery);
  return (
    (hasQuery || hasDocumentId || persisted) &&
    (value.operationName === undefined ||
      value.operationName === null ||
      typeof value.operationName === 'string') &&
    optionalObject(value.variables) &&
    optionalObject(value.extensions)
  );
}

/** The client's message, or null when it is not one the protocol allows (close with 4400). */
export function parseClientMessage(text: string): ClientMessage | null {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(message)) return null;
  switch (message.type) {
    case 'connection_init':
    case 'ping':
    case 'pong':
      return optionalObject(message.payload) ? (message as ClientMessage) : null;
    case 'subscribe':
      return isId(message.id) && isSubscribePayload(message.payload)
        ? (message as ClientMessage)
        : null;
    case 'complete':
      return isId(message.id) ? (message as ClientMessage) : null;
    default:
      return null;
  }
}

/** What the server sends. */
export type ServerMessage =
  | { type: 'connection_ack'; payload?: Record<string, unknown> }
  | { type: 'ping'; payload?: Record<string, unknown> }
  | { type: 'pong'; payload?: Record<string, unknown> }
  | { type: 'next'; id: string; payload: unknown }
  | { type: 'error'; id: string; payload: readonly unknown[] }
  | { type: 'complete'; id: string };
