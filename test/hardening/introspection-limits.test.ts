import { env } from 'cloudflare:workers';
import {
  buildSchema,
  getIntrospectionQuery,
  getOperationAST,
  graphqlSync,
  type IntrospectionOptions,
  parse,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationCost } from '../../src/hardening/cost';
import {
  FULL_INTROSPECTION_OPTIONS,
  introspectionAllowance,
} from '../../src/hardening/introspection-cost';
import { schema } from '../../src/schema';
import { tokenFor } from '../helpers/client';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';
import { codeOf, gqlWith, liftRateLimit, makeAdmin } from './helpers';

/** Staging as deployed: introspection open to everyone, any operation allowed. */
const STAGING = {
  ENVIRONMENT: 'staging',
  ALLOW_INTROSPECTION: 'true',
  TRUSTED_DOCUMENTS_ONLY: 'false',
};
/** Production: introspection for admins only. */
const PRODUCTION = { ENVIRONMENT: 'production', ALLOW_INTROSPECTION: 'false' };

let userId: string;
let adminId: string;

beforeAll(async () => {
  await liftRateLimit();
  userId = await insertUser();
  adminId = await insertUser();
  await makeAdmin(adminId, 'support');
});

/**
 * The introspection queries tools send: GraphiQL and graphql-codegen build theirs with
 * `getIntrospectionQuery`, with or without these options (typeDepth 9 by default).
 */
const TOOL_QUERIES: [string, IntrospectionOptions | undefined][] = [
  ['the default query', undefined],
  ['without descriptions', { descriptions: false }],
  ['with every option', FULL_INTROSPECTION_OPTIONS],
  ['with typeDepth 10', { typeDepth: 10, inputValueDeprecation: true }],
];

describe('standard introspection queries', () => {
  for (const [name, options] of TOOL_QUERIES) {
    it(`runs ${name} anonymously where introspection is open, and for an admin`, async () => {
      const query = getIntrospectionQuery(options);
      const anonymous = await gqlWith(STAGING, { query, operationName: 'IntrospectionQuery' });
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.status).toBe(200);
      const schema = anonymous.data?.__schema as { types: { name: string }[] } | undefined;
      expect(schema?.types.map((type) => type.name)).toContain('WorkItem');

      const admin = await gqlWith(
        PRODUCTION,
        { query, operationName: 'IntrospectionQuery' },
        { token: await tokenFor(adminId) },
      );
      expect(admin.errors).toBeUndefined();
      expect(admin.data).toEqual(anonymous.data);
    });
  }
});

describe('introspection amplification', () => {
  const TYPES = 'types { fields { name description args { name description } } }';

  it('counts aliases inside __schema: 31 of them are refused before execution', async () => {
    const inner = Array.from({ length: 31 }, (_, i) => `t${i}: types { name }`).join(' ');
    const refused = await gqlWith(STAGING, { query: `{ __schema { ${inner} } }` });
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'ALIAS_LIMIT_EXCEEDED',
      limit: 30,
      actual: 31,
    });
  });

  it('refuses many aliases of a large introspection selection, by what they would return', async () => {
    // The shape of the staging report: a 2 KB anonymous document asking for megabytes.
    const inner = Array.from({ length: 25 }, (_, i) => `t${i}: ${TYPES}`).join(' ');
    const query = `{ __schema { ${inner} } }`;
    expect(query.length).toBeLessThan(2_000);
    const refused = await gqlWith(STAGING, { query });
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    const error = refused.errors?.[0];
    expect(error?.extensions?.code).toBe('INTROSPECTION_LIMIT_EXCEEDED');
    expect(error?.extensions?.actual).toBeGreaterThan(error?.extensions?.limit as number);
    expect(error?.message).toMatch(/introspection/);

    // The same attack spread over root aliases of __schema.
    const roots = Array.from({ length: 20 }, (_, i) => `s${i}: __schema { ${TYPES} }`).join(' ');
    const rootRefused = await gqlWith(STAGING, { query: `{ ${roots} }` });
    expect(rootRefused.status).toBe(400);
    expect(codeOf(rootRefused)).toBe('INTROSPECTION_LIMIT_EXCEEDED');

    // Admins get the same allowance: it is sized for tools, not for people.
    const admin = await gqlWith(PRODUCTION, { query }, { token: await tokenFor(adminId) });
    expect(codeOf(admin)).toBe('INTROSPECTION_LIMIT_EXCEEDED');
  });

  it('allows a few aliases of a small selection', async () => {
    const response = await gqlWith(STAGING, {
      query:
        '{ __schema { a: types { name } b: types { kind } } q: __type(name: "Query") { name } }',
    });
    expect(response.errors).toBeUndefined();
    const schema = response.data?.__schema as { a: unknown[] } | undefined;
    expect(schema?.a.length).toBeGreaterThan(10);
  });

  it('counts introspection nesting against its own limit of 15 levels', async () => {
    const ofTypes = (levels: number) => {
      let selection = '{ name }';
      for (let i = 0; i < levels; i += 1) selection = `{ name ofType ${selection} }`;
      return selection;
    };
    // __schema types fields type: 4 levels, then each ofType adds one.
    const ok = await gqlWith(STAGING, {
      query: `{ __schema { types { fields { type ${ofTypes(11)} } } } }`,
    });
    expect(ok.errors).toBeUndefined();
    const deep = await gqlWith(STAGING, {
      query: `{ __schema { types { fields { type ${ofTypes(12)} } } } }`,
    });
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]?.extensions).toMatchObject({
      code: 'DEPTH_LIMIT_EXCEEDED',
      limit: 15,
      actual: 16,
    });
  });
});

describe('response size cap', () => {
  it('answers RESPONSE_TOO_LARGE instead of a query answer larger than MAX_RESPONSE_BYTES', async () => {
    const query = getIntrospectionQuery();
    const full = await gqlWith(STAGING, { query });
    expect(full.errors).toBeUndefined();
    const size = new TextEncoder().encode(JSON.stringify(full.data)).byteLength;

    const capped = await gqlWith({ ...STAGING, MAX_RESPONSE_BYTES: String(size - 1) }, { query });
    expect(capped.status).toBe(400);
    expect(capped.data).toBeUndefined();
    expect(capped.errors?.[0]?.extensions).toMatchObject({
      code: 'RESPONSE_TOO_LARGE',
      limit: size - 1,
    });
    expect(capped.errors?.[0]?.extensions?.actual).toBeGreaterThan(size - 1);
    expect(capped.errors?.[0]?.message).toMatch(/response size limit/);
    expect(capped.extensions?.requestId).toBe(capped.headers.get('X-Request-Id'));

    const roomy = await gqlWith(
      { ...STAGING, MAX_RESPONSE_BYTES: String(size + 10_000) },
      { query },
    );
    expect(roomy.errors).toBeUndefined();
  });

  it('caps a cheap query that asks for the same long text many times (default cap)', async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const description = 'x'.repeat(5_000);
    await env.DB.batch(
      Array.from({ length: 100 }, (_, i) =>
        env.DB.prepare(
          "INSERT INTO work_items (id, workspace_id, owner_id, title, description, visibility_scope) VALUES (?, ?, ?, ?, ?, 'private')",
        ).bind(uid('wki'), workspaceId, owner, `Item ${i}`, description),
      ),
    );
    const aliases = Array.from({ length: 30 }, (_, i) => `d${i}: description`).join(' ');
    // 100 items cost about 200; 30 copies of 5,000 characters each are 15 MB.
    const response = await gqlWith(
      {},
      { query: `{ workItems(first: 100) { edges { node { ${aliases} } } } }` },
      { token: await tokenFor(owner) },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'RESPONSE_TOO_LARGE',
      limit: 5_000_000,
    });
  });

  it('counts the answer in UTF-8 bytes, not characters', async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const itemId = uid('wki');
    // "€" is one UTF-16 unit and three UTF-8 bytes: the answer's text is a third of its size.
    await env.DB.prepare(
      "INSERT INTO work_items (id, workspace_id, owner_id, title, description, visibility_scope) VALUES (?, ?, ?, 'Euros', ?, 'private')",
    )
      .bind(itemId, workspaceId, owner, '€'.repeat(2_000))
      .run();
    const query = `{ node(id: "${btoa(`WorkItem:${itemId}`)}") { ... on WorkItem { description } } }`;
    const token = await tokenFor(owner);
    const whole = await gqlWith(STAGING, { query }, { token });
    expect(whole.errors).toBeUndefined();
    const dataBytes = new TextEncoder().encode(JSON.stringify(whole.data)).byteLength;
    expect(JSON.stringify(whole).length).toBeLessThan(dataBytes / 2);

    // Under the limit by characters, over it by bytes: refused.
    const capped = await gqlWith(
      { ...STAGING, MAX_RESPONSE_BYTES: String(dataBytes) },
      { query },
      { token },
    );
    expect(capped.status).toBe(400);
    expect(capped.errors?.[0]?.extensions).toMatchObject({
      code: 'RESPONSE_TOO_LARGE',
      limit: dataBytes,
    });
    expect(capped.errors?.[0]?.extensions?.actual).toBeGreaterThan(dataBytes);

    const roomy = await gqlWith(
      { ...STAGING, MAX_RESPONSE_BYTES: String(dataBytes + 2_000) },
      { query },
      { token },
    );
    expect(roomy.errors).toBeUndefined();
    expect(roomy.data).toEqual(whole.data);
  });

  it('always sends a mutation its answer: the write has happened', async () => {
    const response = await gqlWith(
      { MAX_RESPONSE_BYTES: '10' },
      {
        query: 'mutation { createWorkspace(input: { name: "Sent whole" }) { __typename } }',
      },
      { token: await tokenFor(userId) },
    );
    expect(response.status).toBe(200);
    expect(response.data?.createWorkspace).toBeTruthy();
  });
});

describe('the introspection count', () => {
  /** Objects in a JSON answer below `data` (each introspection object is one). */
  function objectsIn(value: unknown): number {
    if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + objectsIn(item), 0);
    if (value === null || typeof value !== 'object') return 0;
    return 1 + Object.values(value).reduce((sum: number, item) => sum + objectsIn(item), 0);
  }

  it('is exactly the number of objects the answer holds', async () => {
    for (const query of [
      getIntrospectionQuery({ inputValueDeprecation: true, oneOf: true, schemaDescription: true }),
      '{ __schema { a: types { name } b: types { fields(includeDeprecated: true) { name } } } }',
      // Selected twice, and through a fragment: execution merges them, and so does the count.
      '{ __schema { types { fields { name } fields { type { name } } ...T enumValues { name } } } } fragment T on __Type { fields { args { name } } inputFields { name } }',
      'query($n: String!) { __type(name: $n) { fields(includeDeprecated: true) { type { ofType { name } } } } }',
    ]) {
      const document = parse(query);
      const operation = getOperationAST(document);
      if (!operation) throw new Error('no operation');
      const variables = { n: 'WorkItem' };
      const counted = operationCost(schema, document, operation, variables).introspection;
      const answer = await gqlWith(STAGING, { query, variables });
      expect(answer.errors).toBeUndefined();
      // `data` itself is not an introspection object.
      expect(counted, query.slice(0, 60)).toBe(objectsIn(answer.data) - 1);
    }
  });

  it('leaves deprecated fields, values and arguments out unless asked, as execution does', () => {
    const small = buildSchema(`
      enum Color { RED GREEN @deprecated(reason: "gone") }
      input Filter { color: Color, old: Int @deprecated(reason: "gone") }
      type Query { a(filter: Filter, old: Int @deprecated(reason: "gone")): Color, b: Int @deprecated(reason: "gone") }
    `);
    for (const flag of ['', '(includeDeprecated: true)']) {
      const query = `{ __schema { types { fields${flag} { args${flag} { name } } enumValues${flag} { name } inputFields${flag} { name } } } }`;
      const document = parse(query);
      const operation = getOperationAST(document);
      if (!operation) throw new Error('no operation');
      const answer = graphqlSync({ schema: small, source: query });
      expect(answer.errors).toBeUndefined();
      expect(operationCost(small, document, operation, {}).introspection, flag).toBe(
        objectsIn(answer.data) - 1,
      );
    }
  });

  it('sizes the allowance at twice the full standard query', () => {
    const document = parse(getIntrospectionQuery(FULL_INTROSPECTION_OPTIONS));
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    const full = operationCost(schema, document, operation, {}).introspection;
    expect(full).toBeGreaterThan(1_000);
    expect(introspectionAllowance(schema)).toBeGreaterThanOrEqual(2 * full);
  });
});
