import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLDirective,
  type GraphQLEnumValue,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
  type GraphQLType,
  getIntrospectionQuery,
  getOperationAST,
  type IntrospectionOptions,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isWrappingType,
  Kind,
  OperationTypeNode,
  parse,
  type SelectionNode,
} from 'graphql';
import { introspectionFields } from './introspection';

/** An object of the introspection answer, and the schema object it describes. */
type Element =
  | { kind: '__Schema'; of: GraphQLSchema }
  | { kind: '__Type'; of: GraphQLType }
  | { kind: '__Field'; of: GraphQLField<unknown, unknown> }
  | { kind: '__InputValue'; of: GraphQLArgument | GraphQLInputField }
  | { kind: '__Directive'; of: GraphQLDirective }
  | { kind: '__EnumValue'; of: GraphQLEnumValue };

const ROOT_TYPE_FIELDS = new Map([
  ['queryType', OperationTypeNode.QUERY],
  ['mutationType', OperationTypeNode.MUTATION],
  ['subscriptionType', OperationTypeNode.SUBSCRIPTION],
]);

/**
 * The fields selected on one object, merged by response key as execution merges them: the same
 * field selected twice (directly or through fragments) is resolved, and counted, once.
 */
interface Group {
  name: string;
  nodes: FieldNode[];
  /** The merged selection below the field, built when first needed. */
  inner?: Group[];
}

/**
 * Counts the objects (`__Type`, `__Field`, `__InputValue`, `__EnumValue`, `__Directive`) the
 * introspection part of an operation returns, exactly, from the schema itself: introspection's
 * answer depends on nothing else. Each (merged selection, schema element) pair is counted once and
 * reused, and counting stops a little past `ceiling`, so even a hostile document of 2,000 tokens
 * costs bounded work (at most its distinct response keys per object counted).
 */
class IntrospectionMeter {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly memo = new Map<Group[], Map<object, number>>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Record<string, unknown>,
    private readonly ceiling: number,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        this.fragments.set(definition.name.value, definition);
      }
    }
  }

  /** The root `__schema` and `__type(name:)` fields, merged by response key. */
  total(roots: readonly FieldNode[]): number {
    let total = 0;
    for (const group of this.merge(roots)) {
      const first = group.nodes[0] as FieldNode;
      let element: Element | undefined;
      if (group.name === '__schema') element = { kind: '__Schema', of: this.schema };
      else {
        const name = this.argument(first, 'name');
        const type = typeof name === 'string' ? this.schema.getType(name) : undefined;
        element = type ? { kind: '__Type', of: type } : undefined;
      }
      if (element) total += 1 + this.count(this.innerOf(group), element);
      if (total > this.ceiling) break;
    }
    return total;
  }

  /** What the merged selection `plan` returns below `element`. */
  private count(plan: Group[], element: Element): number {
    let known = this.memo.get(plan);
    const cached = known?.get(element.of);
    if (cached !== undefined) return cached;
    let total = 0;
    for (const group of plan) {
      const first = group.nodes[0] as FieldNode;
      const children = this.children(
        element,
        group.name,
        this.argument(first, 'includeDeprecated') === true,
      );
      if (children.length === 0) continue;
      const inner = this.innerOf(group);
      for (const child of children) {
        total += 1 + this.count(inner, child);
        if (total > this.ceiling) break;
      }
      if (total > this.ceiling) break;
    }
    if (!known) {
      known = new Map();
      this.memo.set(plan, known);
    }
    known.set(element.of, total);
    return total;
  }

  private innerOf(group: Group): Group[] {
    group.inner ??= this.merge(
      group.nodes.flatMap((node) => (node.selectionSet ? node.selectionSet.selections : [])),
    );
    return group.inner;
  }

  /**
   * Groups the selections that return objects by response key, through inline fragments and
   * fragment spreads (each fragment once, as execution collects fields). Scalars return none.
   */
  private merge(selections: readonly SelectionNode[]): Group[] {
    const groups = new Map<string, Group>();
    const visited = new Set<string>();
    const visit = (list: readonly SelectionNode[]) => {
      for (const selection of list) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.selectionSet) continue;
          const key = selection.alias?.value ?? selection.name.value;
          const group = groups.get(key);
          if (group) group.nodes.push(selection);
          else groups.set(key, { name: selection.name.value, nodes: [selection] });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet.selections);
        } else if (!visited.has(selection.name.value)) {
          visited.add(selection.name.value);
          const fragment = this.fragments.get(selection.name.value);
          if (fragment) visit(fragment.selectionSet.selections);
        }
      }
    };
    visit(selections);
    return [...groups.values()];
  }

  /**
   * The objects a field of an introspection object returns, as graphql-js resolves them: deprecated
   * fields, enum values and arguments only with `includeDeprecated: true`.
   */
  private children(element: Element, name: string, includeDeprecated: boolean): Element[] {
    const current = <T extends { deprecationReason?: string | null | undefined }>(
      list: readonly T[],
    ) => (includeDeprecated ? list : list.filter((item) => item.deprecationReason == null));
    const types = (list: readonly GraphQLType[]): Element[] =>
      list.map((of) => ({ kind: '__Type', of }));
    const inputValues = (list: readonly (GraphQLArgument | GraphQLInputField)[]): Element[] =>
      current(list).map((of) => ({ kind: '__InputValue', of }));
    switch (element.kind) {
      case '__Schema': {
        const schema = element.of;
        if (name === 'types') return types(Object.values(schema.getTypeMap()));
        if (name === 'directives') {
          return schema.getDirectives().map((of) => ({ kind: '__Directive', of }));
        }
        const operation = ROOT_TYPE_FIELDS.get(name);
        const root = operation ? schema.getRootType(operation) : undefined;
        return root ? types([root]) : [];
      }
      case '__Type': {
        const type = element.of;
        if (name === 'ofType') return isWrappingType(type) ? types([type.ofType]) : [];
        if (name === 'fields' && (isObjectType(type) || isInterfaceType(type))) {
          return current(Object.values(type.getFields())).map((of) => ({ kind: '__Field', of }));
        }
        if (name === 'interfaces' && (isObjectType(type) || isInterfaceType(type))) {
          return types(type.getInterfaces());
        }
        if (name === 'possibleTypes' && isAbstractType(type)) {
          return types(this.schema.getPossibleTypes(type));
        }
        if (name === 'enumValues' && isEnumType(type)) {
          return current(type.getValues()).map((of) => ({ kind: '__EnumValue', of }));
        }
        if (name === 'inputFields' && isInputObjectType(type)) {
          return inputValues(Object.values(type.getFields()));
        }
        return [];
      }
      case '__Field':
        if (name === 'args') return inputValues(element.of.args);
        return name === 'type' ? types([element.of.type]) : [];
      case '__InputValue':
        return name === 'type' ? types([element.of.type]) : [];
      case '__Directive':
        return name === 'args' ? inputValues(element.of.args) : [];
      default:
        return [];
    }
  }

  /** An argument's value: literals as written, variables from the request. */
  private argument(node: FieldNode, name: string): unknown {
    const value = node.arguments?.find((argument) => argument.name.value === name)?.value;
    if (!value) return undefined;
    if (value.kind === Kind.VARIABLE) return this.variables[value.name.value];
    if (value.kind === Kind.STRING || value.kind === Kind.BOOLEAN) return value.value;
    return undefined;
  }
}

/**
 * The introspection objects an operation asks for (0 when it asks none), counted up to a little
 * past `ceiling`.
 */
export function introspectionCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  fields: readonly FieldNode[],
  variables: Record<string, unknown>,
  ceiling = Number.POSITIVE_INFINITY,
): number {
  if (fields.length === 0) return 0;
  return new IntrospectionMeter(schema, document, variables, ceiling).total(fields);
}

/** The standard introspection query's options that ask for the most: every one on. */
export const FULL_INTROSPECTION_OPTIONS: IntrospectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

const allowances = new WeakMap<GraphQLSchema, number>();

/**
 * The introspection objects one operation may ask for: twice what the full standard introspection
 * query (the one GraphiQL and graphql-codegen send, every option on) returns for this schema.
 * Tools fit with room to spare, and the allowance grows with the schema; many aliases of a large
 * selection, the way one small document asks for megabytes, do not fit. Computed once per schema
 * (a few milliseconds), on the first operation that needs it rather than at the isolate's start.
 */
export function introspectionAllowance(schema: GraphQLSchema): number {
  const known = allowances.get(schema);
  if (known !== undefined) return known;
  const full = parse(getIntrospectionQuery(FULL_INTROSPECTION_OPTIONS));
  const operation = getOperationAST(full);
  const fields = operation ? introspectionFields(full, operation) : [];
  const allowance = 2 * introspectionCost(schema, full, fields, {});
  allowances.set(schema, allowance);
  return allowance;
}
