import { afterEach, describe, expect, it, vi } from 'vitest';
import { ObservabilityMeDocument } from '../generated/graphql';
import { gqlWith, liftRateLimit } from '../hardening/helpers';
import { tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';

// OpenTelemetry: with OTEL_EXPORTER_OTLP_ENDPOINT set, each operation's trace (the operation and
// the Pothos tracing plugin's root-field spans) goes to the collector as OTLP/HTTP JSON; a
// stand-in collector receives it here. Without the var nothing is sent.

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}

afterEach(() => vi.restoreAllMocks());

const COLLECTOR = 'https://collector.example.test';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

async function tracedRequest(vars: Record<string, string>) {
  await liftRateLimit();
  const token = await tokenFor(await insertUser());
  const original = globalThis.fetch;
  const sent: { url: string; init?: RequestInit }[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(COLLECTOR)) return original(input, init);
    sent.push({ url, init });
    return new Response('{}', { status: 200 });
  });
  const result = await gqlWith(
    vars,
    { query: ObservabilityMeDocument.toString(), operationName: 'ObservabilityMe' },
    { token, headers: { traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` } },
  );
  expect(result.errors).toBeUndefined();
  return sent;
}

describe('OpenTelemetry export', () => {
  it('posts the operation and its root-field spans as OTLP JSON, continuing the caller trace', async () => {
    const sent = await tracedRequest({ OTEL_EXPORTER_OTLP_ENDPOINT: `${COLLECTOR}/` });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(`${COLLECTOR}/v1/traces`);
    expect(new Headers(sent[0]?.init?.headers).get('content-type')).toBe('application/json');
    const body = JSON.parse(String(sent[0]?.init?.body)) as {
      resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[];
    };
    const spans = body.resourceSpans[0]?.scopeSpans[0]?.spans ?? [];
    const [root, field] = spans;
    expect(root).toMatchObject({
      traceId: TRACE_ID,
      parentSpanId: '00f067aa0ba902b7',
      name: 'graphql ObservabilityMe',
    });
    expect(root?.attributes).toContainEqual({
      key: 'graphql.operation.name',
      value: { stringValue: 'ObservabilityMe' },
    });
    expect(field).toMatchObject({
      traceId: TRACE_ID,
      parentSpanId: root?.spanId,
      name: 'Query.viewer',
    });
    expect(BigInt(field?.endTimeUnixNano ?? 0)).toBeGreaterThanOrEqual(
      BigInt(field?.startTimeUnixNano ?? 0),
    );
    expect(root?.spanId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('sends nothing when no collector is configured', async () => {
    expect(await tracedRequest({ OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toEqual([]);
  });
});
