import { afterAll, beforeAll, describe, it } from 'vitest';
import { send } from '../../helpers/client';
import { attack, CREATE_WORKSPACE, cast, json, reportAttacks, setUpAttacks } from './harness';

// Transport attacks: what is wrong before GraphQL starts (malformed JSON, CSRF-prone and
// unsupported content types, wrong methods).

beforeAll(setUpAttacks, 30_000);
afterAll(() => reportAttacks('transport'));

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
        send: () => send('/graphql', json(raw, cast.asAttacker)),
        codes: ['BAD_REQUEST'],
        statuses: [400],
      });
    }
    await attack({
      category: 'malformed JSON',
      name: 'bad JSON in GET variables',
      send: () =>
        send('/graphql?query={__typename}&variables={"a":', {
          headers: { 'x-graphql-yoga-csrf': '1', ...cast.asAttacker },
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
        { method: 'POST', headers: { 'Content-Type': 'text/plain', ...cast.asAttacker }, body },
        ['CSRF_HEADER_REQUIRED'],
        [403],
      ],
      [
        'no content type (CSRF)',
        { method: 'POST', headers: cast.asAttacker, body },
        ['CSRF_HEADER_REQUIRED'],
        [403],
      ],
      [
        'form body (CSRF)',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...cast.asAttacker },
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
            ...cast.asAttacker,
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
          headers: { 'Content-Type': 'application/xml', ...cast.asAttacker },
          body: '<query/>',
        },
        ['UNSUPPORTED_MEDIA_TYPE'],
        [415],
      ],
      [
        'image/png',
        {
          method: 'POST',
          headers: { 'Content-Type': 'image/png', ...cast.asAttacker },
          body: '\u0089PNG',
        },
        ['UNSUPPORTED_MEDIA_TYPE'],
        [415],
      ],
      [
        'Accept: image/png',
        json({ query: CREATE_WORKSPACE }, { Accept: 'image/png', ...cast.asAttacker }),
        ['NOT_ACCEPTABLE'],
        [406],
      ],
      [
        'PUT',
        {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', ...cast.asAttacker },
          body,
        },
        ['BAD_REQUEST'],
        [405],
      ],
      ['DELETE', { method: 'DELETE', headers: cast.asAttacker }, ['BAD_REQUEST'], [405]],
      [
        'mutation over GET',
        { headers: { 'x-graphql-yoga-csrf': '1', ...cast.asAttacker } },
        ['BAD_REQUEST'],
        [405],
      ],
      [
        'mutation over GET without CSRF header',
        { headers: cast.asAttacker },
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
