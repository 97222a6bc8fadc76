import type DataLoader from 'dataloader';
import { getTableColumns, getTableName, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { FieldNode, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { entryOf } from '../db/map-entry';
import { nodeJoins } from '../resolvers/access';
import type { KeysetQuery, PageJoin } from '../resolvers/pagination/keyset';
import { keepPartial, primeSettled } from '../resolvers/settled-loads';
import { type ConnectionPage, readsWithParents, readWithParentsIn } from './child-pages';
import { fieldsOnNodes, selectedFields, selectedOnNodes, subfieldsOf } from './lookahead';
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
 * A connection's page loader (`name`, `query`) that reads along with its rows those of
 * `references` (node field -> the column holding the other row's id, and what it points to) that
 * the operation selects (KeysetQuery `joins`), primed into their loaders as they arrive. A row its
 * rule hides is not primed, and its loader reads (and hides) it as before: a round trip, never
 * another answer. The loader's name carries the choice: two selections of one connection with
 * different fields page apart.
 */
export function pageWithJoins<T extends SQLiteTable>(
  ctx: Context,
  info: GraphQLResolveInfo,
  name: string,
  references: Record<string, readonly [SQLiteColumn, JoinTarget]>,
  query: () => KeysetQuery<T>,
): ConnectionPage<T> {
  const selected = selectedOnNodes(info, Object.keys(references));
  if (selected.length === 0) return { name, query };
  const keys: string[] = [];
  const joins = selected.map((field) => {
    const reference = references[field] as readonly [SQLiteColumn, JoinTarget];
    const narrow = narrowed(info, field, reference[1]);
    keys.push(narrow ? `${field}(${narrow.columns.join(' ')})` : field);
    return joinOf(ctx, reference, narrow);
  });
  return { name: `${name}+${keys.join(',')}`, query: () => ({ ...query(), joins }) };
}

/** The columns a selection of a reference reads, and the field nodes that select it. */
interface Narrowed {
  columns: string[];
  selections: FieldNode[];
}

/** By the connection's field nodes (one array for every parent of a list), then by reference. */
const narrowings = new WeakMap<readonly FieldNode[], Map<string, Narrowed | null>>();

/**
 * The columns of `target`'s table that the operation reads through the reference `field` on the
 * connection's nodes: the id, the exposed columns of the fields it selects, and `fieldColumns`
 * of the others; null (the whole row) when one selected field is none of those.
 */
function narrowed(info: GraphQLResolveInfo, field: string, target: JoinTarget): Narrowed | null {
  const byField = entryOf(narrowings, info.fieldNodes, () => new Map());
  if (byField.has(field)) return byField.get(field) ?? null;
  const selections = fieldsOnNodes(info, [], (name) => name === field);
  const type = info.schema.getType(target.type) as GraphQLObjectType;
  const fields = type.getFields();
  const table = new Set(Object.keys(getTableColumns(target.table)));
  const columns = new Set(['id']);
  let whole = selections.length === 0;
  for (const node of selections) {
    for (const sub of subfieldsOf(info, node)) {
      const name = sub.name.value;
      if (name === '__typename' || name === 'id') continue;
      const exposed = fields[name]?.extensions?.pothosExposedField;
      const read =
        typeof exposed === 'string'
          ? [exposed]
          : (target.fieldColumns?.[name] ??
            (startsWithParent(target.type, name) || readsWithParents(target.type, name)
              ? []
              : null));
      if (!read || read.some((column) => !table.has(column))) whole = true;
      else for (const column of read) columns.add(column);
    }
  }
  const answer = whole ? null : { columns: [...columns].sort(), selections };
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
      column: null,
    };
    readWithParentsIn(ctx, info, node, target.type, parents);
  }
}
