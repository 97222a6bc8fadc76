import { env } from 'cloudflare:workers';
import {
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestApiToken } from '../../src/auth/api-tokens';
import { randomToken } from '../../src/resolvers/ids';
import { schema } from '../../src/schema';
import { send, tokenFor } from '../helpers/client';
import { TEST_JWT_SECRET } from '../helpers/secrets';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';
import { liftRateLimit, queryOfDepth, sendWith } from './helpers';

/*
 * The attack suite: requests shaped the way real GraphQL attacks are, sent through the Worker's
 * fetch. Each must be answered without a 5xx, with a clear typed error (`extensions.code`),
 * without stack traces or SQL in the body, and, when refused, with every table of the database
 * exactly as it was (row count and a checksum of the rows).
 */

// ---------------------------------------------------------------------------------------------
// The database fingerprint

interface TableState {
  count: number;
  checksum: string;
}
type Fingerprint = Map<string, TableState>;

let tables: string[] = [];

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every table's row count and a checksum of its rows: one batch, one round trip. */
async function fingerprint(): Promise<Fingerprint> {
  const results = await env.DB.batch(
    tables.map((table) => env.DB.prepare(`SELECT * FROM "${table}"`)),
  );
  const state: Fingerprint = new Map();
  for (const [index, table] of tables.entries()) {
    const rows = (results[index]?.results ?? []).map((row) => JSON.stringify(row)).sort();
    state.set(table, { count: rows.length, checksum: await sha256Hex(rows.join('\n')) });
  }
  return state;
}

function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return tables.filter(
    (table) =>
      before.get(table)?.count !== after.get(table)?.count ||
      before.get(table)?.checksum !== after.get(table)?.checksum,
  );
}

/** Waits until nothing writes any more (queue consumers and waitUntil work of an accepted write). */
async function settled(): Promise<Fingerprint> {
  let previous = await fingerprint();
  const started = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const current = await fingerprint();
    if (changedTables(previous, current).length === 0 && Date.now() - started >= 1200) {
      return current;
    }
    previous = current;
  }
}

// ---------------------------------------------------------------------------------------------
// What every answer must look like

const STACK_OR_SQL =
  /SQLITE|D1_ERROR|\bselect\b[^"]{0,200}\bfrom\b|\binsert\s+into\b|\bdelete\s+from\b|\bupdate\s+"?\w+"?\s+set\b|\bat\s+[\w.$<>]+\s+\(|\.[jt]s:\d+:\d+|"stack"/i;

/** Payloads the attacks send: a response may quote them back, which is not a leak. */
const echoes: string[] = [];

function withoutEchoes(text: string): string {
  let cleaned = text;
  for (const payload of echoes) {
    // Quoted back raw, JSON-escaped, or escaped twice (a message quoting the value, in JSON).
    const once = JSON.stringify(payload).slice(1, -1);
    for (const form of [JSON.stringify(once).slice(1, -1), once, payload]) {
      cleaned = cleaned.split(form).join('');
    }
  }
  return cleaned;
}

interface Answer {
  status: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message?: string; extensions?: { code?: unknown } }[];
  } | null;
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = null;
  }
  return { status: response.status, text, body };
}

/** The typed error of an answer: a top-level error's code, or a mutation's error result. */
function errorCodes(answer: Answer): string[] {
  const codes = (answer.body?.errors ?? [])
    .map((error) => error.extensions?.code)
    .filter((code): code is string => typeof code === 'string' && code.length > 0);
  for (const value of Object.values(answer.body?.data ?? {})) {
    const result = value as { __typename?: string; code?: unknown } | null;
    if (result && typeof result.code === 'string') codes.push(result.code);
  }
  return codes;
}

// ---------------------------------------------------------------------------------------------
// Running attacks

interface Attack {
  category: string;
  name: string;
  send: () => Promise<Response>;
  /** Codes any of which proves the right defence answered. */
  codes: string[];
  /** HTTP statuses allowed (default: any below 500). */
  statuses?: number[];
}

const ran = new Map<string, number>();
let refusedCount = 0;
let acceptedCount = 0;
const acceptedCases: string[] = [];
let baseline: Fingerprint;

async function attack(a: Attack): Promise<void> {
  const answer = await answerOf(await a.send());
  const label = `${a.category}: ${a.name}`;
  ran.set(a.category, (ran.get(a.category) ?? 0) + 1);
  expect(answer.status, `${label} -> ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  if (a.statuses) expect(a.statuses, label).toContain(answer.status);
  expect(withoutEchoes(answer.text), label).not.toMatch(STACK_OR_SQL);
  const codes = errorCodes(answer);
  expect(
    codes.some((code) => a.codes.includes(code)),
    `${label}: expected one of ${a.codes.join(', ')}, got ${codes.join(', ') || 'none'}: ${answer.text.slice(0, 300)}`,
  ).toBe(true);
  const after = await fingerprint();
  expect(changedTables(baseline, after), `${label} wrote to the database`).toEqual([]);
  refusedCount += 1;
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const post = (query: string, headers: Record<string, string> = {}, variables = {}) =>
  send('/graphql', json({ query, variables }, headers));

let addresses = 0;
/**
 * A client address of its own: each credential attack is judged by itself, not by the budget of
 * failed authentications its neighbours spent from the same address (that budget has its attack).
 */
function ownAddress(): Record<string, string> {
  addresses += 1;
  return { 'CF-Connecting-IP': `100.64.${Math.floor(addresses / 250)}.${addresses % 250}` };
}

// ---------------------------------------------------------------------------------------------
// The cast

let attacker: string;
let attackerWorkspace: string;
let asAttacker: Record<string, string>;
let readToken: string;
let writeToken: string;
let revokedToken: string;
let expiredToken: string;

async function insertToken(userId: string, scopes: 'read' | 'read,write', extra = '') {
  const token = `gwt_${randomToken(40)}`;
  await env.DB.prepare(
    `INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix, scopes, last_used_at, revoked_at, expires_at) VALUES (?, ?, 'attack', ?, ?, ?, ?, ${extra || 'NULL, NULL'})`,
  )
    .bind(
      uid('tok'),
      userId,
      await digestApiToken(token),
      token.slice(0, 10),
      scopes,
      new Date().toISOString(),
    )
    .run();
  return token;
}

beforeAll(async () => {
  const names = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  tables = names.results.map((row) => row.name);
  await liftRateLimit();
  attacker = await insertUser({ displayName: 'Mallory' });
  attackerWorkspace = await insertWorkspace(attacker, 'Mallory HQ');
  asAttacker = { Authorization: `Bearer ${await tokenFor(attacker)}` };
  // last_used_at is fresh: authenticating with these tokens writes nothing for a minute.
  readToken = await insertToken(attacker, 'read');
  writeToken = await insertToken(attacker, 'read,write');
  revokedToken = await insertToken(attacker, 'read,write', "'2020-01-01T00:00:00.000Z', NULL");
  expiredToken = await insertToken(attacker, 'read,write', "NULL, '2020-01-01T00:00:00.000Z'");
  baseline = await settled();
}, 30_000);

afterAll(() => {
  const total = [...ran.values()].reduce((sum, n) => sum + n, 0);
  const byCategory = [...ran.entries()].map(([category, n]) => `${category} ${n}`).join(', ');
  console.log(
    `Attack suite: ${total} attacks ran (${refusedCount} refused with the database unchanged, ${acceptedCount} accepted as harmless writes): ${byCategory}`,
  );
  if (acceptedCases.length > 0) {
    console.log(`Accepted (payload stored as text): ${acceptedCases.join(', ')}`);
  }
});

const CREATE_WORKSPACE = 'mutation { createWorkspace(input: { name: "pwned" }) { __typename } }';

// ---------------------------------------------------------------------------------------------

describe('operation shape attacks', () => {
  it('deep nesting', async () => {
    for (const depth of [11, 25, 100, 300]) {
      await attack({
        category: 'deep nesting',
        name: `depth ${depth}`,
        send: () => post(queryOfDepth(depth), asAttacker),
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
          asAttacker,
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
          asAttacker,
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
        send: () => post(aliased(n, field), asAttacker),
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
          asAttacker,
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
          asAttacker,
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
        send: () => post(query, asAttacker),
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
        send: () => post(query, asAttacker),
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
              asAttacker,
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
          asAttacker,
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
          asAttacker,
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
          asAttacker,
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
        `{ nodes(ids: [${Array.from({ length: 500 }, () => `"${btoa(`User:${attacker}`)}"`).join(',')}]) { id } }`,
        {},
        ['LIST_LIMIT_EXCEEDED'],
      ],
      [
        'nodes with 2,000 ids in a variable',
        'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids: Array.from({ length: 2000 }, () => btoa(`User:${attacker}`)) },
        ['LIST_LIMIT_EXCEEDED'],
      ],
    ] as const) {
      await attack({
        category: 'giant first',
        name,
        send: () => post(query, asAttacker, variables),
        codes: [...codes],
      });
    }
  });

  it('huge documents and bodies', async () => {
    const big = `{ ${'__typename '.repeat(2500)} }`;
    const cases: [string, () => Promise<Response>, string[], number[]][] = [
      ['2,500 fields', () => post(big, asAttacker), ['TOKEN_LIMIT_EXCEEDED'], [400]],
      [
        '150 KB body',
        () => post(`{ __typename } # ${'x'.repeat(150_000)}`, asAttacker),
        ['REQUEST_ENTITY_TOO_LARGE'],
        [413],
      ],
      [
        '5 MB body',
        () => post(`{ __typename } # ${'x'.repeat(5_000_000)}`, asAttacker),
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
            headers: { 'Content-Type': 'application/json', ...asAttacker },
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
        () => post(CREATE_WORKSPACE, asAttacker, { padding: 'x'.repeat(150_000) }),
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
              ...asAttacker,
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

describe('transport attacks', () => {
  it('malformed JSON', async () => {
    for (const raw of [
      '{',
      '{"query": ',
      '{"query": "{ __typename }",}',
      "{'query': '{ __typename }'}",
      'nul',
      '[',
      '"just a string"',
      '42',
      'null',
      '{"query": {"$ne": null}}',
      '{"query": "mutation { createWorkspace(input: { name: \\"x\\" }) { __typename } }", "variables": "oops"}',
      '{"query": "{ __typename }", "extensions": [1]}',
      '{"query": "{ __typename }", "__proto__": {"admin": true}}',
      '\u0000\u0001\u0002',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
    ]) {
      await attack({
        category: 'malformed JSON',
        name: JSON.stringify(raw.slice(0, 40)),
        send: () => send('/graphql', json(raw, asAttacker)),
        codes: ['BAD_REQUEST'],
        statuses: [400],
      });
    }
    await attack({
      category: 'malformed JSON',
      name: 'bad JSON in GET variables',
      send: () =>
        send('/graphql?query={__typename}&variables={"a":', {
          headers: { 'x-graphql-yoga-csrf': '1', ...asAttacker },
        }),
      codes: ['BAD_REQUEST'],
      statuses: [400],
    });
  });

  it('wrong content types and methods', async () => {
    const body = JSON.stringify({ query: CREATE_WORKSPACE });
    const cases: [string, RequestInit, string[], number[]][] = [
      [
        'text/plain (CSRF)',
        { method: 'POST', headers: { 'Content-Type': 'text/plain', ...asAttacker }, body },
        ['CSRF_HEADER_REQUIRED'],
        [403],
      ],
      [
        'no content type (CSRF)',
        { method: 'POST', headers: asAttacker, body },
        ['CSRF_HEADER_REQUIRED'],
        [403],
      ],
      [
        'form body (CSRF)',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...asAttacker },
          body: `query=${encodeURIComponent(CREATE_WORKSPACE)}`,
        },
        ['CSRF_HEADER_REQUIRED'],
        [403],
      ],
      [
        'multipart upload',
        {
          method: 'POST',
          headers: {
            'Content-Type': 'multipart/form-data; boundary=x',
            'x-graphql-yoga-csrf': '1',
            ...asAttacker,
          },
          body: `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${body}\r\n--x--`,
        },
        ['UNSUPPORTED_MEDIA_TYPE'],
        [415],
      ],
      [
        'application/xml',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/xml', ...asAttacker },
          body: '<query/>',
        },
        ['UNSUPPORTED_MEDIA_TYPE'],
        [415],
      ],
      [
        'image/png',
        {
          method: 'POST',
          headers: { 'Content-Type': 'image/png', ...asAttacker },
          body: '\u0089PNG',
        },
        ['UNSUPPORTED_MEDIA_TYPE'],
        [415],
      ],
      [
        'Accept: image/png',
        json({ query: CREATE_WORKSPACE }, { Accept: 'image/png', ...asAttacker }),
        ['NOT_ACCEPTABLE'],
        [406],
      ],
      [
        'PUT',
        { method: 'PUT', headers: { 'Content-Type': 'application/json', ...asAttacker }, body },
        ['BAD_REQUEST'],
        [405],
      ],
      ['DELETE', { method: 'DELETE', headers: asAttacker }, ['BAD_REQUEST'], [405]],
      [
        'mutation over GET',
        { headers: { 'x-graphql-yoga-csrf': '1', ...asAttacker } },
        ['BAD_REQUEST'],
        [405],
      ],
      [
        'mutation over GET without CSRF header',
        { headers: asAttacker },
        ['CSRF_HEADER_REQUIRED'],
        [403],
      ],
    ];
    for (const [name, init, codes, statuses] of cases) {
      const path = name.startsWith('mutation over GET')
        ? `/graphql?query=${encodeURIComponent(CREATE_WORKSPACE)}`
        : '/graphql';
      await attack({
        category: 'wrong content types',
        name,
        send: () => send(path, init),
        codes,
        statuses,
      });
    }
  });
});

describe('credential attacks', () => {
  it('forged, expired and wrongly signed JWTs', async () => {
    const now = Math.floor(Date.now() / 1000);
    const sign = (alg: string, secret: string, claims: Record<string, unknown> = {}) =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg })
        .setSubject(attacker)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(secret));
    const unsigned = new UnsecuredJWT({}).setSubject(attacker).setExpirationTime('1h').encode();
    const valid = await tokenFor(attacker);
    const [header, payload] = valid.split('.') as [string, string];
    const adminPayload = btoa(JSON.stringify({ sub: 'usr_demo_admin', exp: now + 3600 }))
      .replaceAll('=', '')
      .replaceAll('+', '-')
      .replaceAll('/', '_');
    const cases: [string, string, string[]][] = [
      ['alg none', unsigned, ['UNAUTHENTICATED']],
      ['alg none with a signature', `${unsigned}${'A'.repeat(43)}`, ['UNAUTHENTICATED']],
      ['HS512 with the right secret', await sign('HS512', TEST_JWT_SECRET), ['UNAUTHENTICATED']],
      [
        'HS256 with a wrong secret',
        await sign('HS256', 'not-the-secret-0123456789abcdef0123456789'),
        ['UNAUTHENTICATED'],
      ],
      ['HS256 with an empty-ish secret', await sign('HS256', 'x'), ['UNAUTHENTICATED']],
      ['expired', await tokenFor(attacker, '-1h'), ['TOKEN_EXPIRED']],
      [
        'not yet valid',
        await sign('HS256', TEST_JWT_SECRET, { nbf: now + 3600 }),
        ['UNAUTHENTICATED'],
      ],
      [
        'payload swapped for an admin',
        `${header}.${adminPayload}.${valid.split('.')[2]}`,
        ['UNAUTHENTICATED'],
      ],
      ['signature stripped', `${header}.${payload}.`, ['UNAUTHENTICATED']],
      [
        'RS256 header',
        `${btoa('{"alg":"RS256","typ":"JWT"}').replaceAll('=', '')}.${payload}.${'A'.repeat(342)}`,
        ['UNAUTHENTICATED'],
      ],
      ['garbage', 'not.a.jwt', ['UNAUTHENTICATED']],
      ['SQL in the token', "' OR 1=1 --", ['UNAUTHENTICATED']],
    ];
    for (const [name, token, codes] of cases) {
      await attack({
        category: 'forged JWTs',
        name,
        send: () => post(CREATE_WORKSPACE, { Authorization: `Bearer ${token}`, ...ownAddress() }),
        codes,
        statuses: [401],
      });
    }
    for (const [name, value] of [
      ['Basic scheme', `Basic ${btoa('admin:admin')}`],
      ['two tokens', `Bearer ${valid} ${valid}`],
      ['8 KB header', `Bearer ${'a'.repeat(8192)}`],
    ] as const) {
      await attack({
        category: 'forged JWTs',
        name,
        send: () => post(CREATE_WORKSPACE, { Authorization: value, ...ownAddress() }),
        codes: ['UNAUTHENTICATED'],
        statuses: [401],
      });
    }
  });

  it('revoked, expired, guessed and under-scoped API tokens', async () => {
    const tampered = `${writeToken.slice(0, -1)}${writeToken.endsWith('A') ? 'B' : 'A'}`;
    const cases: [string, string, string[], number][] = [
      ['revoked token', revokedToken, ['TOKEN_REVOKED'], 401],
      ['expired token', expiredToken, ['TOKEN_EXPIRED'], 401],
      ['one character changed', tampered, ['UNAUTHENTICATED'], 401],
      ['guessed token', `gwt_${randomToken(40)}`, ['UNAUTHENTICATED'], 401],
      ['token too short', 'gwt_abc', ['UNAUTHENTICATED'], 401],
      ['SQL after the prefix', "gwt_' OR '1'='1", ['UNAUTHENTICATED'], 401],
      ['READ token running a mutation', readToken, ['FORBIDDEN'], 200],
    ];
    for (const [name, token, codes, status] of cases) {
      await attack({
        category: 'API tokens',
        name,
        send: () =>
          post(CREATE_WORKSPACE.replace('__typename', '__typename ... on Error { code }'), {
            Authorization: `Bearer ${token}`,
            ...ownAddress(),
          }),
        codes,
        statuses: [status],
      });
    }
    await attack({
      category: 'API tokens',
      name: 'WRITE token minting more tokens',
      send: () =>
        post(
          'mutation { createApiToken(input: { name: "escalate", scopes: [WRITE] }) { __typename ... on Error { code } } }',
          { Authorization: `Bearer ${writeToken}` },
        ),
      codes: ['FORBIDDEN'],
    });
    await attack({
      category: 'API tokens',
      name: 'token of a user granting itself admin',
      send: () =>
        post(
          `mutation { grantAdminRole(input: { userId: "${btoa(`User:${attacker}`)}", role: OWNER }) { __typename ... on Error { code } } }`,
          { Authorization: `Bearer ${writeToken}` },
        ),
      codes: ['FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED'],
    });
  });

  it('trusted documents and introspection in production', async () => {
    const production = { ENVIRONMENT: 'production', TRUSTED_DOCUMENTS_ONLY: 'true' };
    const cases: [string, Record<string, unknown>, Record<string, string>, string[]][] = [
      [
        'arbitrary mutation from a user',
        { query: CREATE_WORKSPACE },
        asAttacker,
        ['PERSISTED_QUERY_REQUIRED'],
      ],
      ['unknown hash', { documentId: 'f'.repeat(64) }, asAttacker, ['PERSISTED_QUERY_NOT_FOUND']],
      [
        'path in documentId',
        { documentId: '../../wrangler.toml' },
        asAttacker,
        ['PERSISTED_QUERY_NOT_FOUND'],
      ],
      [
        '__proto__ as documentId',
        { documentId: '__proto__' },
        asAttacker,
        ['PERSISTED_QUERY_NOT_FOUND'],
      ],
      [
        'hash of a document plus a different query',
        {
          query: CREATE_WORKSPACE,
          extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
        },
        asAttacker,
        ['PERSISTED_QUERY_NOT_FOUND'],
      ],
      [
        'introspection by a user',
        { query: '{ __schema { types { name } } }' },
        asAttacker,
        ['INTROSPECTION_DISABLED'],
      ],
    ];
    for (const [name, body, headers, codes] of cases) {
      const vars = name.startsWith('introspection') ? { ENVIRONMENT: 'production' } : production;
      await attack({
        category: 'trusted documents',
        name,
        send: () => sendWith(vars, '/graphql', json(body, headers)),
        codes,
      });
    }
  });

  it('guessing invite tokens from one address', async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    let last: Response | null = null;
    for (let i = 0; i < 61 && last?.status !== 429; i += 1) {
      last = await send(`/i/${randomToken(32)}`, { headers: { 'CF-Connecting-IP': ip } });
      expect(last.status).toBeLessThan(500);
      if (last.status !== 429) await last.body?.cancel();
    }
    const final = last as Response;
    await attack({
      category: 'invite token guessing',
      name: '61 guesses from one address',
      send: async () => final,
      codes: ['RATE_LIMITED'],
      statuses: [429],
    });
  });

  it('guessing API tokens and forging JWTs from one address', async () => {
    for (const [name, guess] of [
      ['41 guessed API tokens', () => `gwt_${randomToken(40)}`],
      ['41 forged JWTs', () => `${randomToken(36)}.${randomToken(60)}.${randomToken(43)}`],
    ] as const) {
      const address = ownAddress();
      let last: Response | null = null;
      // Twice the budget plus one: a minute boundary inside the loop cannot hide the limit.
      for (let i = 0; i < 41 && last?.status !== 429; i += 1) {
        last = await post('{ viewer { id } }', { Authorization: `Bearer ${guess()}`, ...address });
        expect(last.status).toBeLessThan(500);
        if (last.status !== 429) await last.body?.cancel();
      }
      const final = last as Response;
      await attack({
        category: 'credential guessing',
        name,
        send: async () => final,
        codes: ['TOO_MANY_FAILED_AUTHENTICATIONS'],
        statuses: [429],
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// SQL metacharacters and over-long values in every argument of every mutation, from the schema

const SQL_PAYLOAD = `'; DROP TABLE users; -- " OR 1=1 /* %' UNION SELECT token_hash FROM api_tokens -- \\' ) ; DELETE FROM workspaces WHERE '1'='1`;
const LONG_PAYLOAD = `${'A'.repeat(20_000)}'--`;
const CONTROL_PAYLOAD = "\u0000\u202e'; --\n\r\u0008";
echoes.push(SQL_PAYLOAD, LONG_PAYLOAD, CONTROL_PAYLOAD, `${btoa(`Workspace:${SQL_PAYLOAD}`)}`);

/** Payloads for one leaf input type. */
function payloadsFor(type: GraphQLNamedType): unknown[] {
  if (isEnumType(type)) return ["NOT_A_VALUE'; --"];
  if (!isScalarType(type)) return [];
  switch (type.name) {
    case 'Boolean':
      return [];
    case 'Int':
      return [2147483647, -2147483648];
    case 'Float':
      return [1e308, -1e308];
    case 'ID':
      return [SQL_PAYLOAD, btoa(`Workspace:${SQL_PAYLOAD}`), LONG_PAYLOAD];
    case 'DateTime':
      return [`2030-01-01T00:00:00Z${SQL_PAYLOAD}`, LONG_PAYLOAD];
    default:
      return [SQL_PAYLOAD, LONG_PAYLOAD, CONTROL_PAYLOAD];
  }
}

/** A valid-looking value for a field the attack does not target. */
function placeholder(type: GraphQLInputType, fieldName: string): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [placeholder(inner.ofType, fieldName)];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0]?.name;
  if (isInputObjectType(named)) return fill(named);
  switch (named.name) {
    case 'Boolean':
      return false;
    case 'Int':
    case 'Float':
      return 1;
    case 'DateTime':
      return '2030-01-01T00:00:00Z';
    case 'ID': {
      // `workspaceId` names a Workspace: the attacker's own, so resolvers get past the lookup.
      const typename = fieldName.replace(/Ids?$/, '');
      const capitalized = typename.charAt(0).toUpperCase() + typename.slice(1);
      if (capitalized === 'Workspace') return btoa(`Workspace:${attackerWorkspace}`);
      if (capitalized === 'User') return btoa(`User:${attacker}`);
      return btoa(`${capitalized || 'Node'}:${uid('missing')}`);
    }
    default:
      return 'placeholder';
  }
}

/** An input object with its required fields filled with placeholders. */
function fill(type: GraphQLInputType): Record<string, unknown> {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return {};
  const result: Record<string, unknown> = {};
  for (const field of Object.values(named.getFields())) {
    if (isNonNullType(field.type) && field.defaultValue === undefined) {
      result[field.name] = placeholder(field.type, field.name);
    }
  }
  return result;
}

interface LeafPosition {
  path: string;
  leaf: GraphQLNamedType;
  /** The whole argument value with `payload` at this position and placeholders elsewhere. */
  build: (payload: unknown) => unknown;
}

/** Every leaf position inside an argument's type, through lists and nested input objects. */
function leafPositions(type: GraphQLInputType, depth = 0): LeafPosition[] {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    return leafPositions(nullable.ofType, depth).map((p) => ({
      ...p,
      build: (payload) => [p.build(payload)],
    }));
  }
  const named = getNamedType(nullable);
  if (isLeafType(named)) return [{ path: '', leaf: named, build: (payload) => payload }];
  if (!isInputObjectType(named) || depth > 3) return [];
  return Object.values(named.getFields()).flatMap((field) =>
    leafPositions(field.type, depth + 1).map((p) => ({
      path: `.${field.name}${p.path}`,
      leaf: p.leaf,
      build: (payload: unknown) => ({ ...fill(named), [field.name]: p.build(payload) }),
    })),
  );
}

interface FuzzCase {
  mutation: string;
  path: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Every leaf position of every argument of every mutation, each with each payload for its type. */
function fuzzCases(): FuzzCase[] {
  const mutationType = schema.getMutationType();
  if (!mutationType) return [];
  const errorType = schema.getType('Error');
  const cases: FuzzCase[] = [];
  for (const field of Object.values(mutationType.getFields())) {
    const returns = getNamedType(field.type);
    let selection = '';
    if (isObjectType(returns)) selection = '{ __typename }';
    else if (isUnionType(returns) || isInterfaceType(returns)) {
      const hasErrors =
        errorType &&
        isInterfaceType(errorType) &&
        schema.getPossibleTypes(returns).some((t) => t.getInterfaces().includes(errorType));
      selection = hasErrors ? '{ __typename ... on Error { code message } }' : '{ __typename }';
    }
    const declarations = field.args.map((arg, i) => `$a${i}: ${String(arg.type)}`).join(', ');
    const passes = field.args.map((arg, i) => `${arg.name}: $a${i}`).join(', ');
    const query = `mutation Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${passes ? `(${passes})` : ''} ${selection} }`;
    const required = Object.fromEntries(
      field.args.flatMap((arg, i) =>
        isNonNullType(arg.type) && arg.defaultValue === undefined
          ? [[`a${i}`, placeholder(arg.type, arg.name)]]
          : [],
      ),
    );
    field.args.forEach((arg, i) => {
      for (const position of leafPositions(arg.type)) {
        for (const payload of payloadsFor(position.leaf)) {
          cases.push({
            mutation: field.name,
            path: `${arg.name}${position.path}`,
            query,
            variables: { ...required, [`a${i}`]: position.build(payload) },
          });
        }
      }
    });
  }
  return cases;
}

/** Whether a mutation's result is a success (not one of the typed errors, not null). */
function succeeded(answer: Answer, mutation: string): boolean {
  if (answer.body?.errors?.length) return false;
  const result = answer.body?.data?.[mutation] as { __typename?: string } | null | undefined;
  if (result === null || result === undefined) return false;
  if (typeof result !== 'object' || !result.__typename) return true;
  const type = schema.getType(result.__typename);
  return !(isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Error'));
}

describe('SQL metacharacters and over-long strings in every mutation argument', () => {
  it('answers every one without a 5xx or a leak, and writes nothing when it refuses', async () => {
    const cases = fuzzCases();
    // Every mutation that takes arguments is attacked: mutations added later join automatically.
    const attacked = new Set(cases.map((c) => c.mutation));
    const withArguments = Object.values(schema.getMutationType()?.getFields() ?? {})
      .filter((field) => field.args.length > 0)
      .map((field) => field.name);
    expect(withArguments.filter((name) => !attacked.has(name))).toEqual([]);
    for (const fuzz of cases) {
      const label = `fuzz: ${fuzz.mutation}(${fuzz.path})`;
      const category = 'SQL metacharacters and long strings';
      const answer = await answerOf(await post(fuzz.query, asAttacker, fuzz.variables));
      ran.set(category, (ran.get(category) ?? 0) + 1);
      expect(answer.status, `${label} -> ${answer.text.slice(0, 300)}`).toBeLessThan(500);
      expect(withoutEchoes(answer.text), label).not.toMatch(STACK_OR_SQL);
      if (succeeded(answer, fuzz.mutation)) {
        // A harmless write (a workspace named after the payload...): the payload was stored as
        // text, so every table is still there and none lost rows.
        acceptedCount += 1;
        acceptedCases.push(`${fuzz.mutation}(${fuzz.path})`);
        const after = await settled();
        for (const table of tables) {
          expect(after.get(table)?.count ?? -1, `${label}: ${table}`).toBeGreaterThanOrEqual(
            baseline.get(table)?.count ?? 0,
          );
        }
        baseline = after;
        continue;
      }
      expect(
        errorCodes(answer).length,
        `${label}: no typed error in ${answer.text.slice(0, 300)}`,
      ).toBeGreaterThan(0);
      expect(
        changedTables(baseline, await fingerprint()),
        `${label} wrote to the database`,
      ).toEqual([]);
      refusedCount += 1;
    }
  }, 300_000);
});
