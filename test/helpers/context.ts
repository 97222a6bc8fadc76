import { env } from 'cloudflare:workers';
import { type Context, createContext } from '../../src/context';
import { uid } from './seed';

/** A request's context for a signed-in user, as the door makes it: for tests below the door. */
export function contextAs(userId: string): Context {
  return createContext({
    requestId: uid('req'),
    env,
    viewer: { kind: 'user', userId },
    waitUntil: () => undefined,
    clientIp: '203.0.113.9',
  });
}
