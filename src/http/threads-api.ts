import {
  CreateThreadApiDocument,
  type CreateThreadApiMutation,
} from '../../client/generated/graphql';
import type { Context } from '../context';
import { readBodyText } from '../hardening/body-limit';
import { BODY_TOO_LARGE } from '../hardening/http-guards';
import { errorResponse, refusalResponse } from '../hardening/responses';
import { API_EXPOSED_HEADERS, type CorsRule, corsHeaders, preflight } from './cors';
import { type Door, throughDoor } from './door';
import { runThroughYoga } from './yoga';

/**
 * `POST /api/threads` runs the very `createThread` mutation (client/rest-api.graphql, a trusted
 * document) through Yoga, so the JSON in (`title`, `description`, `workspaceId`) and the JSON out
 * (the `CreateThreadResult`: success with `data`, or a typed error) are the GraphQL ones, under
 * the same rules: the door's (auth, rate limit, maintenance, body cap, JSON only) and Yoga's
 * (limits, cost, masking, the request log).
 */
const CORS: CorsRule = {
  methods: 'POST',
  allowHeaders: 'Authorization, Content-Type, Idempotency-Key, traceparent, x-d1-bookmark',
  exposeHeaders: API_EXPOSED_HEADERS.join(', '),
};

/** Readable from a page on any origin, as /graphql is (a bearer token, never cookies). */
const THREADS_API_DOOR: Door = {
  body: 'json',
  viewer: 'bearer',
  cors: (request) => corsHeaders(request, CORS),
};

/** Creating a thread needs a viewer: said before the body is looked at. */
const signInFirst = (requestId: string) =>
  errorResponse(
    401,
    'UNAUTHENTICATED',
    'Sign in to create a thread: send "Authorization: Bearer <token>".',
    requestId,
    { 'WWW-Authenticate': 'Bearer' },
  );

const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  AI_BUDGET_EXCEEDED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * The one place a REST request becomes createThread's input: the fields of the JSON body, or
 * null when the body is not a JSON object. Fields the input does not know are dropped. The
 * `Idempotency-Key` header is the input's `idempotencyKey` (validated by the mutation).
 */
export function createThreadInput(body: unknown, headers: Headers): Record<string, unknown> | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { title, description, workspaceId } = body as Record<string, unknown>;
  // Whitespace around a header's value is not part of it (RFC 9110 §5.5).
  const idempotencyKey = headers.get('Idempotency-Key')?.trim() ?? undefined;
  return { title, description, workspaceId, idempotencyKey };
}

/** The GraphQL request Yoga runs for a REST call: the trusted document by its id, the input. */
function graphqlRequest(request: Request, input: Record<string, unknown>): Request {
  const traceparent = request.headers.get('traceparent');
  return new Request(new URL('/graphql', request.url), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...(traceparent ? { traceparent } : {}),
    },
    body: JSON.stringify({
      documentId: CreateThreadApiDocument.__meta__?.hash,
      operationName: 'CreateThreadApi',
      variables: { input },
    }),
  });
}

interface GraphQLAnswer {
  data?: CreateThreadApiMutation | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Yoga's answer as REST: the result union's member with its status (201 for success), or the
 * first error with the status Yoga gave it (a refusal before execution) or its code's.
 */
async function restAnswer(response: Response, ctx: Context): Promise<Response> {
  const answer = (await response.json()) as GraphQLAnswer;
  const outcome = answer.data?.createThread;
  if (outcome) {
    const status =
      outcome.__typename === 'CreateThreadSuccess' ? 201 : (STATUS_BY_CODE[outcome.code] ?? 422);
    return Response.json(outcome, { status });
  }
  const { code: graphqlCode, http: _http, ...details } = answer.errors?.[0]?.extensions ?? {};
  // Variables that do not fit CreateThreadInput (a missing title, a number for a string): for
  // REST clients that is invalid input like any other.
  const code =
    !graphqlCode || graphqlCode === 'BAD_USER_INPUT' ? 'VALIDATION_FAILED' : String(graphqlCode);
  const status = response.status >= 400 ? response.status : (STATUS_BY_CODE[code] ?? 400);
  const message = answer.errors?.[0]?.message ?? 'Invalid input.';
  return errorResponse(status, code, message, ctx.requestId, {}, details);
}

export async function handleThreadsApi(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
): Promise<Response> {
  const method = request.method.toUpperCase();
  if (method === 'OPTIONS') {
    return throughDoor(request, env, execution, requestId, THREADS_API_DOOR, () =>
      preflight(request, CORS),
    );
  }
  if (method !== 'POST') {
    return errorResponse(405, 'METHOD_NOT_ALLOWED', 'Use POST.', requestId, {
      Allow: 'POST, OPTIONS',
    });
  }
  return throughDoor(request, env, execution, requestId, THREADS_API_DOOR, async (ctx) => {
    if (ctx.viewer.kind === 'anonymous') return signInFirst(requestId);
    const text = await readBodyText(request);
    if (text === null) return refusalResponse(BODY_TOO_LARGE, requestId);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    const input = createThreadInput(body, request.headers);
    if (!input) {
      return errorResponse(
        400,
        'VALIDATION_FAILED',
        'The body must be a JSON object: { "title", "description", "workspaceId" }.',
        requestId,
      );
    }
    return restAnswer(await runThroughYoga(graphqlRequest(request, input), ctx), ctx);
  });
}
