import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import worker from '../../src/index';
import {
  ObservabilityMeDocument,
  ObservabilityMembershipsDocument,
  type ObservabilityMembershipsQueryVariables,
} from '../generated/graphql';
import { gqlWith, liftRateLimit } from '../hardening/helpers';
import { tokenFor } from '../helpers/client';
import { insertUser } from '../helpers/seed';

// One structured JSON line per operation (outside the test environment, whose thousands of
// operations would bury the suite's report): request id, viewer kind, operation name, duration,
// D1 figures and the root fields' spans (Pothos tracing plugin). Never variables or tokens.

afterEach(() => vi.restoreAllMocks());

describe('the request log', () => {
  it('writes one JSON line with request id, viewer, operation, D1 figures and spans', async () => {
    await liftRateLimit();
    const userId = await insertUser();
    const token = await tokenFor(userId);
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    const result = await gqlWith(
      { ENVIRONMENT: 'development' },
      {
        query: ObservabilityMembershipsDocument.toString(),
        variables: { first: 7 } satisfies ObservabilityMembershipsQueryVariables,
        operationName: 'ObservabilityMemberships',
      },
      { token },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const entries = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.message === 'graphql operation');
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      level: 'info',
      requestId: result.extensions?.requestId,
      viewer: 'user',
      operation: 'ObservabilityMemberships',
      errors: 0,
      d1: { statements: expect.any(Number), roundTrips: expect.any(Number) },
      spans: [{ path: 'viewer', field: 'Query.viewer', error: false }],
    });
    expect(typeof entry?.durationMs).toBe('number');
    expect(lines.join('\n')).not.toContain('"first"');
    expect(lines.join('\n')).not.toContain(token);
  });
  it('names the operation from the document when the body has no operationName', async () => {
    await liftRateLimit();
    const token = await tokenFor(await insertUser());
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    const result = await gqlWith(
      { ENVIRONMENT: 'development' },
      { query: ObservabilityMeDocument.toString() },
      { token },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const entry = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((candidate) => candidate.message === 'graphql operation');
    expect(entry?.operation).toBe('ObservabilityMe');
  });

  it('writes the line after the answer has left, within the request (waitUntil)', async () => {
    await liftRateLimit();
    const token = await tokenFor(await insertUser());
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    const execution = createExecutionContext();
    const response = await worker.fetch(
      new Request('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ObservabilityMeDocument.toString() }),
      }) as Request<unknown, IncomingRequestCfProperties>,
      { ...env, ENVIRONMENT: 'development' } as Env,
      execution,
    );
    const operationLines = () => lines.filter((line) => line.includes('"graphql operation"'));
    // The answer is complete before the operation's record is written...
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(operationLines()).toHaveLength(0);
    // ...and the request's waitUntil holds it until it is.
    await waitOnExecutionContext(execution);
    expect(operationLines()).toHaveLength(1);
  });
});
