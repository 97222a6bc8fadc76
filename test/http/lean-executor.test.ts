import {
  type ExecutionResult,
  execute,
  GraphQLBoolean,
  GraphQLError,
  type GraphQLFieldConfigMap,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  getIntrospectionQuery,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { type ExecuteArgs, prepare, runOperation } from '../../src/http/executor/execute';

// A schema built for the executor's corners: interfaces and unions, isTypeOf, non-null fields
// that fail, lists of promises, arguments with defaults, and mutations that must run in order.
interface PersonRow {
  name: string;
  friends?: unknown[];
  strict?: string;
}

const later = <T>(value: T, ms = 1) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const journal: string[] = [];

const Named = new GraphQLInterfaceType({
  name: 'Named',
  fields: { name: { type: GraphQLString } },
  resolveType: (value: { kind: string }) => value.kind,
});
const Person: GraphQLObjectType = new GraphQLObjectType({
  name: 'Person',
  interfaces: [Named],
  fields: (): GraphQLFieldConfigMap<PersonRow, unknown> => ({
    name: { type: GraphQLString },
    age: { type: GraphQLInt },
    friends: {
      type: new GraphQLList(Person),
      resolve: (person) => person.friends?.map((f) => later(f)),
    },
    strictName: {
      type: new GraphQLNonNull(GraphQLString),
      resolve: (person) => person.strict ?? null,
    },
    greeting: {
      type: GraphQLString,
      args: { greeting: { type: GraphQLString, defaultValue: 'Hello' } },
      resolve: (person, args: { greeting: string }) => `${args.greeting}, ${person.name}`,
    },
  }),
});
const Robot = new GraphQLObjectType({
  name: 'Robot',
  interfaces: [Named],
  fields: { name: { type: GraphQLString }, serial: { type: GraphQLID } },
});
const Checked = new GraphQLObjectType({
  name: 'Checked',
  isTypeOf: (value: { checked?: boolean }) => value.checked === true,
  fields: { ok: { type: GraphQLBoolean } },
});
// Fields without resolvers: plain values, a method on the source, an Error in place of a value,
// a null under a non-null type and a value its scalar refuses (the executor's property leaves).
const Gadget = new GraphQLObjectType({
  name: 'Gadget',
  fields: {
    label: { type: GraphQLString },
    code: { type: GraphQLID },
    method: { type: GraphQLString, args: { suffix: { type: GraphQLString } } },
    count: { type: new GraphQLNonNull(GraphQLInt) },
    weight: { type: GraphQLInt },
    broken: { type: GraphQLString },
    owner: { type: Named },
  },
});
const gadgets = [
  {
    label: 'lamp',
    code: 12,
    count: 3,
    weight: 2,
    method: (args: { suffix?: string }, _ctx: unknown, info: { fieldName: string }) =>
      `${info.fieldName}${args.suffix ?? ''}`,
    owner: { kind: 'Robot', name: 'Robby' },
  },
  { label: null, code: 'g2', count: null, weight: 'heavy', broken: new Error('broken value') },
  { label: 'spare', count: 1, weight: 1.5 },
];

const Thing = new GraphQLUnionType({
  name: 'Thing',
  types: [Person, Robot],
  resolveType: (value: { kind: string }) => (value.kind === 'Ghost' ? 'Nope' : value.kind),
});

const ada = { kind: 'Person', name: 'Ada', age: 36, strict: 'ada' };
const grace = { kind: 'Person', name: 'Grace', age: 85, friends: [ada] };
const robby = { kind: 'Robot', name: 'Robby', serial: 7 };
const ghost = { kind: 'Ghost', name: 'Boo' };

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      people: { type: new GraphQLList(Person), resolve: () => [ada, grace] },
      gadgets: { type: new GraphQLList(Gadget), resolve: () => gadgets },
      strictGadgets: { type: new GraphQLList(new GraphQLNonNull(Gadget)), resolve: () => gadgets },
      primitive: { type: new GraphQLList(Gadget), resolve: () => [7] },
      named: { type: new GraphQLList(Named), resolve: () => [ada, robby] },
      things: { type: new GraphQLList(Thing), resolve: () => [robby, later(grace), ghost] },
      strictPeople: {
        type: new GraphQLList(new GraphQLNonNull(Person)),
        resolve: () => [ada, grace],
      },
      strictList: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Person))),
        resolve: () => [ada, grace],
      },
      failing: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('nope', { extensions: { code: 'NOPE' } });
        },
      },
      rejecting: { type: GraphQLString, resolve: () => Promise.reject(new Error('later nope')) },
      errorValue: { type: GraphQLString, resolve: () => new Error('returned, not thrown') },
      badInt: { type: GraphQLInt, resolve: () => 'not a number' },
      checked: { type: Checked, resolve: () => ({ checked: true, ok: true }) },
      unchecked: { type: Checked, resolve: () => ({ checked: false, ok: true }) },
      notAList: { type: new GraphQLList(GraphQLString), resolve: () => 42 },
      echo: {
        type: GraphQLString,
        args: { value: { type: new GraphQLNonNull(GraphQLString) } },
        resolve: (_root, args: { value: string }) => args.value,
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      slow: {
        type: GraphQLString,
        resolve: async () => {
          journal.push('slow started');
          await later(null, 5);
          journal.push('slow done');
          return 'slow';
        },
      },
      fast: {
        type: GraphQLString,
        resolve: () => {
          journal.push('fast started');
          return 'fast';
        },
      },
    },
  }),
});

/** The lean executor's answer, as a client would read it. */
async function lean(args: ExecuteArgs): Promise<unknown> {
  const run = prepare(args);
  if (!run) throw new Error('prepare refused the operation');
  return JSON.parse(JSON.stringify(await runOperation(run)));
}

/** graphql-js's own answer for the same operation. */
async function reference(args: ExecuteArgs): Promise<unknown> {
  const result = (await execute(args as Parameters<typeof execute>[0])) as ExecutionResult;
  return JSON.parse(JSON.stringify(result));
}

async function same(query: string, variableValues?: Record<string, unknown>) {
  const args = { schema, document: parse(query), variableValues };
  const expected = await reference(args);
  expect(await lean(args)).toEqual(expected);
  return expected as ExecutionResult;
}

describe('lean executor: answers as graphql-js does', () => {
  it('resolves aliases, fragments, inline fragments on interfaces and unions, and __typename', async () => {
    const result = await same(`
      query {
        people { ...P first: name }
        named { __typename name ... on Robot { serial } ... on Person { age } }
        things { __typename ... on Person { name friends { name } } ... on Robot { serial } }
      }
      fragment P on Person { name age greeting hi: greeting(greeting: "Hi") }
    `);
    expect(result.data).toMatchObject({ people: [{ first: 'Ada', hi: 'Hi, Ada' }, {}] });
    expect(result.errors?.[0]?.message).toContain('"Nope" that does not exist');
  });

  it('nulls a failing nullable field and bubbles a non-null failure to the nearest nullable parent', async () => {
    const result = await same(`{
      failing rejecting errorValue badInt
      people { name strictName }
      strictPeople { name strictName }
    }`);
    expect(result.data).toMatchObject({ failing: null, strictPeople: null });
    expect(result.data?.people).toEqual([{ name: 'Ada', strictName: 'ada' }, null]);
    expect(result.errors?.map((e) => e.path?.join('.'))).toContain('people.1.strictName');
  });

  it('answers fields without resolvers as the default resolver would, errors at their paths', async () => {
    const result = await same(`{
      gadgets { label code method m: method(suffix: "!") weight broken owner { name } count }
      strictGadgets { label count }
      primitive { label }
    }`);
    const [lamp, second, spare] = (result.data?.gadgets ?? []) as Record<string, unknown>[];
    expect(lamp).toMatchObject({ code: '12', method: 'method', m: 'method!', count: 3 });
    // The second gadget's null count bubbles to its list entry; the third's weight is refused.
    expect(second).toBeNull();
    expect(spare).toMatchObject({ label: 'spare', code: null, weight: null });
    expect(result.data?.strictGadgets).toBeNull();
    expect(result.data?.primitive).toEqual([{ label: null }]);
    expect(result.errors?.map((e) => e.path?.join('.')).sort()).toEqual([
      'gadgets.1.broken',
      'gadgets.1.count',
      'gadgets.1.weight',
      'gadgets.2.weight',
      'strictGadgets.1.count',
    ]);
  });

  it('bubbles a non-null failure through a non-null list to the data itself', async () => {
    const result = await same('{ strictList { strictName } }');
    expect(result.data).toBeNull();
  });

  it('checks isTypeOf and refuses a list field that returns no list', async () => {
    const result = await same('{ checked { ok } unchecked { ok } notAList }');
    expect(result.data).toEqual({ checked: { ok: true }, unchecked: null, notAList: null });
  });

  it('applies @skip and @include by literals and by variables, each request its own', async () => {
    const query = `query ($skip: Boolean!) {
      people { name age @skip(if: $skip) greeting @include(if: false) }
    }`;
    const document = parse(query);
    for (const skip of [true, false, true]) {
      const args = { schema, document, variableValues: { skip } };
      const result = (await lean(args)) as ExecutionResult;
      expect(result).toEqual(await reference(args));
      const [first] = (result.data?.people ?? []) as object[];
      expect(first && 'age' in first).toBe(!skip);
    }
  });

  it('keeps collected fields per parsed document without mixing two documents up', async () => {
    await same('{ people { name } }');
    await same('{ people { age } }');
    await same('{ people { name } }');
  });

  it('answers introspection as graphql-js does', async () => {
    await same(getIntrospectionQuery());
    await same('{ __type(name: "Person") { name fields { name } } }');
  });

  it('keeps __proto__ as an ordinary response key and answers plain objects', async () => {
    const args = { schema, document: parse('{ __proto__: people { name } }') };
    const run = prepare(args);
    const result = (await runOperation(run as NonNullable<typeof run>)) as ExecutionResult;
    expect(Object.keys(result.data ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(result))).toEqual(await reference(args));
  });

  it("runs a mutation's root fields one after another", async () => {
    const args = { schema, document: parse('mutation { a: slow b: fast c: slow }') };
    journal.length = 0;
    const expected = await reference(args);
    const stockOrder = [...journal];
    journal.length = 0;
    expect(await lean(args)).toEqual(expected);
    // fast waits for the slow field before it, and the second slow for fast.
    expect(journal).toEqual([
      'slow started',
      'slow done',
      'fast started',
      'slow started',
      'slow done',
    ]);
    expect(journal).toEqual(stockOrder);
  });

  it('leaves subscriptions, unknown operations and refused variables to the stock engine', () => {
    const document = parse('query Q($v: String!) { echo(value: $v) } query R { people { name } }');
    expect(prepare({ schema, document, operationName: 'Nope' })).toBeUndefined();
    expect(prepare({ schema, document, operationName: 'Q', variableValues: {} })).toBeUndefined();
    expect(prepare({ schema, document: parse('subscription { x }') })).toBeUndefined();
    expect(
      prepare({ schema, document, operationName: 'Q', variableValues: { v: 'x' } }),
    ).toBeDefined();
  });
});

describe('lean executor: arguments', () => {
  // A field under every item of a list has the same arguments: they are coerced once per
  // operation for each field node, and shared (frozen) by every call.
  const seen: { item: number; args: { tags: string[]; filter?: { min: number } } }[] = [];
  const TagFilter = new GraphQLInputObjectType({
    name: 'TagFilter',
    fields: { min: { type: GraphQLInt, defaultValue: 1 } },
  });
  const Item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      id: { type: GraphQLInt },
      tagged: {
        type: GraphQLString,
        args: {
          tags: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)), defaultValue: ['a'] },
          filter: { type: TagFilter },
        },
        resolve: (item: { id: number }, args: { tags: string[]; filter?: { min: number } }) => {
          seen.push({ item: item.id, args });
          return `${item.id}:${args.tags.join('+')}:${args.filter?.min ?? '-'}`;
        },
      },
    },
  });
  const shelf = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        items: { type: new GraphQLList(Item), resolve: () => [{ id: 1 }, { id: 2 }, { id: 3 }] },
      },
    }),
  });

  it('coerces a field’s arguments once per operation and node, and answers as graphql-js', async () => {
    const document = parse(
      'query($tags: [String!]) { items { id tagged(filter: {}) other: tagged(tags: $tags) } }',
    );
    const variableValues = { tags: ['x', 'y'] };
    const expected = await reference({ schema: shelf, document, variableValues });
    seen.length = 0;
    const answered = await lean({ schema: shelf, document, variableValues });
    expect(answered).toEqual(expected);
    expect(answered).toMatchObject({
      data: { items: [{ tagged: '1:a:1', other: '1:x+y:-' }, {}, { tagged: '3:a:1' }] },
    });
    const [first, second, third] = seen.filter((_call, i) => i % 2 === 0);
    const aliased = seen.filter((_call, i) => i % 2 === 1);
    expect(seen).toHaveLength(6);
    // One object per node for the whole list, another for the aliased node.
    expect(first?.args).toBe(second?.args);
    expect(first?.args).toBe(third?.args);
    expect(aliased[0]?.args).toBe(aliased[2]?.args);
    expect(aliased[0]?.args).not.toBe(first?.args);
    // Shared, so frozen to the bottom: a resolver cannot change its siblings' arguments.
    expect(Object.isFrozen(first?.args)).toBe(true);
    expect(Object.isFrozen(first?.args.tags)).toBe(true);
    expect(Object.isFrozen(first?.args.filter)).toBe(true);
    const tags = first?.args.tags ?? [];
    expect(() => tags.push('z')).toThrow(TypeError);
  });

  it('coerces them again for the next operation, with its own variables', async () => {
    const document = parse('query($tags: [String!]) { items { tagged(tags: $tags) } }');
    seen.length = 0;
    await lean({ schema: shelf, document, variableValues: { tags: ['p'] } });
    const before = seen[0]?.args;
    seen.length = 0;
    const answered = await lean({ schema: shelf, document, variableValues: { tags: ['q'] } });
    expect(answered).toMatchObject({ data: { items: [{ tagged: '1:q:-' }, {}, {}] } });
    expect(seen[0]?.args).not.toBe(before);
    expect(seen[0]?.args.tags).toEqual(['q']);
  });
});
