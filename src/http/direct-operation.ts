import { type CORSOptions, getCORSHeadersByRequestAndOptions } from '@whatwg-node/server';
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
import { requestError } from '../hardening/errors';
import { maskError } from '../hardening/mask-error';
import { bodyTooLarge, finishedResponse, sendableResult } from '../hardening/plugin';
import type { ProcessedResult } from '../hardening/public-result';
import { applyTrustedDocuments, type RequestParams } from '../hardening/trusted-documents';
import { API_EXPOSED_HEADERS } from './cors';

/**
 * The part of Yoga's server the direct route drives: the envelop instance every plugin's GraphQL
 * hooks run in (parse, validate, context, execute). The hooks of Yoga's HTTP steps, which this
 * route stands in for, are counted by test/http/direct-operation.test.ts.
 */
export interface DirectYoga {
  getEnveloped(context: object): {
    parse(source: string): DocumentNode;
    validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[];
    contextFactory(): Promise<unknown> | unknown;
    execute(args: object): Promise<unknown> | unknown;
    schema: GraphQLSchema;
  };
}

/**
 * Yoga's CORS options, given to createYoga (src/http/yoga.ts) and used by the direct route's
 * response step and the door's refusals (`graphqlCors`): one object, so that all answer an origin
 * alike. Any origin may read the answers (Yoga's default: the API takes a bearer token, never
 * cookies), and the headers a page needs from them (API_EXPOSED_HEADERS).
 */
export const GRAPHQL_CORS: CORSOptions = { exposedHeaders: API_EXPOSED_HEADERS };

/** The CORS headers Yoga gives /graphql's answer to `request` (null without an Origin). */
export const graphqlCors = (request: Request): Record<string, string> | null =>
  getCORSHeadersByRequestAndOptions(request, GRAPHQL_CORS);

const UNREADABLE_BODY = () =>
  requestError('BAD_REQUEST', 'The request body could not be read to its end.', 400);

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

/** Whether a media range the client listed covers a media type (Yoga's isMatchingMediaType). */
function covers(range: string, type: string): boolean {
  const [rangeType, rangeSubtype] = range.split('/');
  const [mainType, subtype] = type.split('/');
  return (
    (rangeType === '*' || rangeType === mainType) &&
    (rangeSubtype === '*' || rangeSubtype === subtype)
  );
}

/**
 * The media type Yoga's result step answers a single result with: the first listed range that
 * covers one of its two JSON types decides, application/json where it covers both; ranges asking
 * for another charset than UTF-8 are passed over; no Accept is any type. Null when no range
 * covers either (Yoga answers 406, or streams): the request is Yoga's.
 */
function answeredMediaType(request: Request): string | null {
  const ranges = (request.headers.get('accept') || '*/*').replace(/\s/g, '').toLowerCase();
  for (const part of ranges.split(',')) {
    const [range = '', ...params] = part.split(';');
    const charset = params.find((param) => param.includes('charset=')) ?? 'charset=utf-8';
    if (charset !== 'charset=utf-8') continue;
    if (covers(range, 'application/json')) return 'application/json';
    if (covers(range, 'application/graphql-response+json')) {
      return 'application/graphql-response+json';
    }
  }
  return null;
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
 * ran as chains of promise helpers: without them, `{ viewer { id } }` served about 9 % more
 * requests a second at 10 connections (issue 18, 60 interleaved rounds). Anything else (GET,
 * other media types, an Accept with no JSON type, a body that is not a well-formed JSON object,
 * a document that fails to parse, a subscription) goes to Yoga whole, as `{ yoga: request }`,
 * with the body it read put back.
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
  let text: string | null;
  try {
    text =
      request.headers.get('content-length') === null
        ? await readBodyText(request)
        : await request.text();
  } catch {
    // The client went away mid-body: a 400, as Yoga's parser answers it, not a 500.
    return answer(request, server, { errors: [UNREADABLE_BODY()] }, mediaType);
  }
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
  // A subscription streams (or is refused) by Yoga's event-stream step: Yoga runs it whole.
  if (getOperationAST(document, params.operationName)?.operation === 'subscription') {
    return { yoga: again(request, text) };
  }
  return answer(request, server, await run(enveloped, document, params), mediaType);
}

/**
 * Yoga's result and response steps for one JSON result: the gateway's extensions and size limit,
 * the regular processor's status and media type, the gateway's response hooks, then CORS with
 * the options Yoga has (GRAPHQL_CORS).
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
  for (const [name, value] of Object.entries(graphqlCors(request) ?? {})) {
    response.headers.set(name, value);
  }
  return response;
}

/**
 * Yoga's processRequest after parsing, for a query or mutation: validation errors as the
 * result, else the operation executed. A hook that throws is masked as Yoga masks it (`handleError`).
 */
async function run(
  enveloped: ReturnType<DirectYoga['getEnveloped']>,
  document: DocumentNode,
  params: Params,
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
    return await enveloped.execute(args);
  } catch (error) {
    // Logged with the request id by the result step, as on Yoga's route (mask-error.ts).
    return { errors: [maskError(error)] };
  }
}
