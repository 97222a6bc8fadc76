import { isDevelopment } from '../../environment';
import { errorResponse } from '../../hardening/responses';
import { type Door, throughDoor } from '../../http/door';
import { SUBPROTOCOL } from './protocol';

/** The answer's header naming the connection's object, in development and tests only. */
export const DEBUG_SOCKET_NAME = 'x-debug-socket-name';

/** Whether a request to /graphql asks to become a WebSocket. */
export function isWebSocketUpgrade(request: Request): boolean {
  return request.headers.get('Upgrade')?.toLowerCase() === 'websocket';
}

/**
 * The upgrade carries no body, and browsers cannot add headers (CSRF or Authorization) to a
 * WebSocket: the token usually comes later, in `connection_init`, so no ambient credential
 * (cookie) is ever used and a cross-site page gains nothing. An Authorization header, when a
 * client can send one, is checked here like any request's.
 */
const SOCKET_DOOR: Door = { body: 'ignored', viewer: 'bearer', identifiesLater: true };

/** Headers the Worker tells the connection's object (never read from the client). */
export const SOCKET_HEADERS = {
  name: 'X-Gateway-Socket-Name',
  viewer: 'X-Gateway-Socket-Viewer',
  clientIp: 'X-Gateway-Socket-Client-Ip',
} as const;

function offersSubprotocol(request: Request): boolean {
  return (request.headers.get('Sec-WebSocket-Protocol') ?? '')
    .split(',')
    .some((offered) => offered.trim() === SUBPROTOCOL);
}

/**
 * GET /graphql with `Upgrade: websocket`: through the one door (rate limit, failed-authentication
 * limit per address, the Authorization header when present, and maintenance for the viewer it
 * names: an upgrade without one is judged at each `subscribe`), then handed
 * to a `GraphqlSocket` object of its own, which holds the connection with the hibernation API.
 * The object is addressed by a fresh random name: hubs call it back by that name.
 */
export function handleSocketUpgrade(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
): Promise<Response> | Response {
  if (request.method !== 'GET') {
    return errorResponse(400, 'BAD_REQUEST', 'A WebSocket upgrade is a GET request.', requestId);
  }
  if (!offersSubprotocol(request)) {
    return errorResponse(
      400,
      'UNSUPPORTED_WEBSOCKET_PROTOCOL',
      `Offer the "${SUBPROTOCOL}" subprotocol (Sec-WebSocket-Protocol): it is the only one served.`,
      requestId,
    );
  }
  return throughDoor(request, env, execution, requestId, SOCKET_DOOR, async (ctx) => {
    const name = crypto.randomUUID();
    const socket = env.GRAPHQL_SOCKET.get(env.GRAPHQL_SOCKET.idFromName(name));
    const headers = new Headers({
      Upgrade: 'websocket',
      [SOCKET_HEADERS.name]: name,
      [SOCKET_HEADERS.clientIp]: ctx.clientIp,
    });
    if (ctx.viewer.kind !== 'anonymous') {
      headers.set(SOCKET_HEADERS.viewer, JSON.stringify(ctx.viewer));
    }
    const accepted = await socket.fetch(new Request(request.url, { headers }));
    // The object's response has immutable headers: the door adds its own on the way out.
    const answer = new Response(null, {
      status: accepted.status,
      headers: accepted.headers,
      webSocket: accepted.webSocket,
    });
    // Development and tests only: which object holds the connection, for a test to look inside.
    if (isDevelopment(env)) answer.headers.set(DEBUG_SOCKET_NAME, name);
    return answer;
  });
}
