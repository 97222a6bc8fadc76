// `npm run token -- <userId> [expiresIn]`: prints a dev JWT for a user on its last line.
// No argument: the demo user. Signed with JWT_SECRET from .dev.vars, as `npm run dev` uses.
import { SignJWT } from 'jose';
import { DEMO_USER } from './lib/demo-data.mjs';
import { devVars } from './lib/dev-env.mjs';

const userId = process.argv[2] ?? DEMO_USER;
const expiresIn = process.argv[3] ?? '12h';
const secret = devVars().JWT_SECRET;
if (!secret) throw new Error('JWT_SECRET is missing from .dev.vars');
const token = await new SignJWT({})
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject(userId)
  .setIssuedAt()
  .setExpirationTime(expiresIn)
  .sign(new TextEncoder().encode(secret));
console.log(`# dev token for ${userId}, valid ${expiresIn}`);
console.log(token);
