import { and, eq, like, sql } from 'drizzle-orm';
import { SignJWT } from 'jose';
import { listOf } from '../auth/jwt';
import type { Context } from '../context';
import { users } from '../db/tables';

/** Hours a development token lasts, as one from `npm run token`: a working day of exploring. */
export const DEV_TOKEN_HOURS = 12;
/** Every user of the demo data (scripts/lib/demo-data.mjs) has an id with this prefix. */
const DEMO_USER_IDS = 'usr_demo_%';
/** More than the demo data holds; a picker longer than this would not help anyone. */
const MAX_DEMO_USERS = 20;

/** A demo user the development page offers, with a token that signs in as them. */
export interface DemoIdentity {
  userId: string;
  name: string;
  token: string;
}

/**
 * How GraphiQL's page lets a person choose who they are: in development, a picker of the demo
 * users with tokens minted here; anywhere else, a field to paste a token (nothing is minted).
 */
export type SignIn = { mode: 'demo'; identities: DemoIdentity[] } | { mode: 'token' };

/** A user token as the gateway's verifier wants it: HS256 with JWT_SECRET, `sub`, `exp`. */
async function mintDevToken(env: Env, userId: string): Promise<string> {
  // The verifier accepts any of the configured issuers and audiences: the first one will do.
  const issuer = listOf(env.JWT_ISSUER)?.[0];
  const audience = listOf(env.JWT_AUDIENCE)?.[0];
  const token = new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(`${DEV_TOKEN_HOURS}h`);
  if (issuer) token.setIssuer(issuer);
  if (audience) token.setAudience(audience);
  return token.sign(new TextEncoder().encode(env.JWT_SECRET));
}

export async function signInFor(ctx: Context): Promise<SignIn> {
  // Minting only where ENVIRONMENT says development: anywhere else a token in a public page
  // would let anyone act as that user.
  if (ctx.env.ENVIRONMENT !== 'development' || !ctx.env.JWT_SECRET) return { mode: 'token' };
  const demoUsers = await ctx.db
    .select({ userId: users.id, name: users.displayName })
    .from(users)
    .where(and(like(users.id, DEMO_USER_IDS), eq(users.status, 'active')))
    // Insertion order: the demo data's own order, its main user first.
    .orderBy(sql`rowid`)
    .limit(MAX_DEMO_USERS);
  const identities = await Promise.all(
    demoUsers.map(async (user) => ({ ...user, token: await mintDevToken(ctx.env, user.userId) })),
  );
  return { mode: 'demo', identities };
}
