import { exports } from 'cloudflare:workers';
import { SignJWT } from 'jose';
import { TEST_JWT_SECRET } from './secrets';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: {
    requestId?: string;
    d1?: { statements: number; roundTrips: number; rowsRead: number; rowsWritten: number };
    [key: string]: unknown;
  };
  headers: Headers;
}

/** A JWT for a user, signed the way the gateway expects (HS256 with JWT_SECRET). */
export function tokenFor(userId: string, expiresIn = '1h', secret = TEST_JWT_SECRET) {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/** Sends a request through the Worker's own fetch, as a client would. */
export function send(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`http://gateway.test${path}`, init));
}

/** Runs a GraphQL operation as `as` (a user id; anonymous when omitted). */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { as?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const token = options.token ?? (options.as ? await tokenFor(options.as) : undefined);
  const response = await send('/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { ...body, status: response.status, headers: response.headers };
}
