import { beforeAll, describe, expect, it } from 'vitest';
import integrators from '../../docs/integrators.md?raw';
import { docExamples } from '../docs/doc-examples';
import { gql, send, tokenFor } from '../helpers/client';
import { insertUser, insertWorkspace } from '../helpers/seed';
import { codeOf, gqlWith, liftRateLimit, makeAdmin, queryOfDepth } from './helpers';

let userId: string;
let adminId: string;
const PRODUCTION = { ENVIRONMENT: 'production' };

beforeAll(async () => {
  await liftRateLimit();
  userId = await insertUser();
  adminId = await insertUser();
  await makeAdmin(adminId, 'support');
  await insertWorkspace(userId);
});

/** What a request that runs no resolver costs in D1 (the rate limiter reads its settings). */
async function baselineStatements(): Promise<number> {
  const response = await gql('{ __typename }', {}, { as: userId });
  return response.extensions?.d1?.statements ?? Number.NaN;
}

describe('depth', () => {
  it('runs an operation of depth 10 and refuses one of depth 11 with DEPTH_LIMIT_EXCEEDED', async () => {
    const ok = await gql(queryOfDepth(10), {}, { as: userId });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.viewer).toBeTruthy();

    const refused = await gql(queryOfDepth(11), {}, { as: userId });
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'DEPTH_LIMIT_EXCEEDED',
      limit: 10,
      actual: 11,
    });
    expect(refused.errors?.[0]?.message).toContain('depth limit is 10');
  });

  it('counts depth through fragments', async () => {
    const query = `query Deep { viewer { ...M } }
      fragment M on User { workspaceMemberships { edges { node { ...W } } } }
      fragment W on WorkspaceMember { workspace { members { edges { node { user { ...M } } } } } }`;
    const refused = await gql(query, {}, { as: userId });
    // The fragment cycle is refused too, but the depth (or cycle) rule never loops forever.
    expect(refused.status).toBe(400);
    const nested = `query Deep { viewer { ...A } }
      fragment A on User { workspaceMemberships { edges { node { ...B } } } }
      fragment B on WorkspaceMember { workspace { members { edges { node { ...C } } } } }
      fragment C on WorkspaceMember { user { workspaceMemberships { edges { cursor } } } }`;
    const deep = await gql(nested, {}, { as: userId });
    expect(codeOf(deep)).toBe('DEPTH_LIMIT_EXCEEDED');
    expect(deep.errors?.[0]?.message).toContain('Operation "Deep" is nested 11 levels deep');
  });

  it('counts introspection nesting against its own limit, which fits GraphiQL', async () => {
    const response = await gql(
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }',
      {},
      { as: userId },
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('aliases, directives, root fields, tokens', () => {
  const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ');

  it('allows 30 aliases and refuses 31 with ALIAS_LIMIT_EXCEEDED', async () => {
    expect((await gql(`{ ${aliases(15)} viewer { ${aliases(15)} } }`)).errors).toBeUndefined();
    const refused = await gql(`{ ${aliases(15)} viewer { ${aliases(16)} } }`);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'ALIAS_LIMIT_EXCEEDED',
      limit: 30,
      actual: 31,
    });
  });

  it('counts the aliases of a fragment once per spread', async () => {
    const refused = await gql(
      `{ ...F ... on Query { ...F } ... on Query { ...F } ... on Query { ...F } } fragment F on Query { ${aliases(8)} }`,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'ALIAS_LIMIT_EXCEEDED',
      actual: 32,
    });
  });

  it('allows 50 directives and refuses 51 with DIRECTIVE_LIMIT_EXCEEDED', async () => {
    const spreads = (n: number) => Array.from({ length: n }, () => '...F').join(' ');
    const fragment = 'fragment F on User { id @include(if: true) @skip(if: false) }';
    const ok = await gql(`{ viewer { ${spreads(25)} } } ${fragment}`, {}, { as: userId });
    expect(ok.errors).toBeUndefined();
    const refused = await gql(
      `{ viewer { ${spreads(25)} displayName @include(if: true) } } ${fragment}`,
      {},
      { as: userId },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'DIRECTIVE_LIMIT_EXCEEDED',
      limit: 50,
      actual: 51,
    });
  });

  it('allows 20 root fields in a query, 10 in a mutation, and refuses more', async () => {
    const roots = (n: number) => Array.from({ length: n }, () => '__typename').join(' ');
    expect((await gql(`{ ${roots(20)} }`)).errors).toBeUndefined();
    const query = await gql(`{ ${roots(21)} }`);
    expect(query.errors?.[0]?.extensions).toMatchObject({
      code: 'ROOT_FIELD_LIMIT_EXCEEDED',
      limit: 20,
      actual: 21,
    });
    const creates = Array.from(
      { length: 11 },
      (_, i) => `c${i}: createWorkspace(input: { name: "W${i}" }) { __typename }`,
    ).join(' ');
    const mutation = await gql(`mutation { ${creates} }`, {}, { as: userId });
    expect(mutation.errors?.[0]?.extensions).toMatchObject({
      code: 'ROOT_FIELD_LIMIT_EXCEEDED',
      limit: 10,
      actual: 11,
    });
  });

  it('refuses a document of more than 2,000 tokens with TOKEN_LIMIT_EXCEEDED', async () => {
    // 1,000 `__typename` fields plus the braces: 1,002 tokens, fine; 2,001 are not.
    const fields = (n: number) => Array.from({ length: n }, () => '__typename').join(' ');
    const ok = await gql(`query Many { ${fields(10)} } # ${'x'.repeat(50_000)}`);
    expect(ok.errors).toBeUndefined();
    const refused = await gql(`{ ${fields(2000)} }`);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'TOKEN_LIMIT_EXCEEDED',
      limit: 2000,
    });
    expect(refused.errors?.[0]?.message).toContain('token limit is 2000');
  });

  it('refuses batched requests (a JSON array of operations)', async () => {
    const response = await send('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toBe('Batching is not supported.');
  });
});

describe('cost', () => {
  const costly = (
    outer: number,
    inner: number,
  ) => `{ viewer { workspaceMemberships(first: ${outer}) { edges { node {
    workspace { members(first: ${inner}) { edges { node { user { workspaceMemberships(first: 1) { totalCount } } } } } }
  } } } } }`;
  // viewer 1 + memberships 1 + outer * (node 1 + workspace 1 + members 1 + inner * (node 1 + user 1 + memberships 1))
  const costOf = (outer: number, inner: number) => 2 + outer * (3 + inner * 3);

  it('computes the cost from the schema and reports it in extensions', async () => {
    const response = await gql(costly(10, 10), {}, { as: userId });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.cost).toEqual({ requested: costOf(10, 10), limit: 20000 });
  });

  it('costs the example of docs/integrators.md (TeammatesCost) 232, whatever the data', async () => {
    const example = docExamples('docs/integrators.md', integrators).examples.find((candidate) =>
      candidate.query.includes('query TeammatesCost'),
    );
    expect(example).toBeDefined();
    const response = await gql(example?.query ?? '', {}, { as: userId });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.cost).toMatchObject({ requested: 232 });
  });

  it('uses variables and their defaults for first/last', async () => {
    const query = `query ($n: Int = 7) { viewer { workspaceMemberships(first: $n) { edges { node { id } } } } }`;
    const byDefault = await gql(query, {}, { as: userId });
    expect(byDefault.extensions?.cost).toMatchObject({ requested: 2 + 7 });
    const byVariable = await gql(query, { n: 50 }, { as: userId });
    expect(byVariable.extensions?.cost).toMatchObject({ requested: 2 + 50 });
  });

  it('refuses an operation over the cost limit before any resolver runs', async () => {
    const baseline = await baselineStatements();
    const refused = await gql(costly(100, 100), {}, { as: userId });
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'COST_LIMIT_EXCEEDED',
      limit: 20000,
      actual: costOf(100, 100),
    });
    expect(refused.errors?.[0]?.message).toContain('the cost limit is 20000');
    expect(refused.extensions?.d1?.statements).toBe(baseline);
  });

  it('gives integrators a lower cap than first-party apps', async () => {
    const owner = await insertUser();
    const created = await gql<{ createApiToken: { data: { token: string } } }>(
      'mutation { createApiToken(input: { name: "cost", scopes: [READ] }) { ... on CreateApiTokenSuccess { data { token } } } }',
      {},
      { as: owner },
    );
    const token = created.data?.createApiToken.data.token as string;
    const query = costly(100, 40);
    expect(costOf(100, 40)).toBeGreaterThan(5000);
    const asUser = await gql(query, {}, { as: owner });
    expect(asUser.errors).toBeUndefined();
    const asIntegrator = await gql(query, {}, { token });
    expect(asIntegrator.errors?.[0]?.extensions).toMatchObject({
      code: 'COST_LIMIT_EXCEEDED',
      limit: 5000,
    });
    expect(asIntegrator.extensions?.cost).toEqual({ requested: costOf(100, 40), limit: 5000 });
  });

  it('takes the caps from MAX_OPERATION_COST and INTEGRATOR_MAX_OPERATION_COST', async () => {
    const response = await gqlWith(
      { MAX_OPERATION_COST: '100' },
      { query: costly(10, 10) },
      { headers: {} },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'COST_LIMIT_EXCEEDED',
      limit: 100,
    });
  });
});

describe('introspection and suggestions', () => {
  const schemaQuery = { query: '{ __schema { queryType { name } } }' };

  it('allows introspection to everyone in development and tests', async () => {
    expect((await gql(schemaQuery.query)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('refuses it outside development unless the viewer is an admin', async () => {
    const anonymous = await gqlWith(PRODUCTION, schemaQuery);
    expect(anonymous.status).toBe(403);
    expect(codeOf(anonymous)).toBe('INTROSPECTION_DISABLED');
    const user = await gqlWith(PRODUCTION, schemaQuery, { token: await tokenFor(userId) });
    expect(codeOf(user)).toBe('INTROSPECTION_DISABLED');
    const typeQuery = await gqlWith(PRODUCTION, {
      query: 'query { ...T } fragment T on Query { __type(name: "User") { name } }',
    });
    expect(codeOf(typeQuery)).toBe('INTROSPECTION_DISABLED');
    const admin = await gqlWith(PRODUCTION, schemaQuery, { token: await tokenFor(adminId) });
    expect(admin.errors).toBeUndefined();
    expect(admin.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    // __typename is not introspection.
    expect((await gqlWith(PRODUCTION, { query: '{ __typename }' })).data).toEqual({
      __typename: 'Query',
    });
  });

  it('opens introspection to all with ALLOW_INTROSPECTION=true', async () => {
    const response = await gqlWith({ ...PRODUCTION, ALLOW_INTROSPECTION: 'true' }, schemaQuery);
    expect(response.errors).toBeUndefined();
  });

  it('suggests field names only in development', async () => {
    const inTest = await gql('{ viewr { id } }');
    expect(inTest.errors?.[0]?.message).toContain('Did you mean "viewer"?');
    const inProduction = await gqlWith(PRODUCTION, { query: '{ viewr { id } }' });
    expect(inProduction.status).toBe(400);
    expect(inProduction.errors?.[0]?.message).toBe('Cannot query field "viewr" on type "Query".');
    const enumValue = await gqlWith(
      PRODUCTION,
      { query: 'mutation { createApiToken(input: { name: "x", scopes: [REED] }) { __typename } }' },
      { token: await tokenFor(userId) },
    );
    expect(enumValue.errors?.[0]?.message).not.toContain('Did you mean');
    expect(enumValue.errors?.[0]?.message).toContain('REED');
  });
});

describe('cost and rate budget in every response', () => {
  it('puts cost and the rate budget into extensions, errors included', async () => {
    for (const query of ['{ __typename }', '{ viewr }', '{ viewer { ']) {
      const response = await gql(query, {}, { as: userId });
      expect(response.extensions?.cost).toMatchObject({ limit: 20000 });
      expect(response.extensions?.rateLimit).toMatchObject({ limit: 100000 });
      expect(typeof response.extensions?.requestId).toBe('string');
    }
  });

  it('answers Query.rateLimit with the operation cost and the remaining budget', async () => {
    const response = await gql<{
      rateLimit: {
        cost: { requested: number; limit: number };
        budget: { limit: number; remaining: number; resetSeconds: number };
      };
    }>(
      '{ rateLimit { cost { requested limit } budget { limit remaining resetSeconds } } }',
      {},
      {
        as: userId,
      },
    );
    expect(response.errors).toBeUndefined();
    const { cost, budget } = response.data?.rateLimit ?? {};
    expect(cost).toEqual({ requested: 3, limit: 20000 });
    expect(cost).toEqual(response.extensions?.cost);
    expect(budget).toEqual(response.extensions?.rateLimit);
    expect(budget?.limit).toBe(100000);
    expect(Number(response.headers.get('RateLimit-Remaining'))).toBe(budget?.remaining);
  });
});
