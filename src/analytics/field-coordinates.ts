import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getNamedType,
  Kind,
  type OperationDefinitionNode,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { entryOf } from '../db/map-entry';

/** What analytics needs of one operation of a document, computed once per document. */
export interface OperationShape {
  /** `Type.field` of every field selected, through fragments and aliases, sorted. */
  fields: string[];
  /** SHA-256 (hex, first 16 characters) of the operation printed with its fragments. */
  hash: Promise<string>;
}

/**
 * Yoga keeps parsed documents in its parse cache, so the same DocumentNode comes back for the
 * same query text: keyed by it, the walk and the hash run once per document, not per request.
 */
const shapes = new WeakMap<DocumentNode, Map<string, OperationShape>>();

/** The fragments an operation reaches, directly or through other fragments. */
function reachableFragments(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): FragmentDefinitionNode[] {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  }
  const reached = new Map<string, FragmentDefinitionNode>();
  const pending: DefinitionNode[] = [operation];
  while (pending.length > 0) {
    const node = pending.pop() as DefinitionNode;
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = byName.get(name);
        if (fragment && !reached.has(name)) {
          reached.set(name, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...reached.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
}

/**
 * Every `Type.field` the operation selects, with TypeInfo so that each field is named on the
 * type it is selected on (a field of a fragment on `WorkItem` is `WorkItem.title`, an alias
 * changes nothing). Introspection (`__schema`, `__typename`) is not a field of the API.
 */
function selectedFields(schema: GraphQLSchema, definitions: readonly DefinitionNode[]): string[] {
  const typeInfo = new TypeInfo(schema);
  const fields = new Set<string>();
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (!parent || node.name.value.startsWith('__')) return false;
      if (parent.name.startsWith('__')) return false;
      fields.add(`${parent.name}.${node.name.value}`);
      // Below a field whose type the schema does not know there is nothing to name.
      const type = typeInfo.getType();
      return type && getNamedType(type) ? undefined : false;
    },
  });
  for (const definition of definitions) visit(definition, visitor);
  return [...fields].sort();
}

async function hashOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 8)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

/** The selected fields and hash of the operation `operation` of a validated document. */
export function operationShape(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationShape {
  const byOperation = entryOf(shapes, document, () => new Map());
  const key = operation.name?.value ?? '';
  let shape = byOperation.get(key);
  if (!shape) {
    const definitions = [operation, ...reachableFragments(document, operation)];
    shape = {
      fields: selectedFields(schema, definitions),
      hash: hashOf(definitions.map((definition) => print(definition)).join('\n')),
    };
    byOperation.set(key, shape);
  }
  return shape;
}
