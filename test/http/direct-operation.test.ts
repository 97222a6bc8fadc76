import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DirectYoga, directOperation } from '../../src/http/direct-operation';
import { yoga } from '../../src/http/yoga';
import { liftRateLimit, sendWith } from '../hardening/helpers';
import { send, tokenFor } from '../helpers/client';
import { contextAs } from '../helpers/context';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';

// The direct route (src/http/direct-operation.ts) answers a POST of an application/json
// operation itself on Yoga's envelop; the same body sent as application/graphql+json (which
// Yoga's parser reads as JSON too) goes through Yoga whole. Both must answer alike: these tests
// send each request both ways and compare what a client sees.

/** Accept headers of every shape a client sends, each answered with JSON by both ways. */
const ACCEPTS = [
  'application/json',
  'application/graphql-response+json',
  '*/*',
  // Apollo Client's.
  'application/graphql-response+json,application/json;q=0.9',
  'text/event-stream, application/json',
  'application/json;charset=latin1, application/graphql-response+json',
];

/** The headers a client reads, with what differs per request (its id) left out. */
const COMPARED = [
  'content-type',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'vary',
  'x-content-type-options',
  'x-ratelimit-limit',
];

interface Answer {
  status: number;
  headers: Record<string, string | null>;
  body: unknown;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  // Per request: its id, and the rate budget left (each request spends one)...
  const body = JSON.parse(
    text
      .replace(/"requestId":"[^"]+"/g, '"requestId":"-"')
      .replace(/"(remaining|resetSeconds)":\d+/g, '"$1":0'),
  );
  // And what the request found in D1: the isolate's settings may need a read for one of the two,
  // and each mutation moves the session's bookmark.
  const extensions = (body as { extensions?: Record<string, unknown> }).extensions;
  delete extensions?.d1;
  delete extensions?.d1Bookmark;
  const headers = Object.fromEntries(COMPARED.map((name) => [name, response.headers.get(name)]));
  return { status: response.status, headers, body };
}

/** The same request sent both ways: what the direct route answered, and what Yoga did. */
async function bothWays(
  accept: string,
  body: unknown,
  headers: Record<string, string> = {},
  vars: Partial<Record<keyof Env, string>> = {},
) {
  const request = (contentType: string) =>
    sendWith(vars, '/graphql', {
      method: 'POST',
      headers: { 'Content-Type': contentType, Accept: accept, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    direct: await answer(await request('application/json')),
    yoga: await answer(await request('application/graphql+json')),
  };
}

const directYoga = yoga as unknown as DirectYoga;

let userId: string;
let bearer: Record<string, string>;

beforeAll(async () => {
  await liftRateLimit();
  userId = await insertUser();
  bearer = { Authorization: `Bearer ${await tokenFor(userId)}` };
});

describe('the direct route', () => {
  it('stands in for exactly the HTTP steps Yoga has today', () => {
    // A plugin that adds a parameter, result or response hook would be skipped by the direct
    // route: these counts fail first, so that the route learns the new step (or hands over).
    const server = yoga as unknown as Record<string, unknown[]>;
    // Yoga's parameter check and the gateway's trusted documents.
    expect(server.onParamsHooks).toHaveLength(2);
    expect(server.onExecutionResultHooks).toHaveLength(0);
    // Yoga's result processors, the gateway's result step, the event streams.
    expect(server.onResultProcessHooks).toHaveLength(3);
    const plugins = (server.plugins as Record<string, unknown>[]).filter(Boolean);
    // Yoga's CORS and the gateway's response step.
    expect(plugins.filter((plugin) => plugin.onResponse)).toHaveLength(2);
    // Before the parameters: Yoga's health check, CORS preflight, GraphiQL and unknown routes
    // (none of which a JSON POST to /graphql meets)...
    expect(plugins.filter((plugin) => plugin.onRequest)).toHaveLength(4);
    // ...and Yoga's body parsers, method check and size step, the gateway's capped reader.
    expect(plugins.filter((plugin) => plugin.onRequestParse)).toHaveLength(7);
  });

  it('is the route the Worker takes for a JSON POST, and only for one', async () => {
    // Yoga's parameter hooks run on its own route only (the direct route applies the trusted
    // documents itself): a hook added for this test counts the requests Yoga handled.
    const hooks = (yoga as unknown as { onParamsHooks: unknown[] }).onParamsHooks;
    let handledByYoga = 0;
    const counting = () => {
      handledByYoga++;
    };
    hooks.push(counting);
    try {
      const asks = { query: '{ viewer { id } }' };
      const sent = (contentType: string) =>
        send('/graphql', {
          method: 'POST',
          headers: { 'Content-Type': contentType, ...bearer },
          body: JSON.stringify(asks),
        });
      expect((await sent('application/json')).status).toBe(200);
      expect(handledByYoga).toBe(0);
      expect((await sent('application/graphql+json')).status).toBe(200);
      expect(handledByYoga).toBe(1);
    } finally {
      hooks.splice(hooks.indexOf(counting), 1);
    }
  });

  it('answers a query as Yoga does, both media types, with CORS for a page of another origin', async () => {
    const query = { query: 'query Me { viewer { id displayName } }' };
    for (const accept of ACCEPTS) {
      const { direct, yoga: whole } = await bothWays(accept, query, {
        ...bearer,
        Origin: 'https://app.example',
      });
      expect(direct.status).toBe(200);
      expect(direct.headers['access-control-allow-origin']).toBe('https://app.example');
      expect((direct.body as { data: { viewer: { id: string } } }).data.viewer.id).toBe(
        btoa(`User:${userId}`),
      );
      expect(direct).toEqual(whole);
    }
  });

  it('answers validation errors, typed refusals and field errors as Yoga does', async () => {
    const cases = [
      // An unknown field: a validation error (400).
      { query: '{ viewer { nope } }' },
      // Bad variables: a 400 with BAD_USER_INPUT.
      { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: 5 } },
      // A query over the cost limit: refused before it runs.
      {
        query: `{ viewer { assignedWorkItems(first: 100) { edges { node { owner { assignedWorkItems(first: 100) { edges { node { owner { assignedWorkItems(first: 100) { edges { node { id } } } } } } } } } } } } }`,
      },
      // A node id that names nothing: data with null, no error.
      { query: '{ node(id: "V29ya0l0ZW06bm9uZQ==") { id } }' },
      // A mutation whose input is refused: a typed error in its result union.
      {
        query:
          'mutation ($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { __typename } }',
        variables: { input: { name: '' } },
      },
    ];
    for (const body of cases) {
      for (const accept of ACCEPTS.slice(0, 2)) {
        const { direct, yoga: whole } = await bothWays(accept, body, bearer);
        expect(direct, JSON.stringify(body)).toEqual(whole);
      }
    }
  });

  it('hands what it does not run to Yoga: bad JSON, other parameters, syntax errors, documents', async () => {
    const bodies = [
      '{"query": ',
      '[{"query":"{ __typename }"}]',
      '"{ __typename }"',
      JSON.stringify({ query: '{ __typename }', extra: 1 }),
      JSON.stringify({ query: 42 }),
      JSON.stringify({ query: '{ viewer { ' }),
      JSON.stringify({ documentId: 'sha256:0000' }),
      JSON.stringify({ query: '{ __typename }', variables: [1] }),
    ];
    for (const body of bodies) {
      const { direct, yoga: whole } = await bothWays('application/json', body, bearer);
      expect(direct.status, body).toBeGreaterThanOrEqual(400);
      expect(direct, body).toEqual(whole);
    }
  });

  it('refuses a streamed body past the cap with the 413 Yoga gives', async () => {
    const huge = JSON.stringify({ query: `{ __typename }${' '.repeat(120_000)}` });
    const stream = () =>
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(huge));
          controller.close();
        },
      });
    const request = (contentType: string) =>
      send('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': contentType, ...bearer },
        body: stream(),
        // @ts-expect-error workerd's RequestInit takes `duplex` for a streamed body.
        duplex: 'half',
      });
    const direct = await answer(await request('application/json'));
    const whole = await answer(await request('application/graphql+json'));
    expect(direct.status).toBe(413);
    expect(direct).toEqual(whole);
  });

  it("keeps the CORS headers on an oversized answer's refusal, both ways, so that a page can read it", async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await env.DB.batch(
      Array.from({ length: 20 }, (_, i) =>
        env.DB.prepare(
          "INSERT INTO work_items (id, workspace_id, owner_id, title, description, visibility_scope) VALUES (?, ?, ?, ?, ?, 'private')",
        ).bind(uid('wki'), workspaceId, owner, `Item ${i}`, 'x'.repeat(1_000)),
      ),
    );
    const { direct, yoga: whole } = await bothWays(
      'application/json',
      { query: '{ workItems(first: 20) { edges { node { description } } } }' },
      { Origin: 'https://app.example', Authorization: `Bearer ${await tokenFor(owner)}` },
      { MAX_RESPONSE_BYTES: '2000' },
    );
    expect(direct.status).toBe(400);
    expect(direct.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(
      (direct.body as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('RESPONSE_TOO_LARGE');
    expect(direct).toEqual(whole);
  });

  it('answers a JSON query itself, and hands other requests to Yoga as they came', async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      new Request('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const own = await directOperation(
      post({ query: '{ viewer { id } }' }, { Accept: ACCEPTS[3] as string }),
      contextAs(userId),
      directYoga,
    );
    expect(own).toBeInstanceOf(Response);
    expect(((await (own as Response).json()) as { data: unknown }).data).toEqual({
      viewer: { id: btoa(`User:${userId}`) },
    });
    // Before the body is read: the very request, its body unread.
    for (const request of [
      post({ query: '{ __typename }' }, { Accept: 'text/event-stream' }),
      post({ query: '{ __typename }' }, { 'Content-Type': 'application/graphql+json' }),
      new Request('http://gateway.test/graphql?query=%7B__typename%7D'),
    ]) {
      const handed = await directOperation(request, contextAs(userId), directYoga);
      expect(handed).toEqual({ yoga: request });
      expect(request.bodyUsed).toBe(false);
    }
    // A subscription, once parsed: a request of the same text, for Yoga's event-stream step.
    const subscription = { query: 'subscription { threadEvents(threadId: "x") { __typename } }' };
    const handed = await directOperation(post(subscription), contextAs(userId), directYoga);
    expect(handed).not.toBeInstanceOf(Response);
    expect(await (handed as { yoga: Request }).yoga.json()).toEqual(subscription);
  });
});
