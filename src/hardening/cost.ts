import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import { MAX_GROUPS } from '../resolvers/filters/group';
import { DEFAULT_PAGE_SIZE } from '../resolvers/pagination/args';
import { introspectionFields } from './introspection';
import { introspectionCost } from './introspection-cost';

/** Each root field of a mutation is a write: it costs this much beyond what it selects. */
export const MUTATION_FIELD_COST = 10;

/**
 * `Query.search` ranks every visible match of each index it reads before it takes its page (bm25
 * needs them all): it costs this much per index (per type searched, all five by default) beyond
 * what it selects.
 */
export const SEARCH_INDEX_COST = 10;
/** How many indexes a search reads when `types` is not given. */
const SEARCH_INDEXES = 5;

/**
 * The cost model, in one sentence: an operation costs the number of objects it may return.
 * - A field returning an object (or interface, union) costs 1, plus what it selects.
 * - A connection costs 1, and whatever is selected under `edges` or `nodes` counts `first` (or
 *   `last`) times, default 20; nested connections multiply, as GitHub's node limit does.
 *   `edges`, `pageInfo` and `totalCount` themselves are free: they come with the page.
 * - A list that is not a connection counts as many times as the list argument it was given
 *   (`nodes(ids: [...])`), else 20 times.
 * - Scalars and enums cost nothing; each mutation root field adds 10.
 * - `Query.search` adds 10 per type it searches (50 for all), for the matches it ranks.
 * - Each condition of a `where` filter adds 1 (its operators, at any depth of and/or/not).
 * - An aggregate (a list field with a `groupBy` argument) counts its selection 500 times, the
 *   most groups it returns.
 * The estimate is an upper bound: `@skip`/`@include` are ignored and every branch of an abstract
 * type is counted.
 * Introspection (`__schema`, `__type`) is counted apart, exactly, as `introspection`: the objects
 * it returns, against an allowance of its own (src/hardening/introspection-cost.ts), counted up to
 * a little past `introspectionCeiling`.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
  introspectionCeiling = Number.POSITIVE_INFINITY,
): { cost: number; introspection: number; longestList: number } {
  const meter = new CostMeter(schema, document, operation, variables ?? {});
  const cost = meter.total();
  const introspection = introspectionCost(
    schema,
    document,
    introspectionFields(document, operation),
    variables ?? {},
    introspectionCeiling,
  );
  return { cost, introspection, longestList: meter.longestList };
}

/** A Relay connection: an object type with `edges` and `pageInfo`. */
function isConnectionType(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

class CostMeter {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly memo = new Map<string, number>();
  private readonly visiting = new Set<string>();
  private readonly variableDefaults = new Map<string, ValueNode>();
  /** The most items any list argument of a selected field was given (`nodes(ids:)`...). */
  longestList = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly operation: OperationDefinitionNode,
    private readonly variables: Record<string, unknown>,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        this.fragments.set(definition.name.value, definition);
      }
    }
    for (const definition of operation.variableDefinitions ?? []) {
      if (definition.defaultValue) {
        this.variableDefaults.set(definition.variable.name.value, definition.defaultValue);
      }
    }
  }

  total(): number {
    const root = this.schema.getRootType(this.operation.operation);
    if (!root) return 0;
    const selected = this.selectionSet(this.operation.selectionSet, root, 0);
    if (this.operation.operation !== 'mutation') return selected;
    return selected + MUTATION_FIELD_COST * this.countRootFields(this.operation.selectionSet);
  }

  private countRootFields(set: SelectionSetNode): number {
    let count = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) count += selection.name.value.startsWith('__') ? 0 : 1;
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        count += this.countRootFields(selection.selectionSet);
      else {
        const fragment = this.fragments.get(selection.name.value);
        if (!fragment || this.visiting.has(fragment.name.value)) continue;
        this.visiting.add(fragment.name.value);
        count += this.countRootFields(fragment.selectionSet);
        this.visiting.delete(fragment.name.value);
      }
    }
    return count;
  }

  /** `pageSize` is the page of the connection whose type `parent` is (0 elsewhere). */
  private selectionSet(set: SelectionSetNode, parent: GraphQLCompositeType, pageSize: number) {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += this.field(selection, parent, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? this.schema.getType(selection.typeCondition.name.value)
          : parent;
        if (type && isCompositeType(type)) {
          total += this.selectionSet(selection.selectionSet, type, pageSize);
        }
      } else {
        total += this.fragment(selection.name.value, pageSize);
      }
    }
    return total;
  }

  private fragment(name: string, pageSize: number): number {
    const key = `${name}@${pageSize}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const definition = this.fragments.get(name);
    if (!definition || this.visiting.has(name)) return 0;
    const type = this.schema.getType(definition.typeCondition.name.value);
    if (!type || !isCompositeType(type)) return 0;
    this.visiting.add(name);
    const cost = this.selectionSet(definition.selectionSet, type, pageSize);
    this.visiting.delete(name);
    this.memo.set(key, cost);
    return cost;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, pageSize: number): number {
    const name = node.name.value;
    let conditions = 0;
    let aggregate = false;
    for (const argument of node.arguments ?? []) {
      const value = this.value(argument.value);
      if (Array.isArray(value)) this.longestList = Math.max(this.longestList, value.length);
      if (argument.name.value === 'where') {
        conditions += whereConditions(valueFromASTUntyped(argument.value, this.variables));
      }
      if (argument.name.value === 'groupBy') aggregate = true;
    }
    if (name.startsWith('__') || !node.selectionSet) return conditions;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const definition = parent.getFields()[name];
    if (!definition) return 0;
    const type = getNamedType(definition.type);
    if (!isCompositeType(type)) return 0;
    const inner = (size = 0) =>
      this.selectionSet(node.selectionSet as SelectionSetNode, type, size);

    if (isConnectionType(parent)) {
      // The page's plumbing is free; its items count once per item of the page.
      if (name === 'edges') return pageSize * inner();
      if (name === 'nodes') return pageSize * (1 + inner());
      if (name === 'pageInfo') return 0;
    }
    if (isConnectionType(type)) {
      const ranking = parent === this.schema.getQueryType() && name === 'search';
      return conditions + 1 + (ranking ? this.searchCost(node) : 0) + inner(this.pageSize(node));
    }
    const isList = isListType(getNullableType(definition.type));
    const multiplier = !isList ? 1 : aggregate ? MAX_GROUPS : this.listSize(node);
    return conditions + multiplier * (1 + inner());
  }

  /** What a search ranks beyond its page: each index it reads (`types`, else all). */
  private searchCost(node: FieldNode): number {
    const types = node.arguments?.find((argument) => argument.name.value === 'types');
    const value = types ? this.value(types.value) : undefined;
    const count = Array.isArray(value) && value.length > 0 ? value.length : SEARCH_INDEXES;
    return SEARCH_INDEX_COST * Math.min(count, SEARCH_INDEXES);
  }

  /** `first` or `last` as sent (the larger when both), else the default page size. */
  private pageSize(node: FieldNode): number {
    let size: number | null = null;
    for (const argument of node.arguments ?? []) {
      if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
      const value = this.value(argument.value);
      if (typeof value === 'number' && Number.isFinite(value)) {
        size = Math.max(size ?? 0, Math.max(0, Math.floor(value)));
      }
    }
    return size ?? DEFAULT_PAGE_SIZE;
  }

  /** The length of the longest list argument given, else the default page size. */
  private listSize(node: FieldNode): number {
    let size: number | null = null;
    for (const argument of node.arguments ?? []) {
      const value = this.value(argument.value);
      if (Array.isArray(value)) size = Math.max(size ?? 0, value.length);
    }
    return size ?? DEFAULT_PAGE_SIZE;
  }

  /** An argument's value: literals as they are, variables from the request (or their default). */
  private value(node: ValueNode): unknown {
    switch (node.kind) {
      case Kind.INT:
      case Kind.FLOAT:
        return Number(node.value);
      case Kind.LIST:
        return node.values;
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (this.variables[name] !== undefined) return this.variables[name];
        const fallback = this.variableDefaults.get(name);
        return fallback ? this.value(fallback) : undefined;
      }
      default:
        return undefined;
    }
  }
}

/** The operators of a `where` value (`{ or: [{ status: { in: [...] } }] }` has 1). */
function whereConditions(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce((sum: number, item) => sum + whereConditions(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'and' || key === 'or' || key === 'not') count += whereConditions(inner);
    else if (inner !== null && typeof inner === 'object') count += Object.keys(inner).length;
  }
  return count;
}
