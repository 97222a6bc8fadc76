import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context';
import { readBodyText } from './body-limit';
import { requestError } from './errors';
import { BODY_TOO_LARGE, contentTypeOf } from './http-guards';
import { executionRefusal, parseWithLimits } from './operation-checks';
import { OperationLimitsRule } from './operation-limits';
import { type ProcessedResult, withGatewayExtensions } from './public-result';
import { refuseOversized, sendWhole, sizedStringify } from './response-size';
import { errorResponse } from './responses';
import { BASE_SECURITY_HEADERS, htmlSecurityHeaders } from './security-headers';
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
        if (text === null) {
          throw requestError(BODY_TOO_LARGE.code, BODY_TOO_LARGE.message, 413, {
            limit: MAX_REQUEST_BODY_BYTES,
          });
        }
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
    const stringify = sizedStringify(ctx);
    // Yoga serializes each result with its `stringify` when it has one.
    const sent = (one: ProcessedResult) => ({ ...withGatewayExtensions(one, ctx), stringify });
    setResult(
      Array.isArray(result)
        ? result.map((one) => sent(one as ProcessedResult))
        : (sent(result as ProcessedResult) as typeof result),
    );
  },

  async onResponse({ response, setResponse, serverContext }) {
    const ctx = serverContext as unknown as Context;
    const refused = refuseOversized(ctx);
    if (refused) {
      response = refused;
      setResponse(response);
    }
    // Yoga answers an unknown Content-Type (415) or Accept (406) with an empty body: say why.
    if ((response.status === 415 || response.status === 406) && response.body === null) {
      response = errorResponse(
        response.status,
        response.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'NOT_ACCEPTABLE',
        response.status === 415
          ? 'Send the request as "Content-Type: application/json" (or application/graphql, or a GET).'
          : 'This endpoint answers application/json, application/graphql-response+json or text/event-stream: fix the Accept header.',
        ctx.requestId,
      );
      setResponse(response);
    }
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) {
      response.headers.set(name, value);
    }
    if (response.headers.get('content-type')?.includes('text/html')) {
      const headers = await htmlSecurityHeaders(await response.clone().text());
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    }
  },
};
