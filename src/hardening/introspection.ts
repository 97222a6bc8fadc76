import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** `__schema` and `__type`: `__typename` is not introspection (clients need it for unions). */
export const isIntrospectionField = (name: string) => name === '__schema' || name === '__type';

/**
 * The `__schema` and `__type` fields an operation asks for. Both exist only on the query root, so
 * the root selections, through fragments, are all that need looking at.
 */
export function introspectionFields(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): FieldNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isIntrospectionField(selection.name.value)) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return found;
}

/** Whether the operation asks for `__schema` or `__type`. */
export function asksForIntrospection(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  return introspectionFields(document, operation).length > 0;
}
