import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  type InlineFragmentNode,
  isAbstractType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  typeFromAST,
  visit,
} from 'graphql';

/** The fields one object of a type resolves: response name to the field nodes merged under it. */
export type FieldGroups = Map<string, FieldNode[]>;

/** What collecting fields reads besides the selection set. */
export interface CollectScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
  /**
   * Groups already collected, by the selection's owner (an operation or a field's node list) and
   * the runtime type. Shared across requests when the document's `@skip`/`@include` name no
   * variable (`dependsOnVariables`): the parsed document is Yoga's cached one, so the same owner
   * objects come back for the same text; per request otherwise.
   */
  collected: WeakMap<object, Map<GraphQLObjectType, FieldGroups>>;
}

const decidedByVariables = new WeakMap<DocumentNode, boolean>();

/** Whether some `@skip` or `@include` of the document decides by a variable. */
export function dependsOnVariables(document: DocumentNode): boolean {
  let found = decidedByVariables.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Directive(node) {
        if (node.name.value !== 'skip' && node.name.value !== 'include') return;
        if (node.arguments?.some((arg) => arg.value.kind === Kind.VARIABLE)) found = true;
      },
    });
    decidedByVariables.set(document, found);
  }
  return found;
}

/** The fields an operation's root type resolves. */
export function rootFields(
  scope: CollectScope,
  operation: OperationDefinitionNode,
  rootType: GraphQLObjectType,
): FieldGroups {
  return kept(scope, operation, rootType) ?? keep(scope, operation, rootType, [operation]);
}

/** The fields an object resolves below the field nodes merged under one response name. */
export function subfields(
  scope: CollectScope,
  nodes: FieldNode[],
  runtimeType: GraphQLObjectType,
): FieldGroups {
  return kept(scope, nodes, runtimeType) ?? keep(scope, nodes, runtimeType, nodes);
}

const kept = (scope: CollectScope, owner: object, type: GraphQLObjectType) =>
  scope.collected.get(owner)?.get(type);

function keep(
  scope: CollectScope,
  owner: object,
  runtimeType: GraphQLObjectType,
  selections: readonly { selectionSet?: SelectionSetNode }[],
): FieldGroups {
  const groups: FieldGroups = new Map();
  const visited = new Set<string>();
  for (const { selectionSet } of selections) {
    if (selectionSet) collectInto(scope, runtimeType, selectionSet, groups, visited);
  }
  let byType = scope.collected.get(owner);
  if (!byType) {
    byType = new Map();
    scope.collected.set(owner, byType);
  }
  byType.set(runtimeType, groups);
  return groups;
}

function collectInto(
  scope: CollectScope,
  runtimeType: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  groups: FieldGroups,
  visited: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (!included(scope, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.alias ? selection.alias.value : selection.name.value;
      const nodes = groups.get(name);
      if (nodes) nodes.push(selection);
      else groups.set(name, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!conditionMatches(scope.schema, selection, runtimeType)) continue;
      collectInto(scope, runtimeType, selection.selectionSet, groups, visited);
    } else {
      const name = selection.name.value;
      if (visited.has(name)) continue;
      visited.add(name);
      const fragment = scope.fragments[name];
      if (!fragment || !conditionMatches(scope.schema, fragment, runtimeType)) continue;
      collectInto(scope, runtimeType, fragment.selectionSet, groups, visited);
    }
  }
}

/** `@skip(if: true)` and `@include(if: false)` leave a selection out. */
function included(
  scope: CollectScope,
  node: FieldNode | FragmentSpreadNode | InlineFragmentNode,
): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node, scope.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, scope.variableValues);
  return include?.if !== false;
}

function conditionMatches(
  schema: GraphQLSchema,
  fragment: FragmentDefinitionNode | InlineFragmentNode,
  type: GraphQLObjectType,
): boolean {
  const condition = fragment.typeCondition;
  if (!condition) return true;
  const conditionType = typeFromAST(schema, condition);
  if (conditionType === type) return true;
  return isAbstractType(conditionType) && schema.isSubType(conditionType, type);
}
