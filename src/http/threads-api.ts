import { type DocumentNode, execute, type GraphQLError, parse } from 'graphql';
import type { Context } from '../context';
import { logEvent } from '../log';
import { withRateLimitHeaders } from '../rate-limit/enforce';
import { schema } from '../schema';
import { openRequest } from './request-context';
import { errorResponse } from './responses';

/**
 * `POST /api/threads` runs the very `createThread` mutation, so the JSON in (`title`,
 * `description`, `workspaceId`) and the JSON out (the `CreateThreadResult`: success with `data`,
 * or a typed error) are the GraphQL ones, with the same auth, validation and rules.
 */
const CREATE_THREAD: DocumentNode = parse(`
  mutation CreateThreadApi($input: CreateThreadInput!) {
    createThread(input: $input) {
      __typename
      ... on CreateThreadSuccess {
        data {
          thread { id title description status createdAt owner { id displayName } workspace { id name } }
          invites { id status emailStatus candidateName candidateReason expiresAt }
          requestedCandidates
          invitedCount
          shortfallReason
          replayed
        }
      }
      ... on Error { message code }
      ... on ValidationError { issues { field message } }
      ... on NotFoundError { entity id }
      ... on BudgetExceededError { message }
    }
  }
`);

const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  AI_BUDGET_EXCEEDED: 429,
};

async function readInput(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body = (await request.json()) as unknown;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
    const { title, description, workspaceId } = body as Record<string, unknown>;
    // The Idempotency-Key header is the input's idempotencyKey (validated by the mutation).
    const idempotencyKey = request.headers.get('Idempotency-Key') ?? undefined;
    return { title, description, workspaceId, idempotencyKey };
  } catch {
    return null;
  }
}

async function run(ctx: Context, input: Record<string, unknown>) {
  const result = await execute({
    schema,
    document: CREATE_THREAD,
    variableValues: { input },
    contextValue: ctx,
  });
  return result as { data?: { createThread?: Record<string, unknown> }; errors?: GraphQLError[] };
}

export async function handleThreadsApi(
  request: Request,
  env: Env,
  execution: ExecutionContext,
  requestId: string,
): Promise<Response> {
  if (request.method.toUpperCase() !== 'POST') {
    return errorResponse(405, 'METHOD_NOT_ALLOWED', 'Use POST.', requestId, { Allow: 'POST' });
  }
  if (!(request.headers.get('Content-Type') ?? '').toLowerCase().includes('application/json')) {
    return errorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON.', requestId);
  }
  const opened = await openRequest(request, env, execution, requestId);
  if (opened.refused) return opened.refused;
  const { ctx } = opened;

  const input = await readInput(request);
  if (!input) {
    return errorResponse(
      400,
      'VALIDATION_FAILED',
      'The body must be a JSON object: { "title", "description", "workspaceId" }.',
      requestId,
    );
  }
  const result = await run(ctx, input);
  const outcome = result.data?.createThread;
  const headers = { 'X-Request-Id': requestId };
  if (!outcome) {
    const error = result.errors?.[0];
    const code = String(error?.extensions?.code ?? '');
    // No path: the variables did not fit CreateThreadInput (a missing title, a number for a
    // string). With a path and a known code: an expected failure outside the result union.
    if (!error?.path || !error.originalError || code in STATUS_BY_CODE) {
      const status =
        code === 'FORBIDDEN' && ctx.viewer.kind === 'anonymous'
          ? 401
          : (STATUS_BY_CODE[code] ?? 400);
      return errorResponse(
        status,
        code || 'VALIDATION_FAILED',
        error?.message ?? 'Invalid input.',
        requestId,
      );
    }
    logEvent('error', 'unexpected error', {
      requestId,
      path: 'POST /api/threads',
      error: `${error.originalError.name}: ${error.originalError.message}`,
    });
    return errorResponse(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.', requestId);
  }
  const status =
    outcome.__typename === 'CreateThreadSuccess'
      ? 201
      : (STATUS_BY_CODE[String(outcome.code)] ?? 422);
  return withRateLimitHeaders(ctx, Response.json(outcome, { status, headers }));
}
