import type DataLoader from 'dataloader';
import { getTableColumns, getTableName, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { type FieldNode, type GraphQLResolveInfo, getNamedType, isObjectType } from 'graphql';
import { type Context, perRequest } from '../context';
import { entryOf } from '../db/map-entry';
import { nodeJoins } from '../resolvers/access';
import type { KeysetQuery, PageJoin } from '../resolvers/pagination/keyset';
import { keepPartial, primeSettled } from '../resolvers/settled-loads';
import { type ConnectionPage, readsWithParents, readWithParentsIn } from './child-pages';
import {
  fieldsOnNodes,
  sameFieldNodes,
  selectedFields,
  selectedOnNodes,
  subfieldsOf,
} from './lookahead';
import { startsWithParent } from './started-pages';

/** A row type that a page can read beside its own rows, exactly as its loader would load it. */
export interface JoinTarget {
  /** The table, keyed by `id`. */
  table: SQLiteTable;
  /** The loader's access rule, on a joined copy's id column: only rows it passes are primed. */
  visible: (ctx: Context, id: SQLiteColumn) => SQL;
  /** The loader the rows found are primed into. */
  loader: (ctx: Context) => DataLoader<string, unknown>;
  /** The GraphQL type of the rows (its fields say which columns a selection reads). */
  type: string;
  /**
   * The columns (property keys) read by the type's fields that are neither exposed columns nor
   * connections paged by the row's id alone; the id is always read. A selected field found in
   * none of the three reads the whole row.
   */
  fieldColumns?: Record<string, readonly string[]>;
}

/**
 * A connection's page loader (`name`, `query`, over `table`) that reads of its own rows only the
 * columns the operation's selection on its nodes needs (KeysetQuery `columns`, `ownColumns`), and
 * along with them those of `references` (node field -> the column holding the other row's id,
 * and what it points to) that the operation selects (KeysetQuery `joins`), primed into their
 * loaders as they arrive. A row its rule hides is not primed, and its loader reads (and hides) it
 * as before: a round trip, never another answer. The loader's name carries the choices: two
 * selections of one connection with different fields page apart.
 */
export function pageWithJoins<T extends SQLiteTable>(
  ctx: Context,
  info: GraphQLResolveInfo,
  name: string,
  table: T,
  references: Record<string, readonly [SQLiteColumn, JoinTarget]>,
  query: () => KeysetQuery<T>,
): ConnectionPage<T> {
  // graphql-js resolves the field once per parent with the same field nodes (and so the same
  // arguments): under a page of 50 messages, its deliveries would be worked out 50 times.
  const byName = entryOf(pagesOfRequest(ctx), info.fieldNodes, () => new Map());
  return entryOf(byName, name, (): ConnectionPage<SQLiteTable> => {
    const columns = ownColumns(info, table, references);
    const keys = columns ? [`(${columns.join(' ')})`] : [];
    // A page whose total nobody asks for reads no count: counting reads every row of the
    // parent under its rule (a thread's deliveries, participants and messages: a fifth of its
    // rows read), where the page reads its first rows.
    const uncounted = selectedFields(info, (field) => field === 'totalCount').length === 0;
    if (uncounted) keys.push('uncounted');
    const joins = selectedOnNodes(info, Object.keys(references)).map((field) => {
      const reference = references[field] as readonly [SQLiteColumn, JoinTarget];
      const narrow = narrowed(info, field, reference[1]);
      keys.push(narrow ? `${field}(${narrow.columns.join(' ')})` : field);
      return joinOf(ctx, reference, narrow);
    });
    if (keys.length === 0) return { name, query };
    return {
      name: `${name}+${keys.join(',')}`,
      query: () => ({
        ...query(),
        ...(joins.length > 0 ? { joins } : {}),
        ...(columns ? { columns } : {}),
        ...(uncounted ? { uncounted } : {}),
      }),
    };
  }) as ConnectionPage<T>;
}

/** This request's pages worked out by `pageWithJoins`, by field nodes and name. */
const pagesOfRequest = (ctx: Context) =>
  perRequest(
    ctx,
    'pageWithJoins',
    () => new WeakMap<readonly FieldNode[], Map<string, ConnectionPage<SQLiteTable>>>(),
  );

/**
 * The columns of `table` (property keys) that `subfields`, the fields selected on a `typeName`
 * row, read: the id, the column of each exposed field, and what `known` says of the others (a
 * reference's column, declared columns, none for a connection paged by the id alone). Null (the
 * whole row) when one field is none of those, reads under a rule of its own (`authScopes`: a
 * function of the row may read any column), or the type is not an object type.
 */
function columnsRead(
  info: GraphQLResolveInfo,
  typeName: string,
  table: SQLiteTable,
  subfields: readonly FieldNode[],
  known: (name: string) => readonly string[] | null,
): string[] | null {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return null;
  const fields = type.getFields();
  const tableKeys = new Set(Object.keys(getTableColumns(table)));
  const columns = new Set(['id']);
  for (const sub of subfields) {
    const name = sub.name.value;
    if (name === '__typename' || name === 'id') continue;
    const field = fields[name];
    const exposed = field?.extensions?.pothosExposedField;
    const options = field?.extensions?.pothosOptions as { authScopes?: unknown } | undefined;
    const read =
      typeof exposed === 'string' && options?.authScopes === undefined ? [exposed] : known(name);
    if (!read || read.some((column) => !tableKeys.has(column))) return null;
    for (const column of read) columns.add(column);
  }
  return [...columns].sort();
}

/** A connection of `type` that reads nothing of its parent but the id. */
const pagedById = (type: string, name: string) =>
  startsWithParent(type, name) || readsWithParents(type, name);

/** By the connection's field nodes (`sameFieldNodes`: once per document and connection). */
const ownNarrowings = new WeakMap<readonly FieldNode[], string[] | null>();

/**
 * The columns of its own table that the connection being resolved reads for the fields its
 * nodes select (`columnsRead`; a reference's field reads its column); null: the whole row. Each
 * column is a cell D1 sends and the isolate decodes for every row: a page of work items asked
 * for titles and owners read eighteen columns, a work item's description among them.
 */
function ownColumns(
  info: GraphQLResolveInfo,
  table: SQLiteTable,
  references: Record<string, readonly [SQLiteColumn, JoinTarget]>,
): string[] | null {
  const key = sameFieldNodes(info);
  const cached = ownNarrowings.get(key);
  if (cached !== undefined) return cached;
  const nodeType = nodeTypeOf(info);
  const keyOf = new Map(
    Object.entries(getTableColumns(table)).map(([key, column]) => [column.name, key]),
  );
  const answer =
    nodeType === null
      ? null
      : columnsRead(
          info,
          nodeType,
          table,
          fieldsOnNodes(info, [], () => true),
          (name) => {
            const reference = references[name];
            if (reference) {
              const key = keyOf.get(reference[0].name);
              return key ? [key] : null;
            }
            return pagedById(nodeType, name) ? [] : null;
          },
        );
  ownNarrowings.set(key, answer);
  return answer;
}

/** The type of the nodes of the connection being resolved (`edges { node }`), if an object type. */
function nodeTypeOf(info: GraphQLResolveInfo): string | null {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return null;
  const edges = connection.getFields().edges;
  const edge = edges && getNamedType(edges.type);
  if (!isObjectType(edge)) return null;
  const node = edge.getFields().node;
  const type = node && getNamedType(node.type);
  return isObjectType(type) ? type.name : null;
}

/** The columns a selection of a reference reads, and the field nodes that select it. */
interface Narrowed {
  columns: string[];
  selections: FieldNode[];
}

/** By the connection's field nodes (`sameFieldNodes`), then by reference. */
const narrowings = new WeakMap<readonly FieldNode[], Map<string, Narrowed | null>>();

/**
 * The columns of `target`'s table that the operation reads through the reference `field` on the
 * connection's nodes: the id, the exposed columns of the fields it selects, and `fieldColumns`
 * of the others; null (the whole row) when one selected field is none of those.
 */
function narrowed(info: GraphQLResolveInfo, field: string, target: JoinTarget): Narrowed | null {
  const byField = entryOf(narrowings, sameFieldNodes(info), () => new Map());
  if (byField.has(field)) return byField.get(field) ?? null;
  const selections = fieldsOnNodes(info, [], (name) => name === field);
  const columns =
    selections.length === 0
      ? null
      : columnsRead(
          info,
          target.type,
          target.table,
          selections.flatMap((node) => subfieldsOf(info, node)),
          (name) => target.fieldColumns?.[name] ?? (pagedById(target.type, name) ? [] : null),
        );
  const answer = columns ? { columns, selections } : null;
  byField.set(field, answer);
  return answer;
}

/**
 * A reference as a join: the target's rule on the joined copy, its rows primed into its loader;
 * or, read narrowed to what its selections need, kept for them alone (`keepPartial`).
 */
function joinOf(
  ctx: Context,
  [column, target]: readonly [SQLiteColumn, JoinTarget],
  narrow: Narrowed | null = null,
): PageJoin {
  const loader = target.loader(ctx);
  return {
    column,
    table: target.table,
    visible: (id) => target.visible(ctx, id),
    ...(narrow
      ? {
          columns: narrow.columns,
          found: (row) => keepPartial(loader, narrow.selections, row.id as string, row),
        }
      : { found: (row) => primeSettled(loader, row.id as string, row) }),
  };
}

const nodeReferences = new Map<string, Record<string, readonly [SQLiteColumn, JoinTarget]>>();

/**
 * Declares the rows a node type's loader can read with its rows when `node(id:)` refetches it
 * and the operation selects them (`WorkItem`: its `workspace`): their loaders are primed, one
 * round trip fewer per refetch. The loader must pass `nodeJoins(ctx, type)` on.
 */
export function joinsOnNode(
  type: string,
  references: Record<string, readonly [SQLiteColumn, JoinTarget]>,
): void {
  nodeReferences.set(type, references);
}

/**
 * Called by `node(id:)` and `nodes(ids:)` before they load `type`: adds to this request's
 * `nodeJoins` the declared references the operation selects on the node.
 */
export function wantNodeJoins(ctx: Context, info: GraphQLResolveInfo, type: string): void {
  const references = nodeReferences.get(type);
  if (!references) return;
  const joins = nodeJoins(ctx, type);
  const names = new Set(
    selectedFields(info, (name) => name in references).map((f) => f.name.value),
  );
  for (const name of names) {
    const reference = references[name] as readonly [SQLiteColumn, JoinTarget];
    // Once per reference and request: a second `node` of the same type adds nothing.
    if (joins.some((join) => join.column === reference[0])) continue;
    joins.push(joinOf(ctx, reference));
  }
}

/**
 * Called by `node(id:)` and `nodes(ids:)` beside their load of `type`'s row `id`: the marked
 * connections (`readWithParents`) the operation selects on a declared reference (a work item's
 * `workspace { members }`) are read in the same batch, their parent selected by the node's own
 * column (`select workspace_id from work_items where id = ?`), not waited for. Each page carries
 * its own rule, and reaches the operation only through the reference's field, once the node and
 * the referenced row have passed theirs.
 */
export function startReferencePages(
  ctx: Context,
  info: GraphQLResolveInfo,
  type: string,
  id: string,
): void {
  const references = nodeReferences.get(type);
  if (!references) return;
  for (const node of selectedFields(info, (name) => name in references)) {
    const [column, target] = references[node.name.value] as readonly [SQLiteColumn, JoinTarget];
    const parents = {
      sql: `select "${column.name}" from "${getTableName(column.table)}" where "id" = ?`,
      params: [id],
    };
    readWithParentsIn(ctx, info, node, target.type, parents);
  }
}
