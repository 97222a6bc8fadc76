import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context';
import { readBodyText } from './body-limit';
import { requestError } from './errors';
import { BODY_TOO_LARGE, contentTypeOf } from './http-guards';
import { logMaskedErrors } from './mask-error';
import { executionRefusal, parseWithLimits } from './operation-checks';
import { OperationLimitsRule } from './operation-limits';
import { type ProcessedResult, withGatewayExtensions } from './public-result';
import { refuseOversized, sendWhole, sizedStringify } from './response-size';
import { errorResponse } from './responses';
import { htmlSecurityHeaders } from './security-headers';
import { MAX_REQUEST_BODY_BYTES } from './settings';
import { acceptsEventStream, subscriptionNeedsEventStream } from './subscriptions';
import { applyTrustedDocuments, type RequestParams } from './trusted-documents';

/**
 * The gateway's defences inside Yoga, in the order a request meets them (the HTTP checks before
 * the body, CSRF headers and the declared size, are the door's: src/http/door.ts):
 * 1. HTTP: clear 400s for bad GET params; a body streamed past the cap stopped (413);
 * 2. trusted documents (persisted document ids; arbitrary operations only for allowed callers);
 * 3. parsing: at most 2,000 tokens;
 * 4. validation: depth, aliases, directives, root fields;
 * 5. before execution: introspection (admins, development, or ALLOW_INTROSPECTION), the
 *    introspection allowance, and cost; subscriptions are refused (400) until the schema has a
 *    Subscription type;
 * 6. the response: cost and rate budget in `extensions`, no suggestions outside development,
 *    a query's answer at most MAX_RESPONSE_BYTES, security headers.
 * Steps 1-5 refuse with a typed error before any resolver runs.
 */
export const hardening: Plugin<Context> = {
  onRequestParse({ request, requestParser, setRequestParser }) {
    if (!requestParser) return;
    let parser = requestParser;
    // A body without a Content-Length (chunked) is read up to the cap, the rest cancelled unread;
    // a declared length was held to the cap at the door.
    if (request.body && request.headers.get('content-length') === null) {
      const unlimited = parser;
      parser = async (req) => {
        const text = await readBodyText(req);
        if (text === null) throw bodyTooLarge();
        return unlimited(
          new Request(req.url, { method: req.method, headers: req.headers, body: text }),
        );
      };
      setRequestParser(parser);
    }
    // GET and form parameters are JSON.parse'd by Yoga: a bad one would surface as a 500.
    if (request.method === 'GET' || contentTypeOf(request).includes('form')) {
      const original = parser;
      setRequestParser(async (req) => {
        try {
          return await original(req);
        } catch (error) {
          if (error instanceof GraphQLError) throw error;
          throw requestError(
            'BAD_REQUEST',
            'The "variables" or "extensions" parameter is not valid JSON.',
            400,
          );
        }
      });
    }
  },

  async onParams({ request, params, setParams, context }) {
    const received = params as unknown as RequestParams;
    // Yoga's GET parser reads query, variables, operationName and extensions only.
    if (request.method === 'GET' && received.documentId === undefined) {
      const documentId = new URL(request.url).searchParams.get('documentId');
      if (documentId !== null) received.documentId = documentId;
    }
    const resolved = await applyTrustedDocuments(context as unknown as Context, received);
    setParams(resolved as typeof params);
  },

  onParse({ setParseFn }) {
    setParseFn(parseWithLimits);
  },

  onValidate({ addValidationRule }) {
    addValidationRule(OperationLimitsRule);
  },

  async onExecute({ args, setResultAndStopExecution }) {
    const ctx = args.contextValue as Context;
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return;
    if (operation.operation === 'mutation') sendWhole(ctx);
    const refusal = await executionRefusal(
      ctx,
      args.schema,
      args.document,
      operation,
      args.variableValues as Record<string, unknown> | undefined,
    );
    if (refusal) setResultAndStopExecution({ errors: [refusal] });
  },

  // Yoga runs subscription operations through `subscribe`, never `execute`. Over HTTP they
  // stream as server-sent events only (transports that hold a socket pass no request), and they
  // meet the same introspection, list and cost limits as queries before they stream.
  async onSubscribe({ args, setResultAndStopExecution }) {
    const request = (args.contextValue as { request?: Request }).request;
    if (request && !acceptsEventStream(request)) {
      setResultAndStopExecution({ errors: [subscriptionNeedsEventStream()] });
      return;
    }
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation) return;
    const refusal = await executionRefusal(
      args.contextValue as Context,
      args.schema,
      args.document,
      operation,
      args.variableValues as Record<string, unknown> | undefined,
    );
    if (refusal) setResultAndStopExecution({ errors: [refusal] });
  },

  onResultProcess({ result, setResult, serverContext }) {
    const ctx = serverContext as unknown as Context;
    if (Symbol.asyncIterator in (result as object)) return;
    setResult(
      Array.isArray(result)
        ? result.map((one) => sendableResult(one as ProcessedResult, ctx))
        : (sendableResult(result as ProcessedResult, ctx) as typeof result),
    );
  },

  async onResponse({ response, setResponse, serverContext }) {
    setResponse(await finishedResponse(response, serverContext as unknown as Context));
  },
};

/**
 * A single result as sent: public errors, the gateway's extensions, and the serializer that
 * holds it to MAX_RESPONSE_BYTES (Yoga serializes a result with its `stringify` when it has one).
 * Yoga's result step and the direct route (src/http/direct-operation.ts) both send results so,
 * once per result: which is why the result's masked errors are logged here (mask-error.ts).
 */
export function sendableResult(result: ProcessedResult, ctx: Context) {
  logMaskedErrors(ctx.requestId, result.errors);
  return { ...withGatewayExtensions(result, ctx), stringify: sizedStringify(ctx) };
}

/**
 * The response as it leaves GraphQL's handling: an answer found over the size limit replaced by
 * its 400; Yoga's empty 415 and 406 given a body that says why; security headers (and, for a
 * page, its content security policy). Yoga's last step and the direct route's.
 */
export async function finishedResponse(response: Response, ctx: Context): Promise<Response> {
  let finished = refuseOversized(ctx) ?? response;
  if (finished !== response) keepCors(response, finished);
  // Yoga answers an unknown Content-Type (415) or Accept (406) with an empty body: say why.
  if ((finished.status === 415 || finished.status === 406) && finished.body === null) {
    const empty = finished;
    finished = errorResponse(
      finished.status,
      finished.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'NOT_ACCEPTABLE',
      finished.status === 415
        ? 'Send the request as "Content-Type: application/json" (or application/graphql, or a GET).'
        : 'This endpoint answers application/json, application/graphql-response+json or text/event-stream: fix the Accept header.',
      ctx.requestId,
    );
    keepCors(empty, finished);
  }
  // The request id and base security headers are the router's (src/http/router.ts, `stamped`).
  if (finished.headers.get('content-type')?.includes('text/html')) {
    const headers = await htmlSecurityHeaders(await finished.clone().text());
    for (const [name, value] of Object.entries(headers)) finished.headers.set(name, value);
  }
  return finished;
}

/** The 413 error of a body streamed past the cap (the door refuses declared ones). */
export const bodyTooLarge = () =>
  requestError(BODY_TOO_LARGE.code, BODY_TOO_LARGE.message, 413, {
    limit: MAX_REQUEST_BODY_BYTES,
  });

/**
 * A replacement answer keeps the CORS headers Yoga set on the one it replaces (Yoga's CORS step
 * runs before this one): a page of another origin can read why it was refused.
 */
function keepCors(replaced: Response, replacement: Response): void {
  for (const [name, value] of replaced.headers) {
    if (name.startsWith('access-control-') || name === 'vary') replacement.headers.set(name, value);
  }
}
