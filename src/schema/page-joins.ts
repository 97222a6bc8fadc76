import type DataLoader from 'dataloader';
import type { SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { nodeJoins } from '../resolvers/access';
import type { KeysetQuery, PageJoin } from '../resolvers/pagination/keyset';
import { primeSettled } from '../resolvers/settled-loads';
import type { ConnectionPage } from './child-pages';
import { selectedFields, selectedOnNodes } from './lookahead';

/** A row type that a page can read beside its own rows, exactly as its loader would load it. */
export interface JoinTarget {
  /** The table, keyed by `id`. */
  table: SQLiteTable;
  /** The loader's access rule, on a joined copy's id column: only rows it passes are primed. */
  visible: (ctx: Context, id: SQLiteColumn) => SQL;
  /** The loader the rows found are primed into. */
  loader: (ctx: Context) => DataLoader<string, unknown>;
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
  const joins = selected.map((field) =>
    joinOf(ctx, references[field] as readonly [SQLiteColumn, JoinTarget]),
  );
  return { name: `${name}+${selected.join(',')}`, query: () => ({ ...query(), joins }) };
}

/** A reference as a join: the target's rule on the joined copy, its rows primed into its loader. */
function joinOf(ctx: Context, [column, target]: readonly [SQLiteColumn, JoinTarget]): PageJoin {
  const loader = target.loader(ctx);
  return {
    column,
    table: target.table,
    visible: (id) => target.visible(ctx, id),
    found: (row) => primeSettled(loader, row.id as string, row),
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
