import {
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  getArgumentValues,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { entryOf } from '../db/map-entry';

/**
 * The fields of a selection set that `keep` accepts by name, through inline fragments and
 * fragment spreads. Type conditions and @include/@skip are not weighed: a field counted that will
 * not run costs a read, one that runs but was missed costs a round trip, never a wrong answer.
 */
function fieldsWhere(
  set: SelectionSetNode | undefined,
  keep: (name: string) => boolean,
  info: GraphQLResolveInfo,
  seen = new Set<string>(),
): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (keep(selection.name.value)) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...fieldsWhere(selection.selectionSet, keep, info, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = info.fragments[selection.name.value];
      found.push(...fieldsWhere(fragment?.selectionSet, keep, info, seen));
    }
  }
  return found;
}

const fieldsNamed = (set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo) =>
  fieldsWhere(set, (found) => found === name, info);

/** The fields selected on the value of the field being resolved whose names `keep` accepts. */
export function selectedFields(
  info: GraphQLResolveInfo,
  keep: (name: string) => boolean,
): FieldNode[] {
  return info.fieldNodes.flatMap((field) => fieldsWhere(field.selectionSet, keep, info));
}

/** The fields selected under `node` (a field of the operation), through fragments. */
export function subfieldsOf(info: GraphQLResolveInfo, node: FieldNode): FieldNode[] {
  return fieldsWhere(node.selectionSet, () => true, info);
}

/** The arrays `sameFieldNodes` has handed out, by their first node. */
const canonical = new WeakMap<FieldNode, { parent: string; nodes: readonly FieldNode[] }[]>();

/**
 * One array for the field being resolved, the same in every request of the same document: an
 * executor may make a new `fieldNodes` array per execution (Yoga's does, for subscriptions; the
 * gateway's own keeps them with the document unless an `@skip`/`@include` names a variable), but
 * the nodes in it are the cached document's own. What is worked out from the selection alone
 * (columns a page reads, the references it joins) is then worked out once per document and
 * parent type, not once per request; it goes when the document leaves Yoga's parse cache.
 */
export function sameFieldNodes(info: GraphQLResolveInfo): readonly FieldNode[] {
  const { fieldNodes } = info;
  const first = fieldNodes[0];
  if (!first) return fieldNodes;
  const parent = info.parentType.name;
  const known = entryOf(canonical, first, () => []);
  for (const entry of known) {
    if (
      entry.parent === parent &&
      entry.nodes.length === fieldNodes.length &&
      entry.nodes.every((node, i) => node === fieldNodes[i])
    ) {
      return entry.nodes;
    }
  }
  known.push({ parent, nodes: fieldNodes });
  return fieldNodes;
}

/** Answers by field nodes (`sameFieldNodes`): once per document and connection. */
const answers = new WeakMap<readonly FieldNode[], Map<string, string[]>>();

/**
 * Which of `names` the operation selects on the nodes of the connection being resolved (under
 * `edges { node { ... } }` or `nodes { ... }`): what a page may read along with its rows.
 */
export function selectedOnNodes(info: GraphQLResolveInfo, names: readonly string[]): string[] {
  const byNames = entryOf(answers, sameFieldNodes(info), () => new Map<string, string[]>());
  const key = names.join(',');
  const known = byNames.get(key);
  if (known) return known;
  const found = walkNodes(info, names);
  byNames.set(key, found);
  return found;
}

/** The selection sets of the nodes of the connection being resolved. */
function nodeSelections(info: GraphQLResolveInfo): SelectionSetNode[] {
  const nodeSets: SelectionSetNode[] = [];
  for (const field of info.fieldNodes) {
    for (const edges of fieldsNamed(field.selectionSet, 'edges', info)) {
      for (const node of fieldsNamed(edges.selectionSet, 'node', info)) {
        if (node.selectionSet) nodeSets.push(node.selectionSet);
      }
    }
    for (const nodes of fieldsNamed(field.selectionSet, 'nodes', info)) {
      if (nodes.selectionSet) nodeSets.push(nodes.selectionSet);
    }
  }
  return nodeSets;
}

function walkNodes(info: GraphQLResolveInfo, names: readonly string[]): string[] {
  const nodeSets = nodeSelections(info);
  return names.filter((name) => nodeSets.some((set) => fieldsNamed(set, name, info).length > 0));
}

/**
 * The fields selected on the nodes of the connection being resolved (`path` empty), or on a
 * field of theirs (`path` ['workspace']: on each node's workspace), that `keep` accepts.
 */
export function fieldsOnNodes(
  info: GraphQLResolveInfo,
  path: readonly string[],
  keep: (name: string) => boolean,
): FieldNode[] {
  return descend(nodeSelections(info), path, info).flatMap((set) => fieldsWhere(set, keep, info));
}

/** The selection sets found below `sets` along `path`, a field name a step. */
function descend(
  sets: SelectionSetNode[],
  path: readonly string[],
  info: GraphQLResolveInfo,
): SelectionSetNode[] {
  let below = sets;
  for (const step of path) {
    below = below.flatMap((set) =>
      fieldsNamed(set, step, info).flatMap((field) =>
        field.selectionSet ? [field.selectionSet] : [],
      ),
    );
  }
  return below;
}

/**
 * The names of the fields selected on the value of the field being resolved (`path` empty), or
 * below it along `path` (['rows', 'figures']: on each row's figures), through fragments.
 */
export function namesSelectedAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const own = info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  const names = new Set<string>();
  for (const set of descend(own, path, info)) {
    for (const field of fieldsWhere(set, () => true, info)) names.add(field.name.value);
  }
  return names;
}

/**
 * A field selected below the one being resolved (`node`, on `parentType`), as graphql-js will
 * call its resolver: its arguments coerced from the operation's variables, and an info naming
 * it. Throws when its arguments do not hold (the field reports that itself when it runs).
 */
export function selectedFieldCall(
  info: GraphQLResolveInfo,
  parentType: GraphQLObjectType,
  node: FieldNode,
): { args: Record<string, unknown>; info: GraphQLResolveInfo } | null {
  const field = parentType.getFields()[node.name.value];
  if (!field) return null;
  return {
    args: getArgumentValues(field, node, info.variableValues),
    info: {
      ...info,
      fieldName: field.name,
      fieldNodes: [node],
      parentType,
      returnType: field.type,
    },
  };
}
