import { env } from 'cloudflare:workers';
import { GraphQLError } from 'graphql';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../src/context';
import { logMaskedErrors, maskError, yogaLogger } from '../../src/hardening/mask-error';
import { runThroughYoga } from '../../src/http/yoga';
import { publicErrors } from '../../src/realtime/socket/errors';
import {
  RtMarkThreadReadDocument,
  RtSendThreadMessageDocument,
  RtThreadActivityDocument,
} from '../generated/graphql';
import { mutate, tokenFor } from '../helpers/client';
import { contextAs } from '../helpers/context';
import { insertUser, uid } from '../helpers/seed';
import { SseStream } from '../realtime/sse';
import { threadWithMember } from '../threads/helpers';
import { dbFailingOn, liftRateLimit, sendWith } from './helpers';

beforeAll(liftRateLimit);
afterEach(() => vi.restoreAllMocks());

type Line = Record<string, unknown> & { level: string; message: string };

/** Every line the gateway writes from now to the test's end, parsed (each is one JSON object). */
function loggedLines(): Line[] {
  const lines: Line[] = [];
  for (const level of ['log', 'warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      const text = args.map(String).join(' ');
      // A line that is not the gateway's JSON (a library's own console call) is kept as text.
      try {
        lines.push(JSON.parse(text) as Line);
      } catch {
        lines.push({ level: `${level} (not JSON)`, message: text });
      }
    });
  }
  return lines;
}

// The direct route takes application/json; Yoga's own route the other JSON media type.
const ROUTES = ['application/json', 'application/graphql+json'];

async function sendFailing(contentType: string, failing: D1Database, query: string) {
  const userId = await insertUser();
  return sendWith({ DB: failing } as never, '/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      Authorization: `Bearer ${await tokenFor(userId)}`,
    },
    body: JSON.stringify({ query }),
  });
}

describe('unexpected errors in the log', () => {
  it("writes a resolver's failure once, with the request id and its path, on both routes", async () => {
    const failing = dbFailingOn(
      (query) => query.includes('"workspace_members"'),
      'no such column: workspace_members.secret_column',
    );
    for (const contentType of ROUTES) {
      const lines = loggedLines();
      const response = await sendFailing(
        contentType,
        failing,
        '{ viewer { workspaceMemberships(first: 1) { totalCount } } }',
      );
      const body = (await response.json()) as {
        errors: { message: string; path?: string[]; locations?: unknown[] }[];
      };
      // The masked error keeps where it happened, as graphql-js reports any field error.
      expect(body.errors[0]).toMatchObject({
        message: 'Unexpected error.',
        path: ['viewer', 'workspaceMemberships'],
        locations: [{ line: 1, column: 12 }],
      });
      const errors = lines.filter((line) => line.level === 'error');
      expect(errors, contentType).toEqual([
        expect.objectContaining({
          message: 'unexpected error',
          requestId: response.headers.get('X-Request-Id'),
          path: 'viewer.workspaceMemberships',
          error: expect.stringContaining('secret_column'),
        }),
      ]);
    }
  });

  it('writes a failing hook once, with the request id, on both routes', async () => {
    const userId = await insertUser();
    for (const contentType of ROUTES) {
      const ctx = contextAs(userId);
      // Called by a hook before execution (mutationsOnPrimary, src/http/yoga.ts): its failure is
      // no resolver's, and Yoga masks it itself on its own route.
      ctx.checkAccount = () => {
        throw new Error('the account store is down');
      };
      const lines = loggedLines();
      const request = new Request('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'Content-Type': contentType },
        body: JSON.stringify({ query: '{ viewer { id } }' }),
      });
      const body = (await (await runThroughYoga(request, ctx)).json()) as {
        errors: { message: string }[];
      };
      expect(body.errors, contentType).toMatchObject([{ message: 'Unexpected error.' }]);
      expect(lines, contentType).toEqual([
        expect.objectContaining({
          level: 'error',
          message: 'unexpected error',
          requestId: ctx.requestId,
          error: 'Error: the account store is down',
        }),
      ]);
    }
  });
});

describe('unexpected errors of a subscription', () => {
  it("writes an event's masked error with the stream's request id", async () => {
    const { owner, member, thread } = await threadWithMember();
    // The owner's stream reads its thread (the event's `thread` field) from a failing D1; the
    // stream's own checks read other statements.
    const failing = dbFailingOn(
      (query) => query.startsWith('select "id", "user_id", "workspace_id", "title"'),
      'no such column: threads.secret_column',
    );
    const ctx = createContext({
      requestId: uid('req'),
      env: { ...env, DB: failing },
      viewer: { kind: 'user', userId: owner },
      waitUntil: () => undefined,
      clientIp: '203.0.113.9',
    });
    const request = new Request('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({
        query: RtThreadActivityDocument.toString(),
        variables: { threadId: thread },
      }),
    });
    const stream = new SseStream<unknown>(await runThroughYoga(request, ctx));
    await mutate(RtSendThreadMessageDocument, { threadId: thread, body: 'Read me' }, owner);
    const lines = loggedLines();
    await mutate(RtMarkThreadReadDocument, { threadId: thread }, member);
    const event = await stream.next();
    await stream.close();
    expect(event.data?.errors).toMatchObject([
      { message: 'Unexpected error.', path: ['threadActivity', 'thread'] },
    ]);
    expect(lines.filter((line) => line.level === 'error')).toEqual([
      expect.objectContaining({
        message: 'unexpected error',
        requestId: ctx.requestId,
        path: 'threadActivity.thread',
        error: expect.stringContaining('secret_column'),
      }),
    ]);
  });
});

describe('maskError', () => {
  it('hides what it masks and logs it once; an aborted request is not logged', () => {
    const lines = loggedLines();
    const failed = maskError(new Error('disk on fire'));
    const aborted = maskError(new DOMException('The client went away.', 'AbortError'));
    expect(failed.message).toBe('Unexpected error.');
    expect(aborted.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    logMaskedErrors('req_1', [failed, aborted, new GraphQLError('Expected, typed.')]);
    expect(lines).toEqual([
      expect.objectContaining({ level: 'error', requestId: 'req_1', error: 'Error: disk on fire' }),
    ]);
  });

  it("leaves Yoga's logging of what it masked to the result step, and structures the rest", () => {
    const thrown = new Error('hook failed');
    const lines = loggedLines();
    maskError(thrown);
    yogaLogger.error(thrown);
    // A thrown string, which no object identity tells apart.
    maskError('a string thrown');
    yogaLogger.error('a string thrown');
    yogaLogger.error(new Error('adapter failed'));
    yogaLogger.debug('Request aborted');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'error', message: 'Error: adapter failed' }),
    ]);
  });

  it("masks and logs a WebSocket payload's errors the same way, typed ones kept without their HTTP hint", () => {
    const lines = loggedLines();
    const typed = new GraphQLError('No such thread.', {
      extensions: { code: 'NOT_FOUND', http: { status: 404 } },
    });
    const sent = publicErrors([new Error('socket store down'), typed], 'req_ws');
    expect(sent).toEqual([
      {
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req_ws' },
      },
      { message: 'No such thread.', extensions: { code: 'NOT_FOUND' } },
    ]);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        message: 'unexpected error',
        requestId: 'req_ws',
        error: 'Error: socket store down',
      }),
    ]);
  });
});
