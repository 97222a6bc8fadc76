import type { Context } from '../context';
import { logEvent } from '../log';
import type { Span } from './span';

/**
 * OpenTelemetry export of an operation's trace: the operation as the root span and the Pothos
 * tracing plugin's root-field spans as its children, sent as OTLP/HTTP JSON to
 * `${OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces` after the response (waitUntil). No SDK: Workers has
 * none, and the wire format is all a collector needs. Off when the endpoint var is empty.
 */
export interface OperationTrace {
  operation: string | null;
  startMs: number;
  endMs: number;
  errors: number;
  spans: Span[];
}

const hex = (bytes: number) =>
  [...crypto.getRandomValues(new Uint8Array(bytes))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');

const nanos = (ms: number) => `${BigInt(Math.round(ms)) * 1_000_000n}`;

// W3C trace context: continue the caller's trace when it sends one.
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

const attribute = (key: string, value: string | number | boolean) => ({
  key,
  value:
    typeof value === 'string'
      ? { stringValue: value }
      : typeof value === 'number'
        ? { intValue: String(value) }
        : { boolValue: value },
});

/** The OTLP/HTTP JSON body for one operation. */
export function otlpBody(ctx: Context, trace: OperationTrace, traceparent: string | null) {
  const parent = traceparent ? TRACEPARENT.exec(traceparent) : null;
  const traceId = parent?.[1] ?? hex(16);
  const rootId = hex(8);
  const ERROR = { code: 2 };
  const OK = { code: 1 };
  const root = {
    traceId,
    spanId: rootId,
    ...(parent?.[2] ? { parentSpanId: parent[2] } : {}),
    name: `graphql ${trace.operation ?? 'anonymous'}`,
    kind: 2, // SERVER
    startTimeUnixNano: nanos(trace.startMs),
    endTimeUnixNano: nanos(trace.endMs),
    attributes: [
      attribute('graphql.operation.name', trace.operation ?? ''),
      attribute('gateway.request_id', ctx.requestId),
      attribute('gateway.viewer_kind', ctx.viewer.kind),
      attribute('d1.statements', ctx.stats.statements),
      attribute('d1.round_trips', ctx.stats.roundTrips),
      attribute('d1.rows_read', ctx.stats.rowsRead),
    ],
    status: trace.errors > 0 ? ERROR : OK,
  };
  const children = trace.spans.map((span) => ({
    traceId,
    spanId: hex(8),
    parentSpanId: rootId,
    name: span.field,
    kind: 1, // INTERNAL
    startTimeUnixNano: nanos(span.startMs),
    endTimeUnixNano: nanos(span.startMs + span.durationMs),
    attributes: [attribute('graphql.field.path', span.path)],
    status: span.error ? ERROR : OK,
  }));
  return {
    resourceSpans: [
      {
        resource: { attributes: [attribute('service.name', 'graphql-gateway')] },
        scopeSpans: [{ scope: { name: '@pothos/plugin-tracing' }, spans: [root, ...children] }],
      },
    ],
  };
}

/** Sends the trace after the response when OTEL_EXPORTER_OTLP_ENDPOINT is set. */
export function exportTrace(ctx: Context, trace: OperationTrace, traceparent: string | null) {
  const endpoint = ctx.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!endpoint) return;
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const auth = ctx.env.OTEL_EXPORTER_OTLP_AUTHORIZATION;
  if (auth) headers.Authorization = auth;
  ctx.waitUntil(
    fetch(`${endpoint.replace(/\/+$/, '')}/v1/traces`, {
      method: 'POST',
      headers,
      body: JSON.stringify(otlpBody(ctx, trace, traceparent)),
    }).then(
      (response) => {
        if (!response.ok) {
          logEvent('warn', 'trace export refused', {
            requestId: ctx.requestId,
            status: response.status,
          });
        }
      },
      (error: unknown) =>
        logEvent('warn', 'trace export failed', {
          requestId: ctx.requestId,
          error: error instanceof Error ? error.message : String(error),
        }),
    ),
  );
}

declare global {
  namespace Cloudflare {
    interface Env {
      /** Optional secret: the Authorization header value for the OTLP collector. */
      OTEL_EXPORTER_OTLP_AUTHORIZATION?: string;
    }
  }
}
