/** Who sends a request. Resolved once per request, before GraphQL runs. */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      /** The JWT's `exp` (seconds since the epoch), when it signed in with one. */
      expiresAt?: number;
    }
  | { kind: 'integrator'; userId: string; tokenId: string; scopes: readonly ApiScope[] };

export type ApiScope = 'read' | 'write';

export const anonymous: Viewer = { kind: 'anonymous' };

/** The signed-in account behind a viewer, whatever the way it signed in. */
export function viewerUserId(viewer: Viewer): string | null {
  return viewer.kind === 'anonymous' ? null : viewer.userId;
}

/** An authentication failure: answered with 401 and this message, before any resolver runs. */
export class AuthenticationError extends Error {
  constructor(
    message: string,
    readonly code: 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' = 'UNAUTHENTICATED',
  ) {
    super(message);
    this.name = 'AuthenticationError';
  }
}
