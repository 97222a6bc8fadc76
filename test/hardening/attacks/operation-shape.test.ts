import { afterAll, beforeAll, describe, it } from 'vitest';
import { send } from '../../helpers/client';
import { queryOfDepth, sendWith } from '../helpers';
import { attack, CREATE_WORKSPACE, cast, json, post, reportAttacks, setUpAttacks } from './harness';

// Operation-shape attacks: documents built to cost the server (deep nesting, alias, directive and
// fragment floods, batches, giant pages, huge bodies). Each is refused before it runs.

beforeAll(setUpAttacks, 30_000);
afterAll(() => reportAttacks('operation shape'));

describe('operation shape attacks', () => {
  it('deep nesting', async () => {
    for (const depth of [11, 25, 100, 300]) {
      await attack({
        category: 'deep nesting',
        name: `depth ${depth}`,
        send: () => post(queryOfDepth(depth), cast.asAttacker),
        codes: ['DEPTH_LIMIT_EXCEEDED', 'TOKEN_LIMIT_EXCEEDED'],
        statuses: [400],
      });
    }
    await attack({
      category: 'deep nesting',
      name: 'nesting through chained fragments',
      send: () =>
        post(
          `{ viewer { ...F0 } } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on User { workspaceMemberships { edges { node { user { ...F${i + 1} } } } } }`).join(' ')} fragment F12 on User { id }`,
          cast.asAttacker,
        ),
      codes: ['DEPTH_LIMIT_EXCEEDED'],
      statuses: [400],
    });
    await attack({
      category: 'deep nesting',
      name: 'deep mutation selection',
      send: () =>
        post(
          `mutation { createWorkspace(input: { name: "deep" }) { ... on CreateWorkspaceSuccess { data { owner { workspaceMemberships { edges { node { workspace { members { edges { node { user { workspaceMemberships { edges { node { id } } } } } } } } } } } } } } } }`,
          cast.asAttacker,
        ),
      codes: ['DEPTH_LIMIT_EXCEEDED'],
      statuses: [400],
    });
  });

  it('alias overloading', async () => {
    const aliased = (n: number, field: string) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    for (const [n, field] of [
      [31, '__typename'],
      [200, 'viewer { id }'],
      [600, '__typename'],
      [1000, 'viewer { displayName }'],
    ] as const) {
      await attack({
        category: 'alias overloading',
        name: `${n} aliases of ${field}`,
        send: () => post(aliased(n, field), cast.asAttacker),
        codes: ['ALIAS_LIMIT_EXCEEDED', 'TOKEN_LIMIT_EXCEEDED'],
        statuses: [400],
      });
    }
    await attack({
      category: 'alias overloading',
      name: 'few aliases of a costly connection',
      send: () =>
        post(
          aliased(
            20,
            'viewer { workspaceMemberships(first: 100) { edges { node { workspace { members(first: 100) { edges { node { id } } } } } } } }',
          ),
          cast.asAttacker,
        ),
      codes: ['COST_LIMIT_EXCEEDED'],
      statuses: [400],
    });
    await attack({
      category: 'alias overloading',
      name: 'aliased mutations',
      send: () =>
        post(
          `mutation { ${Array.from({ length: 40 }, (_, i) => `m${i}: createWorkspace(input: { name: "w${i}" }) { __typename }`).join(' ')} }`,
          cast.asAttacker,
        ),
      codes: ['ALIAS_LIMIT_EXCEEDED', 'ROOT_FIELD_LIMIT_EXCEEDED'],
      statuses: [400],
    });
  });

  it('introspection amplification (where introspection is open, as on staging)', async () => {
    const staging = {
      ENVIRONMENT: 'staging',
      ALLOW_INTROSPECTION: 'true',
      TRUSTED_DOCUMENTS_ONLY: 'false',
    };
    const TYPES = 'types { fields { name description args { name description } } }';
    const many = (n: number, make: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => make(i)).join(' ');
    const cases: [string, string, string[]][] = [
      [
        '31 aliases inside __schema',
        `{ __schema { ${many(31, (i) => `t${i}: types { name }`)} } }`,
        ['ALIAS_LIMIT_EXCEEDED'],
      ],
      [
        '25 aliases of every field with its arguments',
        `{ __schema { ${many(25, (i) => `t${i}: ${TYPES}`)} } }`,
        ['INTROSPECTION_LIMIT_EXCEEDED'],
      ],
      [
        '20 root aliases of __schema',
        `{ ${many(20, (i) => `s${i}: __schema { ${TYPES} }`)} }`,
        ['INTROSPECTION_LIMIT_EXCEEDED'],
      ],
      [
        'aliases through a fragment spread many times',
        `{ __schema { ${many(10, (i) => `t${i}: types { ...F }`)} } } fragment F on __Type { fields { a: name b: description args { name description } } }`,
        ['INTROSPECTION_LIMIT_EXCEEDED'],
      ],
      [
        'ofType nested 30 levels',
        `{ __schema { types { fields { type ${'{ ofType '.repeat(30)}{ name }${' }'.repeat(30)} } } } }`,
        ['DEPTH_LIMIT_EXCEEDED'],
      ],
    ];
    for (const [name, query, codes] of cases) {
      await attack({
        category: 'introspection amplification',
        name,
        send: () => sendWith(staging, '/graphql', json({ query })),
        codes,
        statuses: [400],
      });
    }
  });

  it('fragment cycles and fragment bombs', async () => {
    const cases: [string, string, string[]][] = [
      ['self cycle', '{ ...A } fragment A on Query { ...A }', ['GRAPHQL_VALIDATION_FAILED']],
      [
        'two-fragment cycle',
        '{ viewer { ...A } } fragment A on User { id ...B } fragment B on User { displayName ...A }',
        ['GRAPHQL_VALIDATION_FAILED'],
      ],
      [
        'long cycle',
        `{ ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { __typename ...F${(i + 1) % 30} }`).join(' ')}`,
        ['GRAPHQL_VALIDATION_FAILED'],
      ],
      [
        'billion laughs (aliases doubling per level)',
        `{ ...L20 } fragment L0 on Query { a: __typename } ${Array.from({ length: 20 }, (_, i) => `fragment L${i + 1} on Query { ...L${i} ...L${i} }`).join(' ')}`,
        ['ALIAS_LIMIT_EXCEEDED'],
      ],
      [
        'billion laughs (root fields doubling per level)',
        `{ ...L25 } fragment L0 on Query { __typename } ${Array.from({ length: 25 }, (_, i) => `fragment L${i + 1} on Query { ...L${i} ...L${i} }`).join(' ')}`,
        ['ROOT_FIELD_LIMIT_EXCEEDED'],
      ],
      [
        'billion laughs (directives doubling per level)',
        `{ viewer { ...D20 } } fragment D0 on User { id @include(if: true) } ${Array.from({ length: 20 }, (_, i) => `fragment D${i + 1} on User { ...D${i} ...D${i} }`).join(' ')}`,
        ['DIRECTIVE_LIMIT_EXCEEDED'],
      ],
    ];
    for (const [name, query, codes] of cases) {
      await attack({
        category: 'fragment cycles',
        name,
        send: () => post(query, cast.asAttacker),
        codes,
        statuses: [400],
      });
    }
  });

  it('directive overloading', async () => {
    const cases: [string, string, string[]][] = [
      [
        '51 @include on one field',
        `{ __typename ${'@include(if: true) '.repeat(51)} }`,
        ['DIRECTIVE_LIMIT_EXCEEDED'],
      ],
      [
        '600 unknown directives',
        `{ __typename ${'@a '.repeat(600)} }`,
        ['DIRECTIVE_LIMIT_EXCEEDED'],
      ],
      ['5,000 unknown directives', `{ __typename ${'@a'.repeat(5000)} }`, ['TOKEN_LIMIT_EXCEEDED']],
      [
        'directives on every spread',
        `{ viewer { ${'...F @skip(if: false) '.repeat(30)} } } fragment F on User { id @include(if: true) }`,
        ['DIRECTIVE_LIMIT_EXCEEDED'],
      ],
    ];
    for (const [name, query, codes] of cases) {
      await attack({
        category: 'directive overloading',
        name,
        send: () => post(query, cast.asAttacker),
        codes,
        statuses: [400],
      });
    }
  });

  it('batched-operation floods', async () => {
    for (const n of [2, 10, 1000]) {
      await attack({
        category: 'batched operations',
        name: `JSON array of ${n} mutations`,
        send: () =>
          send(
            '/graphql',
            json(
              Array.from({ length: n }, () => ({ query: CREATE_WORKSPACE })),
              cast.asAttacker,
            ),
          ),
        codes: ['BAD_REQUEST'],
        statuses: [400],
      });
    }
    await attack({
      category: 'batched operations',
      name: '25 root mutations in one operation',
      send: () =>
        post(
          `mutation { ${'createWorkspace(input: { name: "flood" }) { __typename } '.repeat(25)} }`,
          cast.asAttacker,
        ),
      codes: ['ROOT_FIELD_LIMIT_EXCEEDED'],
      statuses: [400],
    });
    await attack({
      category: 'batched operations',
      name: '300 operations in one document, none named',
      send: () =>
        post(
          Array.from({ length: 300 }, (_, i) => `query Q${i} { __typename }`).join(' '),
          cast.asAttacker,
        ),
      codes: ['OPERATION_RESOLUTION_FAILURE'],
      statuses: [400],
    });
    await attack({
      category: 'batched operations',
      name: 'several mutations, no operation name',
      send: () =>
        post(
          `mutation A { ${CREATE_WORKSPACE.slice(11, -2)} } mutation B { ${CREATE_WORKSPACE.slice(11, -2)} }`,
          cast.asAttacker,
        ),
      codes: ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'],
      statuses: [400],
    });
  });

  it('giant first/last', async () => {
    const page = (args: string) =>
      `{ viewer { workspaceMemberships(${args}) { edges { node { workspace { members(first: 100) { edges { node { id } } } } } } } } }`;
    for (const [name, query, variables, codes] of [
      ['first: 100000', page('first: 100000'), {}, ['COST_LIMIT_EXCEEDED']],
      ['last: 2147483647', page('last: 2147483647'), {}, ['COST_LIMIT_EXCEEDED']],
      ['first beyond Int', page('first: 99999999999'), {}, ['GRAPHQL_VALIDATION_FAILED']],
      [
        'first from a variable',
        'query ($n: Int) { viewer { workspaceMemberships(first: $n) { edges { node { id } } } } }',
        { n: 1_000_000 },
        ['COST_LIMIT_EXCEEDED'],
      ],
      [
        'first as a string variable',
        'query ($n: Int) { viewer { workspaceMemberships(first: $n) { totalCount } } }',
        { n: '1e9' },
        ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'],
      ],
      [
        'first: 101',
        '{ viewer { workspaceMemberships(first: 101) { totalCount } } }',
        {},
        ['VALIDATION_FAILED'],
      ],
      [
        'first: -1',
        '{ viewer { workspaceMemberships(first: -1) { totalCount } } }',
        {},
        ['VALIDATION_FAILED'],
      ],
      [
        'nodes with 500 ids',
        `{ nodes(ids: [${Array.from({ length: 500 }, () => `"${btoa(`User:${cast.attacker}`)}"`).join(',')}]) { id } }`,
        {},
        ['LIST_LIMIT_EXCEEDED'],
      ],
      [
        'nodes with 2,000 ids in a variable',
        'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids: Array.from({ length: 2000 }, () => btoa(`User:${cast.attacker}`)) },
        ['LIST_LIMIT_EXCEEDED'],
      ],
    ] as const) {
      await attack({
        category: 'giant first',
        name,
        send: () => post(query, cast.asAttacker, variables),
        codes: [...codes],
      });
    }
  });

  it('huge documents and bodies', async () => {
    const big = `{ ${'__typename '.repeat(2500)} }`;
    const cases: [string, () => Promise<Response>, string[], number[]][] = [
      ['2,500 fields', () => post(big, cast.asAttacker), ['TOKEN_LIMIT_EXCEEDED'], [400]],
      [
        '150 KB body',
        () => post(`{ __typename } # ${'x'.repeat(150_000)}`, cast.asAttacker),
        ['REQUEST_ENTITY_TOO_LARGE'],
        [413],
      ],
      [
        '5 MB body',
        () => post(`{ __typename } # ${'x'.repeat(5_000_000)}`, cast.asAttacker),
        ['REQUEST_ENTITY_TOO_LARGE'],
        [413],
      ],
      [
        '150 KB streamed without Content-Length',
        () => {
          const bytes = new TextEncoder().encode(
            JSON.stringify({ query: `{ __typename } # ${'x'.repeat(150_000)}` }),
          );
          return send('/graphql', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...cast.asAttacker },
            body: new ReadableStream({
              start(controller) {
                controller.enqueue(bytes);
                controller.close();
              },
            }),
          });
        },
        ['REQUEST_ENTITY_TOO_LARGE'],
        [413],
      ],
      [
        '150 KB of variables',
        () => post(CREATE_WORKSPACE, cast.asAttacker, { padding: 'x'.repeat(150_000) }),
        ['REQUEST_ENTITY_TOO_LARGE'],
        [413],
      ],
      [
        'lying Content-Length',
        () =>
          send('/graphql', {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'Content-Length': '999999999',
              ...cast.asAttacker,
            },
            body: JSON.stringify({ query: CREATE_WORKSPACE }),
          }),
        ['REQUEST_ENTITY_TOO_LARGE', 'BAD_REQUEST'],
        [400, 413],
      ],
    ];
    for (const [name, sendIt, codes, statuses] of cases) {
      await attack({ category: 'huge documents', name, send: sendIt, codes, statuses });
    }
  });
});
