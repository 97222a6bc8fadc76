import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { digestApiToken } from '../../src/auth/api-tokens';
import { randomToken } from '../../src/resolvers/ids';
import {
  AnalyticsItemThroughFragmentsDocument,
  AnalyticsViewerNameDocument,
} from '../generated/graphql';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';
import { gid, insertWorkItem } from '../helpers/work-seed';
import { holdRecords, run } from './helpers';

// What the Worker sends after each operation: one record of names and counts, with the field
// coordinates the document selected, sent off the request path and never able to change it.

let records: ReturnType<typeof holdRecords>;
beforeEach(() => {
  records = holdRecords();
});
afterEach(() => records.restore());

let owner: string;
let itemId: string;
const SECRET_TITLE = 'Quarterly salaries of the whole team';

beforeAll(async () => {
  owner = await insertUser({ displayName: 'Private Person' });
  const workspace = await insertWorkspace(owner);
  itemId = await insertWorkItem({ workspaceId: workspace, ownerId: owner, title: SECRET_TITLE });
});

describe('the record of an operation', () => {
  it('lists the fields selected through fragments (nested ones too) and aliases, by type', async () => {
    const sent = await run(
      AnalyticsItemThroughFragmentsDocument,
      { id: gid('WorkItem', itemId) },
      { as: owner },
    );
    expect(sent.body.data).toMatchObject({ item: { heading: SECRET_TITLE } });
    const [record] = records.take();
    expect(record?.fields).toEqual([
      'Query.node',
      'WorkItem.createdAt',
      'WorkItem.status',
      'WorkItem.title',
    ]);
    expect(record).toMatchObject({
      operation: 'AnalyticsItemThroughFragments',
      viewer: 'user',
      status: 'ok',
      errorCodes: [],
    });
    expect(record?.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(record?.d1.statements).toBeGreaterThan(0);
    expect(record?.d1.rowsRead).toBeGreaterThan(0);
  });

  it('gives the same document the same hash, and another document another', async () => {
    await run(AnalyticsViewerNameDocument, {}, { as: owner });
    await run(AnalyticsViewerNameDocument, {}, { as: owner });
    await run('query AnalyticsViewerName { me: viewer { id } }', {}, { as: owner });
    const [a, b, c] = records.take();
    expect(a?.hash).toBe(b?.hash);
    expect(c?.hash).not.toBe(a?.hash);
    expect(c?.fields).toEqual(['Query.viewer', 'User.id']);
  });

  it('names the client from its headers, validated and capped', async () => {
    await run(
      AnalyticsViewerNameDocument,
      {},
      {
        as: owner,
        headers: { 'graphql-client-name': 'ios-app', 'graphql-client-version': '3.2.1' },
      },
    );
    await run(
      AnalyticsViewerNameDocument,
      {},
      {
        as: owner,
        headers: { 'graphql-client-name': 'x'.repeat(65), 'graphql-client-version': '1.0' },
      },
    );
    await run(
      AnalyticsViewerNameDocument,
      {},
      { as: owner, headers: { 'graphql-client-name': '<script>' } },
    );
    const [named, tooLong, unsafe] = records.take();
    expect([named?.clientName, named?.clientVersion]).toEqual(['ios-app', '3.2.1']);
    expect([tooLong?.clientName, tooLong?.clientVersion]).toEqual(['', '']);
    expect(unsafe?.clientName).toBe('');
  });

  it('knows an integrator that names no client by its token id, never the token', async () => {
    const token = `gwt_${randomToken(40)}`;
    const tokenId = uid('tok');
    await env.DB.prepare(
      "INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix) VALUES (?, ?, 'ci', ?, 'gwt_')",
    )
      .bind(tokenId, owner, await digestApiToken(token))
      .run();
    const sent = await run(AnalyticsViewerNameDocument, {}, { token });
    expect(sent.status).toBe(200);
    const [record] = records.take();
    expect(record).toMatchObject({ clientName: `token:${tokenId}`, viewer: 'integrator' });
    expect(JSON.stringify(record)).not.toContain(token.slice(4));
  });

  it('holds no variable values, tokens, user ids or user content', async () => {
    const secretVariable = gid('WorkItem', itemId);
    const jwtHeaders = { 'graphql-client-name': 'web' };
    const sent = await run(
      AnalyticsItemThroughFragmentsDocument,
      { id: secretVariable },
      { as: owner, headers: jwtHeaders },
    );
    expect(sent.body.data).toMatchObject({ item: { heading: SECRET_TITLE } });
    const text = JSON.stringify(records.take());
    for (const secret of [secretVariable, itemId, owner, SECRET_TITLE, 'Private Person', 'eyJ']) {
      expect(text).not.toContain(secret);
    }
  });

  it('records errors by code and status, without their messages', async () => {
    const sent = await run(
      AnalyticsItemThroughFragmentsDocument,
      { id: gid('WorkItem', 'wki_missing_but_secretive') },
      { as: owner },
    );
    expect(sent.status).toBe(200);
    const refused = await run(
      `{ ${['a', 'b', 'c'].map((alias) => `${alias}: viewer { assignedWorkItems(first: 100) { edges { node { owner { assignedWorkItems(first: 100) { edges { node { id } } } } } } } }`).join(' ')} }`,
      {},
      { as: owner },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    const [missing, costly] = records.take();
    expect(missing?.status).toBe('ok');
    expect(costly).toMatchObject({ status: 'error', errorCodes: ['COST_LIMIT_EXCEEDED'] });
    expect(costly?.cost).toBeGreaterThan(20_000);
    expect(JSON.stringify([missing, costly])).not.toContain('secretive');
  });
});

describe('a document that fails validation', () => {
  it('is recorded by name with its error codes, and no fields', async () => {
    const sent = await run('query AnalyticsBroken { viewer { nope } }', {}, { as: owner });
    expect(sent.status).toBe(400);
    const [record] = records.take();
    expect(record).toMatchObject({
      operation: 'AnalyticsBroken',
      status: 'error',
      errorCodes: ['GRAPHQL_VALIDATION_FAILED'],
      fields: [],
      cost: 0,
    });
  });
});

describe('when the queue is unavailable', () => {
  const throwing = {
    send: () => {
      throw new Error('queue down');
    },
    sendBatch: () => Promise.reject(new Error('queue down')),
  } as unknown as Queue;
  const rejecting = {
    send: () => Promise.reject(new Error('queue down')),
    sendBatch: () => Promise.reject(new Error('queue down')),
  } as unknown as Queue;

  it('answers exactly as when it works (a send that throws or rejects)', async () => {
    const variables = { id: gid('WorkItem', itemId) };
    const normal = await run(AnalyticsItemThroughFragmentsDocument, variables, { as: owner });
    expect(records.take()).toHaveLength(1);
    for (const queue of [throwing, rejecting]) {
      const down = await run(AnalyticsItemThroughFragmentsDocument, variables, {
        as: owner,
        bindings: { ANALYTICS_QUEUE: queue },
      });
      expect(down.status).toBe(normal.status);
      expect(down.body.data).toEqual(normal.body.data);
      expect(down.body.errors).toEqual(normal.body.errors);
    }
    expect(records.take()).toHaveLength(0);
  });

  it('answers a failing operation the same way too', async () => {
    const query = '{ nope }';
    const normal = await run(query, {}, { as: owner });
    const down = await run(query, {}, { as: owner, bindings: { ANALYTICS_QUEUE: throwing } });
    expect(down.status).toBe(normal.status);
    expect(down.body.errors).toEqual(normal.body.errors);
  });
});

describe('the Analytics Engine sink (production only, when bound)', () => {
  it('writes the same record as one data point, with labels and figures only', async () => {
    const points: AnalyticsEngineDataPoint[] = [];
    const dataset = { writeDataPoint: (point: AnalyticsEngineDataPoint) => points.push(point) };
    await run(
      AnalyticsItemThroughFragmentsDocument,
      { id: gid('WorkItem', itemId) },
      { as: owner, bindings: { ANALYTICS: dataset as AnalyticsEngineDataset } },
    );
    const [record] = records.take();
    expect(points).toHaveLength(1);
    expect(points[0]?.blobs?.slice(0, 3)).toEqual([
      'AnalyticsItemThroughFragments',
      record?.hash,
      '',
    ]);
    expect(points[0]?.doubles?.[0]).toBe(record?.durationMs);
    expect(JSON.stringify(points)).not.toContain(SECRET_TITLE);
  });
});
