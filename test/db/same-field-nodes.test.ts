import {
  buildSchema,
  execute,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { sameFieldNodes } from '../../src/schema/lookahead';

// What a page works out from its selection (the columns it reads, the references it joins) is
// kept by `sameFieldNodes`: one array per field of a document and parent type, the same across
// executions of the cached document, though the executor builds a new `fieldNodes` each time.
const schema = buildSchema(`
  interface Named { name: String }
  type Person implements Named { name: String }
  type Pet implements Named { name: String }
  type Query { people: [Person] pets: [Pet] }
`);
const list = [{ name: 'a' }, { name: 'b' }];
for (const field of Object.values((schema.getType('Query') as GraphQLObjectType).getFields())) {
  field.resolve = () => list;
}

/** Runs `document` and returns the keys `sameFieldNodes` gave each `name` field, in order. */
function keysOf(
  document: ReturnType<typeof parse>,
): { parent: string; key: readonly FieldNode[] }[] {
  const keys: { parent: string; key: readonly FieldNode[] }[] = [];
  const resolve: GraphQLFieldResolver<unknown, unknown> = (source, _args, _ctx, info) => {
    keys.push({ parent: info.parentType.name, key: sameFieldNodes(info) });
    return (source as { name: string }).name;
  };
  for (const type of ['Person', 'Pet']) {
    (
      (schema.getType(type) as GraphQLObjectType).getFields().name as { resolve?: unknown }
    ).resolve = resolve;
  }
  const result = execute({ schema, document });
  expect(result).not.toHaveProperty('errors');
  return keys;
}

describe('sameFieldNodes', () => {
  it('gives the same array for a field in every execution of one document', () => {
    const document = parse('{ people { name } }');
    const first = keysOf(document);
    const second = keysOf(document);
    expect(first).toHaveLength(2);
    // Two parents of one list, two executions: one key.
    expect(new Set([...first, ...second].map((k) => k.key)).size).toBe(1);
    // Its node is the document's own `name` field.
    const operation = document.definitions[0] as OperationDefinitionNode;
    const people = operation.selectionSet.selections[0] as FieldNode;
    expect(first[0]?.key[0] === people.selectionSet?.selections[0]).toBe(true);
  });

  it('keeps apart the parent types a fragment on an interface runs under', () => {
    const document = parse('{ people { ...N } pets { ...N } } fragment N on Named { name }');
    const keys = keysOf(document);
    const person = keys.find((k) => k.parent === 'Person')?.key;
    const pet = keys.find((k) => k.parent === 'Pet')?.key;
    expect(person).toBeDefined();
    expect(pet).toBeDefined();
    // The same node of the fragment, two parent types: two keys, each the same next time.
    expect(person?.[0] === pet?.[0]).toBe(true);
    expect(person === pet).toBe(false);
    const again = keysOf(document);
    expect(again.find((k) => k.parent === 'Person')?.key === person).toBe(true);
    expect(again.find((k) => k.parent === 'Pet')?.key === pet).toBe(true);
  });

  it('gives another document (the same text parsed again) keys of its own', () => {
    const [first] = keysOf(parse('{ people { name } }'));
    const [other] = keysOf(parse('{ people { name } }'));
    expect(first?.key === other?.key).toBe(false);
  });

  it('keys a field selected twice (merged nodes) apart from its first node alone', () => {
    // Under `a`, `name` is the fragment's node alone; under `b`, the same node merged with
    // another: one first node and parent type, two keys.
    const document = parse(
      '{ a: people { ...F } b: people { ...F name } } fragment F on Person { name }',
    );
    const [alone, , merged] = keysOf(document).map((k) => k.key);
    expect(alone).toHaveLength(1);
    expect(merged).toHaveLength(2);
    expect(alone?.[0] === merged?.[0]).toBe(true);
    expect(alone === merged).toBe(false);
    const [aloneAgain, , mergedAgain] = keysOf(document).map((k) => k.key);
    expect(aloneAgain === alone).toBe(true);
    expect(mergedAgain === merged).toBe(true);
  });
});
