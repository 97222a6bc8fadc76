import type { Viewer } from '../../auth/viewer';
import { openRequest } from '../../http/request-context';
import { SOCKET_LIMITS } from './limits';
import { CLOSE, type CloseReason } from './protocol';
import type { SocketSession } from './session';

/** The refusal's message from the JSON error the door's code answered with. */
async function messageOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] };
    return body.errors?.[0]?.message;
  } catch {
    return undefined;
  }
}

function closeFor(status: number): CloseReason {
  if (status === 401) return CLOSE.unauthorized;
  if (status === 429) return CLOSE.tooManyRequests;
  return CLOSE.forbidden;
}

/**
 * The viewer a `connection_init` names: the `authorization` of its payload (browsers cannot set
 * headers on a WebSocket), checked by the very code HTTP requests go through (`openRequest`:
 * the token, the failed-authentication limit of the address, the rate limit, the account's
 * status); without one, the viewer the upgrade's Authorization header named. Returns the close
 * reason instead when the connection may not go on.
 */
async function viewerOfInit(
  session: SocketSession,
  payload: Record<string, unknown> | undefined,
): Promise<Viewer | { refused: CloseReason; detail?: string }> {
  const state = session.state();
  const authorization = payload?.authorization ?? payload?.Authorization;
  if (authorization === undefined || authorization === null) {
    if (state.headerViewer) return state.headerViewer;
    return {
      refused: CLOSE.unauthorized,
      detail: 'send { "authorization": "Bearer <token>" } as the connection_init payload',
    };
  }
  if (typeof authorization !== 'string') {
    return { refused: CLOSE.unauthorized, detail: 'authorization must be "Bearer <token>"' };
  }
  const request = new Request('https://socket.internal/graphql', {
    headers: { Authorization: authorization, 'CF-Connecting-IP': state.clientIp },
  });
  // No bookmark: a socket only reads, and its reads follow the log's own order.
  const opened = await openRequest(
    request,
    session.env,
    session.execution(),
    crypto.randomUUID(),
    undefined,
  );
  if (opened.refused) {
    return { refused: closeFor(opened.refused.status), detail: await messageOf(opened.refused) };
  }
  if (opened.ctx.viewer.kind === 'anonymous') {
    return { refused: CLOSE.unauthorized, detail: 'the token names no viewer' };
  }
  return opened.ctx.viewer;
}

/**
 * `connection_init`: once per connection (a second closes with 4429), authenticated, then
 * acknowledged (an integrator token's `read` scope is checked by each feed's subscribe-time
 * authorization, `requireReader`). From the acknowledgement on, the alarm stands at the end of
 * the connection's lifetime.
 */
export async function initConnection(
  session: SocketSession,
  payload: Record<string, unknown> | undefined,
): Promise<void> {
  if (session.state().initReceived) return session.close(CLOSE.tooManyRequests);
  session.update((state) => {
    state.initReceived = true;
  });
  const viewer = await viewerOfInit(session, payload);
  if ('refused' in viewer) return session.close(viewer.refused, viewer.detail);
  const { openedAt } = session.update((state) => {
    state.viewer = viewer;
  });
  await session.object.storage.setAlarm(openedAt + SOCKET_LIMITS.lifetimeMs);
  session.send({ type: 'connection_ack' });
}
