import { getCORSHeadersByRequestAndOptions } from '@whatwg-node/server';
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
} from 'graphql';
import { processRegularResult } from 'graphql-yoga';
import type { Context } from '../context';
import { readBodyText } from '../hardening/body-limit';
import { bodyTooLarge, finishedResponse, sendableResult } from '../hardening/plugin';
import type { ProcessedResult } from '../hardening/public-result';
import { applyTrustedDocuments, type RequestParams } from '../hardening/trusted-documents';
import { logEvent } from '../log';
import { maskError } from './mask-error';

/**
 * The parts of Yoga's server the direct route drives: the envelop instance every plugin's
 * GraphQL hooks run in (parse, validate, context, execute), and the hook lists of its HTTP steps,
 * which test/http/direct-operation.test.ts holds to the ones this route stands in for.
 */
export interface DirectYoga {
  getEnveloped(context: object): {
    parse(source: string): DocumentNode;
    validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[];
    contextFactory(): Promise<unknown> | unknown;
    execute(args: object): Promise<unknown> | unknown;
    subscribe(args: object): Promise<unknown> | unknown;
    schema: GraphQLSchema;
  };
}

/** The four parameters of a GraphQL-over-HTTP body; anything else is Yoga's to answer. */
const PARAMETERS = new Set(['query', 'variables', 'operationName', 'extensions']);

interface Params {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  extensions?: Record<string, unknown> | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Params Yoga's own check (useCheckGraphQLQueryParams) would let through unchanged, or null. */
function wellFormed(params: RequestParams): Params | null {
  for (const key in params) {
    if (params[key] != null && !PARAMETERS.has(key)) return null;
  }
  const { query, variables, operationName, extensions } = params;
  if (typeof query !== 'string') return null;
  if (variables != null && !isRecord(variables)) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (extensions != null && !isRecord(extensions)) return null;
  return params as Params;
}

/**
 * The media type Yoga's result step would answer with, for an Accept header of one media type
 * (or none) that a single JSON result satisfies; null for anything else (a list, event streams),
 * which Yoga negotiates itself. Yoga prefers application/json wherever the client accepts it.
 */
function answeredMediaType(request: Request): string | null {
  const accept = request.headers.get('accept');
  if (accept === null) return 'application/json';
  if (accept.includes(',')) return null;
  const type = (accept.split(';', 1)[0] as string).trim().toLowerCase();
  if (type === '*/*' || type === 'application/*' || type === 'application/json') {
    return 'application/json';
  }
  return type === 'application/graphql-response+json' ? type : null;
}

/** `application/json`, with or without parameters (Yoga's `isContentTypeMatch`). */
function isJsonBody(request: Request): boolean {
  const type = request.headers.get('content-type');
  return type !== null && (type === 'application/json' || type.startsWith('application/json;'));
}

/**
 * The request as Yoga would have received it, for the cases the direct route hands back after
 * reading the body: the same URL, method and headers, and the text it read (its declared length
 * dropped, as the text is sent again; the door already held the body to the cap).
 */
function again(request: Request, text: string): Request {
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  return new Request(request.url, { method: request.method, headers, body: text });
}

/**
 * A POST of a JSON operation, the API's everyday request, run on Yoga's own envelop (every
 * plugin's parse, validation, context and execution hooks: limits, cost, masking, the request
 * log) with Yoga's HTTP steps done here directly: its body parser, its parameter hooks (the
 * gateway's trusted documents; Yoga's parameter check, which the body must pass unchanged),
 * its result step (the regular JSON processor, with the gateway's extensions and size limit)
 * and its response hooks (CORS as Yoga answers it, the gateway's security headers). Those steps
 * ran as chains of promise helpers, about a tenth of a small request's CPU in issue 18's
 * measures. Anything else (GET, other media types, event streams, an Accept list, a body that
 * is not a well-formed JSON object, an error before validation) answers `{ yoga: request }`
 * for Yoga to handle whole, with the body it read put back.
 */
export async function directOperation(
  request: Request,
  server: Context,
  yoga: DirectYoga,
): Promise<Response | { yoga: Request }> {
  const mediaType = answeredMediaType(request);
  if (request.method !== 'POST' || mediaType === null || !isJsonBody(request)) {
    return { yoga: request };
  }
  // A declared length was held to the cap at the door; a streamed body is read up to it.
  const text =
    request.headers.get('content-length') === null
      ? await readBodyText(request)
      : await request.text();
  if (text === null) return answer(request, server, { errors: [bodyTooLarge()] }, mediaType);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { yoga: again(request, text) };
  }
  if (!isRecord(body)) return { yoga: again(request, text) };
  let params: Params | null;
  try {
    params = wellFormed(await applyTrustedDocuments(server, body));
  } catch {
    // A refused or unknown document: Yoga answers it (the check runs again, reading nothing new).
    return { yoga: again(request, text) };
  }
  if (!params) return { yoga: again(request, text) };

  // What Yoga puts on the context it builds around ours before it runs the operation.
  Object.assign(server, { request, params });
  const enveloped = yoga.getEnveloped(server);
  let document: DocumentNode;
  try {
    document = enveloped.parse(params.query);
  } catch {
    // A syntax error or a token limit: nothing has run yet, and Yoga words these.
    return { yoga: again(request, text) };
  }
  return answer(request, server, await run(enveloped, document, params, server), mediaType);
}

/**
 * Yoga's result and response steps for one JSON result: the gateway's extensions and size limit,
 * the regular processor's status and media type, the gateway's response hooks, then CORS as
 * Yoga answers it (its default: any origin, the request's own).
 */
async function answer(
  request: Request,
  ctx: Context,
  result: unknown,
  mediaType: string,
): Promise<Response> {
  const sent = processRegularResult(
    sendableResult(result as ProcessedResult, ctx) as ExecutionResult,
    globalThis as unknown as Parameters<typeof processRegularResult>[1],
    mediaType,
  );
  const response = await finishedResponse(sent, ctx);
  const cors = getCORSHeadersByRequestAndOptions(request, {});
  for (const [name, value] of Object.entries(cors ?? {})) response.headers.set(name, value);
  return response;
}

/**
 * Yoga's processRequest after parsing: validation errors as the result, else the operation
 * executed (or subscribed). A hook that throws is masked as Yoga masks it (`handleError`).
 */
async function run(
  enveloped: ReturnType<DirectYoga['getEnveloped']>,
  document: DocumentNode,
  params: Params,
  ctx: Context,
): Promise<unknown> {
  try {
    const errors = enveloped.validate(enveloped.schema, document);
    if (errors.length > 0) return { errors };
    const contextValue = await enveloped.contextFactory();
    const args = {
      schema: enveloped.schema,
      document,
      contextValue,
      variableValues: params.variables,
      operationName: params.operationName,
    };
    const operation = getOperationAST(document, params.operationName);
    return await (operation?.operation === 'subscription'
      ? enveloped.subscribe(args)
      : enveloped.execute(args));
  } catch (error) {
    logEvent('error', 'unexpected error', {
      requestId: ctx.requestId,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    return { errors: [maskError(error)] };
  }
}
