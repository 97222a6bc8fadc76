import { exports } from 'cloudflare:workers';
import { SignJWT } from 'jose';
import { expect } from 'vitest';
import type { TypedDocumentString } from '../generated/graphql';
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

type GqlOptions = { as?: string; token?: string; headers?: Record<string, string> };

/**
 * Runs a GraphQL operation as `as` (a user id; anonymous when omitted).
 *
 * Tests of the public API pass a typed document of test/documents/*.graphql (generated into
 * test/generated/ by `npm run codegen`): tsc checks the variables against the operation, and the
 * answer is typed. A raw string is for documents that are wrong or hostile on purpose (the attack
 * suites, limits, introspection, trusted documents), which codegen would refuse to type: those
 * stay raw strings by design.
 */
export function gql<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options?: GqlOptions,
): Promise<GraphQLResponse<TResult>>;
export function gql<T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  options?: GqlOptions,
): Promise<GraphQLResponse<T>>;
export async function gql<T>(
  query: string | TypedDocumentString<T, unknown>,
  variables: unknown = {},
  options: GqlOptions = {},
): Promise<GraphQLResponse<T>> {
  const token = options.token ?? (options.as ? await tokenFor(options.as) : undefined);
  const response = await send('/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { ...body, status: response.status, headers: response.headers };
}

/**
 * Runs a mutation that takes one `input`, as `as`, and fails the test on a GraphQL error: the
 * mutation's result union, typed.
 */
export async function mutate<R, I>(
  document: TypedDocumentString<R, { input: I }>,
  input: I,
  as?: string,
): Promise<R[keyof R]> {
  const result = await gql(document, { input }, { as });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as R[keyof R];
}

/** The variant of a result union named `typename`: asserts it is that one, and narrows its type. */
export function variant<T extends { __typename: string }, N extends T['__typename']>(
  result: T | null | undefined,
  typename: N,
): Extract<T, { __typename: N }> {
  expect(result?.__typename).toBe(typename);
  return result as Extract<T, { __typename: N }>;
}
