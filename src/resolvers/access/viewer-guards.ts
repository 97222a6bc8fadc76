import { type Viewer, viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import { AuthenticationRequiredError, ForbiddenError } from '../errors';

/**
 * Whom a rule is asked about: the request's context, or a stand-in for a user a job acts for
 * (`asUser`). The rules read nothing of a request but its viewer.
 */
export type WithViewer = Pick<Context, 'viewer'>;

/** A signed-in user as a rule's viewer, for jobs that act for someone (emails, digests). */
export function asUser(userId: string): WithViewer {
  const viewer: Viewer = { kind: 'user', userId };
  return { viewer };
}

/** The signed-in account (a user, or an integrator acting for one), or UNAUTHENTICATED. */
export function requireUser(ctx: WithViewer): string {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) throw new AuthenticationRequiredError();
  return userId;
}

/**
 * The user signed in as themself, not through an API token, or UNAUTHENTICATED: a token does
 * not manage tokens (one leaked token could otherwise mint others).
 */
export function requireSignedInUser(ctx: WithViewer): string {
  if (ctx.viewer.kind !== 'user') throw new AuthenticationRequiredError();
  return ctx.viewer.userId;
}

/**
 * A viewer who may read: a user, or an integrator token with the `read` scope (subscriptions
 * and anything else that reads outside the scope-auth plugin's reach).
 */
export function requireReader(ctx: WithViewer): string {
  const userId = requireUser(ctx);
  if (ctx.viewer.kind === 'integrator' && !ctx.viewer.scopes.includes('read')) {
    throw new ForbiddenError('This API token lacks the read scope.');
  }
  return userId;
}
