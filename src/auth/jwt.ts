import { errors, jwtVerify } from 'jose';
import { AuthenticationError } from './viewer';

const encoder = new TextEncoder();

/** Verifies an HS256 JWT signed with JWT_SECRET and returns its subject (a users.id). */
export async function verifyUserJwt(token: string, secret: string): Promise<string> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(secret), { algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 64) {
      throw new AuthenticationError('The token has no valid subject (sub) claim.');
    }
    return payload.sub;
  } catch (error) {
    if (error instanceof AuthenticationError) throw error;
    if (error instanceof errors.JWTExpired) {
      throw new AuthenticationError('The token has expired: sign in again.', 'TOKEN_EXPIRED');
    }
    if (error instanceof errors.JOSEAlgNotAllowed) {
      throw new AuthenticationError('The token must be signed with HS256.');
    }
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      throw new AuthenticationError('The token signature is invalid.');
    }
    throw new AuthenticationError('The bearer token is malformed or invalid.');
  }
}
