import {
  type DocumentNode,
  defaultFieldResolver,
  defaultTypeResolver,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLAbstractType,
  GraphQLBoolean,
  GraphQLError,
  type GraphQLField,
  GraphQLID,
  type GraphQLLeafType,
  type GraphQLList,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLString,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  locatedError,
  type OperationDefinitionNode,
  responsePathAsArray,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';
import { inspect } from 'graphql/jsutils/inspect';
import {
  type CollectScope,
  dependsOnVariables,
  type FieldGroups,
  rootFields,
  subfields,
} from './collect-fields';

/** What Yoga hands an engine's `execute`. */
export interface ExecuteArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  rootValue?: unknown;
  contextValue?: unknown;
  variableValues?: Record<string, unknown> | null;
  operationName?: string | null;
  signal?: AbortSignal;
}

interface Run extends CollectScope {
  operation: OperationDefinitionNode;
  rootValue: unknown;
  contextValue: unknown;
  errors: GraphQLError[];
  signal: AbortSignal | undefined;
  /** Each field node's coerced arguments, for the field it was coerced for (`argumentsOf`). */
  argumentsByNode: Map<FieldNode, { definition: GraphQLField<unknown, unknown>; args: object }>;
}

type Path = GraphQLResolveInfo['path'];

// Collected fields kept across requests, for documents whose directives name no variable.
const sharedCollected: CollectScope['collected'] = new WeakMap();

const fragmentsByDocument = new WeakMap<DocumentNode, Record<string, FragmentDefinitionNode>>();

/** The document's fragments by name: found once per parsed document (Yoga keeps it cached). */
function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  let fragments = fragmentsByDocument.get(document);
  if (!fragments) {
    fragments = Object.create(null) as Record<string, FragmentDefinitionNode>;
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments[definition.name.value] = definition;
      }
    }
    fragmentsByDocument.set(document, fragments);
  }
  return fragments;
}

/**
 * Prepares a query or mutation for `runOperation`, or answers undefined where the engine Yoga
 * ships with should run it instead (its messages for a missing operation or bad variables are
 * the ones clients already see).
 */
export function prepare(args: ExecuteArgs): Run | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation || operation.operation === 'subscription') return undefined;
  const coerced = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    args.variableValues ?? {},
  );
  if (coerced.errors) return undefined;
  return {
    schema: args.schema,
    fragments: fragmentsOf(args.document),
    variableValues: coerced.coerced,
    collected: dependsOnVariables(args.document) ? new WeakMap() : sharedCollected,
    operation,
    rootValue: args.rootValue,
    contextValue: args.contextValue,
    errors: [],
    signal: args.signal,
    argumentsByNode: new Map(),
  };
}

/**
 * Runs a prepared operation as graphql-js's `execute` does (the same order, null bubbling and
 * error paths), building less per field: its answer objects are plain ones (the runtime's
 * JSON.stringify writes null-prototype objects at half the speed), a field without arguments
 * gets an empty object rather than a coercion pass, its `info` carries no closures, and the
 * fields a selection collects are kept with the parsed document rather than per request.
 */
export function runOperation(run: Run): ExecutionResult | Promise<ExecutionResult> {
  const { schema, operation } = run;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) {
    const error = new GraphQLError(
      `Schema is not configured to execute ${operation.operation} operation.`,
      { nodes: operation },
    );
    return { errors: [error], data: null };
  }
  try {
    const groups = rootFields(run, operation, rootType);
    const data =
      operation.operation === 'mutation'
        ? executeFieldsSerially(run, rootType, run.rootValue, groups)
        : executeFields(run, rootType, run.rootValue, undefined, groups);
    if (isPromise(data)) {
      return data.then(
        (resolved) => answer(run, resolved),
        (error) => {
          run.errors.push(error);
          return answer(run, null);
        },
      );
    }
    return answer(run, data);
  } catch (error) {
    run.errors.push(error as GraphQLError);
    return answer(run, null);
  }
}

const answer = (run: Run, data: Record<string, unknown> | null): ExecutionResult =>
  run.errors.length === 0 ? { data } : { errors: run.errors, data };

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** A response key set on a plain object: `__proto__` is a valid alias, and must stay a key. */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

function executeFields(
  run: Run,
  parentType: GraphQLObjectType,
  source: unknown,
  path: Path | undefined,
  groups: FieldGroups,
): Record<string, unknown> | Promise<Record<string, unknown>> {
  if (run.signal?.aborted) throw run.signal.reason;
  const results: Record<string, unknown> = {};
  let pending = false;
  for (const [name, nodes] of groups) {
    const result = executeField(run, parentType, source, nodes, path, name);
    if (result === undefined) continue;
    setKey(results, name, result);
    if (!pending && isPromise(result)) pending = true;
  }
  if (!pending) return results;
  const keys = Object.keys(results);
  return Promise.all(keys.map((key) => results[key])).then((values) => {
    const settled: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) setKey(settled, keys[i] as string, values[i]);
    return settled;
  });
}

/** A mutation's root fields, one after another, each after the previous one settled. */
function executeFieldsSerially(
  run: Run,
  parentType: GraphQLObjectType,
  source: unknown,
  groups: FieldGroups,
): Record<string, unknown> | Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  const entries = [...groups];
  const from = (start: number): Record<string, unknown> | Promise<Record<string, unknown>> => {
    for (let i = start; i < entries.length; i++) {
      const [name, nodes] = entries[i] as [string, FieldNode[]];
      const result = executeField(run, parentType, source, nodes, undefined, name);
      if (result === undefined) continue;
      if (isPromise(result)) {
        return result.then((value) => {
          setKey(results, name, value);
          return from(i + 1);
        });
      }
      setKey(results, name, result);
    }
    return results;
  };
  return from(0);
}

function fieldDefinition(
  run: Run,
  parentType: GraphQLObjectType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name.startsWith('__')) {
    const isQueryRoot = parentType === run.schema.getQueryType();
    if (name === SchemaMetaFieldDef.name && isQueryRoot) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name && isQueryRoot) return TypeMetaFieldDef;
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  }
  return parentType.getFields()[name];
}

function executeField(
  run: Run,
  parentType: GraphQLObjectType,
  source: unknown,
  nodes: FieldNode[],
  parentPath: Path | undefined,
  key: string,
): unknown {
  const node = nodes[0] as FieldNode;
  const definition = fieldDefinition(run, parentType, node.name.value);
  if (!definition) return undefined;
  const returnType = definition.type;
  if (definition.resolve === undefined) {
    const value = propertyLeaf(source, definition.name, returnType);
    if (value !== NOT_A_PROPERTY_LEAF) {
      try {
        return completePropertyLeaf(returnType, value, parentType, definition.name);
      } catch (error) {
        const path: Path = { prev: parentPath, key, typename: parentType.name };
        return fieldError(run, error, nodes, path, returnType);
      }
    }
  }
  const path: Path = { prev: parentPath, key, typename: parentType.name };
  const info: GraphQLResolveInfo = {
    fieldName: definition.name,
    fieldNodes: nodes,
    returnType,
    parentType,
    path,
    schema: run.schema,
    fragments: run.fragments,
    rootValue: run.rootValue,
    operation: run.operation,
    variableValues: run.variableValues,
  };
  try {
    // Coercion also fills defaults and refuses missing required ones: only a field that takes
    // no argument at all skips it.
    const args = definition.args.length === 0 ? {} : argumentsOf(run, definition, node);
    const resolve = definition.resolve ?? defaultFieldResolver;
    const result = resolve(source, args, run.contextValue, info);
    const completed = isPromise(result)
      ? result.then((value) => completeValue(run, returnType, nodes, info, path, value))
      : completeValue(run, returnType, nodes, info, path, result);
    if (isPromise(completed)) {
      return completed.then(undefined, (error) => fieldError(run, error, nodes, path, returnType));
    }
    return completed;
  } catch (error) {
    return fieldError(run, error, nodes, path, returnType);
  }
}

/**
 * A field's coerced arguments, coerced once per operation for each of its nodes: the same
 * node under every item of a list has the same arguments (a message's `deliveries(first: 20)`,
 * fifty times in the benchmark thread, where coercing them was 3 % of what the page allocated).
 * Frozen, as every call of the field now shares them: a resolver that changed its arguments
 * would change its siblings'.
 */
function argumentsOf(
  run: Run,
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
): Record<string, unknown> {
  const kept = run.argumentsByNode.get(node);
  if (kept?.definition === definition) return kept.args as Record<string, unknown>;
  const args = deepFrozen(getArgumentValues(definition, node, run.variableValues));
  run.argumentsByNode.set(node, { definition, args });
  return args;
}

/** Freezes a value's plain objects and arrays, however deep (input objects, lists). */
function deepFrozen<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  for (const inner of Object.values(value)) deepFrozen(inner);
  return Object.freeze(value);
}

const NOT_A_PROPERTY_LEAF = Symbol('not a property leaf');

/**
 * A leaf field without a resolver whose source holds a plain value (no method): what the default
 * resolver would answer, found without the `info`, arguments and path a resolver call needs.
 * Most of a list page's fields are such columns (a message's body, a delivery's status), and
 * those three objects were a fifth of what such a page allocated. Anything else (a method on the
 * source, an object type) answers NOT_A_PROPERTY_LEAF and goes the general way.
 */
function propertyLeaf(source: unknown, name: string, returnType: GraphQLOutputType): unknown {
  const type = isNonNullType(returnType) ? returnType.ofType : returnType;
  if (!isLeafType(type)) return NOT_A_PROPERTY_LEAF;
  if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
    return undefined;
  }
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'function' ? NOT_A_PROPERTY_LEAF : value;
}

/** completeValue for a property leaf: its non-null check and serializer, with no `info`. */
function completePropertyLeaf(
  returnType: GraphQLOutputType,
  value: unknown,
  parentType: GraphQLObjectType,
  fieldName: string,
): unknown {
  if (value instanceof Error) throw value;
  if (isNonNullType(returnType)) {
    if (value == null) throw nullForNonNull(parentType, fieldName);
    return completeLeaf(returnType.ofType as GraphQLLeafType, value);
  }
  return value == null ? null : completeLeaf(returnType as GraphQLLeafType, value);
}

/** graphql-js's error for a null under a non-null type. */
const nullForNonNull = (parentType: GraphQLObjectType, fieldName: string) =>
  new Error(`Cannot return null for non-nullable field ${parentType.name}.${fieldName}.`);

/** A field's error: recorded with its path and null in its place, or bubbled to a nullable parent. */
function fieldError(
  run: Run,
  raw: unknown,
  nodes: readonly FieldNode[],
  path: Path,
  returnType: GraphQLOutputType,
): null {
  const error = locatedError(raw, nodes, responsePathAsArray(path));
  if (isNonNullType(returnType)) throw error;
  run.errors.push(error);
  return null;
}

function completeValue(
  run: Run,
  returnType: GraphQLOutputType,
  nodes: FieldNode[],
  info: GraphQLResolveInfo,
  path: Path,
  result: unknown,
): unknown {
  if (result instanceof Error) throw result;
  if (isNonNullType(returnType)) {
    const completed = completeValue(run, returnType.ofType, nodes, info, path, result);
    if (completed === null) throw nullForNonNull(info.parentType, info.fieldName);
    return completed;
  }
  if (result == null) return null;
  if (isListType(returnType)) return completeList(run, returnType, nodes, info, path, result);
  if (isLeafType(returnType)) return completeLeaf(returnType, result);
  if (isAbstractType(returnType)) {
    return completeAbstract(run, returnType, nodes, info, path, result);
  }
  if (isObjectType(returnType)) return completeObject(run, returnType, nodes, info, path, result);
  throw new Error(`Cannot complete a value of type ${String(returnType)}.`);
}

function completeLeaf(returnType: GraphQLLeafType, result: unknown): unknown {
  // The commonest leaves, already what their serializer would answer.
  if (typeof result === 'string' && (returnType === GraphQLString || returnType === GraphQLID)) {
    return result;
  }
  if (typeof result === 'boolean' && returnType === GraphQLBoolean) return result;
  const serialized = returnType.serialize(result);
  if (serialized == null) {
    throw new Error(
      `Expected \`${inspect(returnType)}.serialize(${inspect(result)})\` to return non-nullable value, returned: ${inspect(serialized)}`,
    );
  }
  return serialized;
}

function completeList(
  run: Run,
  returnType: GraphQLList<GraphQLOutputType>,
  nodes: FieldNode[],
  info: GraphQLResolveInfo,
  path: Path,
  result: unknown,
): unknown {
  const items = Array.isArray(result)
    ? result
    : typeof result === 'object' && Symbol.iterator in (result as object)
      ? Array.from(result as Iterable<unknown>)
      : undefined;
  if (!items) {
    throw new GraphQLError(
      `Expected Iterable, but did not find one for field "${info.parentType.name}.${info.fieldName}".`,
    );
  }
  const itemType = returnType.ofType;
  const completed: unknown[] = new Array(items.length);
  let pending = false;
  for (let index = 0; index < items.length; index++) {
    const itemPath: Path = { prev: path, key: index, typename: undefined };
    const item = items[index];
    try {
      const value = isPromise(item)
        ? item.then((resolved) => completeValue(run, itemType, nodes, info, itemPath, resolved))
        : completeValue(run, itemType, nodes, info, itemPath, item);
      if (isPromise(value)) {
        pending = true;
        completed[index] = value.then(undefined, (error) =>
          fieldError(run, error, nodes, itemPath, itemType),
        );
      } else {
        completed[index] = value;
      }
    } catch (error) {
      completed[index] = fieldError(run, error, nodes, itemPath, itemType);
    }
  }
  return pending ? Promise.all(completed) : completed;
}

function completeAbstract(
  run: Run,
  returnType: GraphQLAbstractType,
  nodes: FieldNode[],
  info: GraphQLResolveInfo,
  path: Path,
  result: unknown,
): unknown {
  const resolveType = returnType.resolveType ?? defaultTypeResolver;
  const runtimeType = resolveType(result, run.contextValue, info, returnType);
  if (isPromise(runtimeType)) {
    return runtimeType.then((name) =>
      completeObject(
        run,
        objectTypeOf(run, name, returnType, nodes, info, result),
        nodes,
        info,
        path,
        result,
      ),
    );
  }
  const objectType = objectTypeOf(run, runtimeType, returnType, nodes, info, result);
  return completeObject(run, objectType, nodes, info, path, result);
}

/** The object type an abstract type's resolver named, checked as graphql-js checks it. */
function objectTypeOf(
  run: Run,
  name: unknown,
  returnType: GraphQLAbstractType,
  nodes: FieldNode[],
  info: GraphQLResolveInfo,
  result: unknown,
): GraphQLObjectType {
  const field = `${info.parentType.name}.${info.fieldName}`;
  if (name == null) {
    throw new GraphQLError(
      `Abstract type "${returnType.name}" must resolve to an Object type at runtime for field "${field}". Either the "${returnType.name}" type should provide a "resolveType" function or each possible type should provide an "isTypeOf" function.`,
      { nodes },
    );
  }
  if (typeof name !== 'string') {
    throw new GraphQLError(
      `Abstract type "${returnType.name}" must resolve to an Object type at runtime for field "${field}" with value ${inspect(result)}, received "${inspect(name)}".`,
      { nodes },
    );
  }
  const type = run.schema.getType(name);
  if (!type) {
    throw new GraphQLError(
      `Abstract type "${returnType.name}" was resolved to a type "${name}" that does not exist inside the schema.`,
      { nodes },
    );
  }
  if (!isObjectType(type)) {
    throw new GraphQLError(
      `Abstract type "${returnType.name}" was resolved to a non-object type "${name}".`,
      { nodes },
    );
  }
  if (!run.schema.isSubType(returnType, type)) {
    throw new GraphQLError(
      `Runtime Object type "${type.name}" is not a possible type for "${returnType.name}".`,
      { nodes },
    );
  }
  return type;
}

function completeObject(
  run: Run,
  returnType: GraphQLObjectType,
  nodes: FieldNode[],
  info: GraphQLResolveInfo,
  path: Path,
  result: unknown,
): unknown {
  if (returnType.isTypeOf) {
    const isTypeOf = returnType.isTypeOf(result, run.contextValue, info);
    if (isPromise(isTypeOf)) {
      return isTypeOf.then((matches) => {
        if (!matches) throw wrongType(returnType, result, nodes);
        return executeFields(run, returnType, result, path, subfields(run, nodes, returnType));
      });
    }
    if (!isTypeOf) throw wrongType(returnType, result, nodes);
  }
  return executeFields(run, returnType, result, path, subfields(run, nodes, returnType));
}

const wrongType = (type: GraphQLObjectType, result: unknown, nodes: FieldNode[]) =>
  new GraphQLError(`Expected value of type "${type.name}" but got: ${inspect(result)}.`, {
    nodes,
  });
