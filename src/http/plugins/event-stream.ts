import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context';
import { isDevelopment } from '../../environment';
import { logMaskedErrors } from '../../hardening/mask-error';
import { acceptsEventStream } from '../../hardening/subscriptions';
import { eventTooLarge, REALTIME_LIMITS } from '../../realtime/limits';
import { streamStateOf } from '../../realtime/stream';

/** A comment line every so often keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 12_000;

type StreamResult = ExecutionResult & { extensions?: Record<string, unknown> };

/** The result's JSON for a `data:` line (Yoga's internal `http` extension left out). */
function serialize(result: StreamResult): string {
  const { http: _http, ...extensions } = (result.extensions ?? {}) as Record<string, unknown>;
  return JSON.stringify({
    ...(result.errors ? { errors: result.errors } : {}),
    ...('data' in result ? { data: result.data } : {}),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  });
}

/**
 * GraphQL over SSE ("distinct connections": one stream per request), as Yoga speaks it
 * (`event: next` with a result, `event: complete` at the end), plus the SSE `id:` of every
 * delivered event: its id in the event log, which a reconnecting client sends back as
 * `Last-Event-ID` (EventSource does so by itself) to get exactly the events it missed.
 */
function eventStreamResponse(results: AsyncIterable<StreamResult>, requestId: string): Response {
  const encoder = new TextEncoder();
  const iterator = results[Symbol.asyncIterator]();
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A first byte at once: some clients wait for one before they report the stream open.
      controller.enqueue(encoder.encode(':\n\n'));
      keepAlive = setInterval(() => {
        if ((controller.desiredSize ?? 0) > 0) controller.enqueue(encoder.encode(':\n\n'));
      }, KEEP_ALIVE_MS);
    },
    async pull(controller) {
      try {
        const { done, value } = await iterator.next();
        if (value) {
          // An event's masked errors are logged as a response's are, with the stream's request id.
          logMaskedErrors(requestId, value.errors);
          const id = value.extensions?.eventId;
          const idLine = typeof id === 'number' ? `id: ${id}\n` : '';
          controller.enqueue(encoder.encode(`${idLine}event: next\ndata: ${serialize(value)}\n\n`));
        }
        if (done) {
          clearInterval(keepAlive);
          controller.enqueue(encoder.encode('event: complete\ndata:\n\n'));
          controller.close();
        }
      } catch (error) {
        clearInterval(keepAlive);
        controller.error(error);
      }
    },
    async cancel() {
      clearInterval(keepAlive);
      await iterator.return?.();
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
    },
  });
}

/**
 * Subscriptions over SSE: each result of a stream carries `extensions.eventId` (the log id of
 * the event it delivers) and is written with that id; a result over the event size limit is
 * replaced by EVENT_TOO_LARGE (the stream goes on). Streams are answered by
 * `eventStreamResponse` instead of Yoga's own SSE writer, which has no `id:` lines.
 */
export const eventStream: Plugin<Context> = {
  onSubscribe: ({ args }) => ({
    onSubscribeResult: () => ({
      onNext: ({ result, setResult }) => {
        const ctx = args.contextValue;
        const eventId = streamStateOf(ctx).deliveringId;
        const withId: StreamResult = {
          ...result,
          extensions: {
            ...result.extensions,
            ...(eventId === null ? {} : { eventId }),
            // As for every answer in development: the D1 figures, here the stream's so far.
            ...(isDevelopment(ctx.env) ? { d1: { ...ctx.stats } } : {}),
          },
        };
        const bytes = new TextEncoder().encode(serialize(withId)).length;
        setResult(
          bytes > REALTIME_LIMITS.eventBytes
            ? { errors: [eventTooLarge(bytes)], extensions: withId.extensions }
            : withId,
        );
      },
    }),
  }),
  onResultProcess: ({ request, result, setResultProcessor, serverContext }) => {
    if (!(Symbol.asyncIterator in (result as object)) || !acceptsEventStream(request)) return;
    const { requestId } = serverContext as unknown as Context;
    setResultProcessor(
      (results) => eventStreamResponse(results as AsyncIterable<StreamResult>, requestId),
      'text/event-stream',
    );
  },
};
