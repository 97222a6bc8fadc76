import { activeAccount } from '../auth/active-account';
import { checkApiTokenStillUsable } from '../auth/api-tokens';
import { JWT_EXPIRED_MESSAGE, jwtExpired } from '../auth/jwt';
import { AuthenticationError } from '../auth/viewer';
import type { Context } from '../context';
import { maintenanceRefusal } from '../hardening/maintenance';
import { MaintenanceModeError } from '../resolvers/admin/errors';
import { AppError } from '../resolvers/errors';

/**
 * Why a subscriber may no longer receive events: its credential (`credential`: a token revoked
 * or expired, an account no longer active; a WebSocket closes with 4401) or maintenance mode,
 * with the typed error the stream ends with.
 */
export interface StandingEnd {
  error: AppError;
  credential: boolean;
}

/**
 * Whether the subscriber may still receive events, judged before each one as the door judges
 * each request: an integrator's token not revoked or expired and its owner active, a user's
 * account active and the JWT it signed in with unexpired, maintenance mode off (or the viewer an
 * admin). A stream opened before a revocation, a suspension, its JWT's expiry or maintenance does
 * not outlive it. Null: deliver. The reads go through the request's batcher, so they share a
 * round trip with the feed's own checks when started beside them.
 */
export async function standingEnd(ctx: Context): Promise<StandingEnd | null> {
  const { viewer } = ctx;
  if (viewer.kind === 'user' && viewer.expiresAt !== undefined && jwtExpired(viewer.expiresAt)) {
    return { error: new AppError(JWT_EXPIRED_MESSAGE, 'TOKEN_EXPIRED'), credential: true };
  }
  try {
    if (viewer.kind === 'integrator') await checkApiTokenStillUsable(ctx, viewer.tokenId);
    else if (viewer.kind === 'user') await activeAccount(ctx, viewer.userId);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    return { error: new AppError(error.message, error.code), credential: true };
  }
  return (await maintenanceRefusal(ctx))
    ? { error: new MaintenanceModeError(), credential: false }
    : null;
}
