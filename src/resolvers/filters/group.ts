import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../context';
import { ValidationError } from '../errors';

/** Groups one aggregate returns at most (per parent), largest first. */
export const MAX_GROUPS = 500;

export interface GroupQuery {
  table: SQLiteTable;
  /** The rows counted: the visibility rule ANDed with the client's filter. */
  where: SQL | undefined;
  /** What a group may be keyed by: the client's `groupBy` names, each an expression of the row. */
  dimensions: Record<string, SQL>;
  /** Figures beside the count (`sum(cost_usd)`...), by output name. */
  measures?: Record<string, SQL>;
  /** The column tying rows to a parent (a workspace's items); none for a whole table. */
  parentColumn?: SQLiteColumn;
}

export interface GroupRow {
  count: number;
  /** The group's keys, by dimension name (null where the row has none). */
  keys: Record<string, string | number | null>;
  /** The measures, by name. */
  figures: Record<string, number>;
}

/** The `groupBy` list checked: 1-3 distinct dimensions this query knows. */
export function checkGroupBy(query: GroupQuery, groupBy: readonly string[], argument = 'groupBy') {
  if (groupBy.length === 0 || groupBy.length > 3) {
    throw ValidationError.of(argument, 'must list 1 to 3 groupings.');
  }
  if (new Set(groupBy).size !== groupBy.length) {
    throw ValidationError.of(argument, 'lists a grouping twice.');
  }
  for (const name of groupBy) {
    if (!(name in query.dimensions)) throw ValidationError.of(argument, `cannot group by ${name}.`);
  }
}

/**
 * Counts of the rows `where` admits, grouped by `groupBy`, for each parent at once (one
 * statement: GROUP BY the parent and the keys, ranked per parent by count so each keeps its
 * `MAX_GROUPS` largest). The visibility rule is in `where`, so no hidden row is ever counted.
 */
export async function groupCounts(
  ctx: Context,
  query: GroupQuery,
  groupBy: readonly string[],
  parentIds: readonly string[] | null,
): Promise<Map<string | null, GroupRow[]>> {
  checkGroupBy(query, groupBy);
  const parent = query.parentColumn ? sql`${query.parentColumn}` : sql`null`;
  const keys = groupBy.map((name, index) => ({
    name,
    expr: query.dimensions[name] as SQL,
    alias: `group_key_${index}`,
  }));
  const measures = Object.entries(query.measures ?? {});
  const selected: Record<string, SQL.Aliased> = {
    groupParent: sql<string | null>`${parent}`.as('group_parent'),
    groupCount: sql<number>`count(*)`.as('group_count'),
    groupRank:
      sql<number>`row_number() over (partition by ${parent} order by count(*) desc, ${sql.join(
        keys.map((key) => key.expr),
        sql`, `,
      )})`.as('group_rank'),
  };
  for (const key of keys) selected[key.alias] = sql`${key.expr}`.as(key.alias);
  for (const [name, expr] of measures) selected[`measure_${name}`] = sql`${expr}`.as(`m_${name}`);
  const filters = [query.where];
  if (query.parentColumn && parentIds) filters.push(inArray(query.parentColumn, [...parentIds]));
  const grouped = ctx.db
    .select(selected)
    .from(query.table)
    .where(and(...filters))
    .groupBy(parent, ...keys.map((key) => key.expr))
    .as('grouped');
  const groupedFields = grouped as unknown as Record<string, SQLiteColumn>;
  const statement = ctx.db
    .select()
    .from(grouped)
    .where(sql`${groupedFields.groupRank} <= ${MAX_GROUPS}`)
    .orderBy(groupedFields.groupParent as SQLiteColumn, groupedFields.groupRank as SQLiteColumn);
  const rows = (await ctx.reads.read(statement)) as Record<string, unknown>[];
  const result = new Map<string | null, GroupRow[]>();
  for (const row of rows) {
    const parentId = (row.groupParent as string | null) ?? null;
    const list = result.get(parentId) ?? [];
    list.push({
      count: Number(row.groupCount),
      keys: Object.fromEntries(
        keys.map((key) => [key.name, (row[key.alias] as string | number | null) ?? null]),
      ),
      figures: Object.fromEntries(
        measures.map(([name]) => [name, Number(row[`measure_${name}`] ?? 0)]),
      ),
    });
    result.set(parentId, list);
  }
  return result;
}

/** The groups of a whole table (an admin aggregate): no parent, one statement. */
export async function tableGroups(
  ctx: Context,
  query: Omit<GroupQuery, 'parentColumn'>,
  groupBy: readonly string[],
): Promise<GroupRow[]> {
  return (await groupCounts(ctx, query, groupBy, null)).get(null) ?? [];
}
