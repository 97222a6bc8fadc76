import { and, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../context';
import { workItems } from '../../db/tables';
import { loadVisibleByIds, nodeJoins, workItemVisibleTo } from '../access';
import { ValidationError } from '../errors';
import { type OrderByInput, orderTermsOf } from '../filters/order';
import { textContains } from '../filters/text-match';
import { compileWhere, type WhereInput } from '../filters/where';
import { idOf } from '../global-id';
import type { KeysetQuery, OrderTerm } from '../pagination/keyset';
import { optionalText } from '../validate';
import { NO_DUE_DATE, WORK_ITEM_ORDER_FIELDS, workItemFilterFields } from './filters';

export type WorkItemRow = typeof workItems.$inferSelect;
export type WorkItemType = WorkItemRow['type'];
export type WorkItemStatus = WorkItemRow['status'];
export type WorkItemScope = WorkItemRow['visibilityScope'];

export const WORK_ITEM_TYPES: readonly WorkItemType[] = ['task', 'scheduled'];
export const WORK_ITEM_STATUSES: readonly WorkItemStatus[] = [
  'todo',
  'in_progress',
  'done',
  'cancelled',
];
export const WORK_ITEM_SCOPES: readonly WorkItemScope[] = ['private', 'room', 'quest', 'squad'];

/** Work items by id, for the WorkItem loader: only those the viewer may see. */
export function loadWorkItems(ctx: Context, ids: readonly string[]): Promise<WorkItemRow[]> {
  return loadVisibleByIds(ctx, workItems, ids, workItemVisibleTo(ctx), nodeJoins(ctx, 'WorkItem'));
}

export interface WorkItemFilterInput {
  status?: readonly WorkItemStatus[] | null;
  type?: WorkItemType | null;
  visibility?: readonly WorkItemScope[] | null;
  /** A User's global ID. */
  assigneeId?: string | null;
  dueAfter?: string | null;
  dueBefore?: string | null;
  titleContains?: string | null;
}

export type WorkItemOrder = 'CREATED_AT_DESC' | 'CREATED_AT_ASC' | 'DUE_AT_ASC';

const MAX_LIST_FILTER = 20;
const MAX_TITLE_FILTER = 100;

/**
 * `column IN ('a', 'b')` for values of a closed enum, written as literals: GraphQL has already
 * checked each against the enum, and `allowed` checks again, so nothing a client typed reaches
 * the SQL text. Literals keep D1's 100-parameter budget for parent ids. An empty list matches none.
 */
function enumIn<V extends string>(
  field: string,
  column: SQLiteColumn,
  values: readonly V[],
  allowed: readonly V[],
): SQL {
  if (values.length > MAX_LIST_FILTER) {
    throw ValidationError.of(field, `must list at most ${MAX_LIST_FILTER} values.`);
  }
  const distinct = [...new Set(values)];
  if (distinct.some((value) => !allowed.includes(value))) {
    throw ValidationError.of(field, 'has a value this field does not know.');
  }
  if (distinct.length === 0) return sql`0`;
  // The unary `+` keeps SQLite off the column's own index: a status or scope matches a quarter of
  // all items, while the parent, owner or visibility indexes narrow to a few (query-plans test).
  return sql`+${column} in (${sql.raw(distinct.map((value) => `'${value}'`).join(', '))})`;
}

/** The SQL of a WorkItemFilter, validated (a ValidationError names the bad field). */
export function workItemFilterSql(
  filter: WorkItemFilterInput | null | undefined,
  field = 'filter',
): SQL | undefined {
  if (!filter) return undefined;
  const terms: (SQL | undefined)[] = [];
  if (filter.status != null) {
    terms.push(enumIn(`${field}.status`, workItems.status, filter.status, WORK_ITEM_STATUSES));
  }
  if (filter.type != null) {
    terms.push(enumIn(`${field}.type`, workItems.type, [filter.type], WORK_ITEM_TYPES));
  }
  if (filter.visibility != null) {
    terms.push(
      enumIn(`${field}.visibility`, workItems.visibilityScope, filter.visibility, WORK_ITEM_SCOPES),
    );
  }
  if (filter.assigneeId != null) {
    const assigneeId = idOf(`${field}.assigneeId`, filter.assigneeId, 'User');
    terms.push(sql`${workItems.assigneeId} = ${assigneeId}`);
  }
  if (filter.dueAfter != null && filter.dueBefore != null && filter.dueAfter >= filter.dueBefore) {
    throw ValidationError.of(`${field}.dueBefore`, 'must be later than dueAfter.');
  }
  if (filter.dueAfter != null) terms.push(sql`${workItems.dueAt} >= ${filter.dueAfter}`);
  if (filter.dueBefore != null) terms.push(sql`${workItems.dueAt} < ${filter.dueBefore}`);
  const title = optionalText(`${field}.titleContains`, filter.titleContains, MAX_TITLE_FILTER);
  if (title !== null) {
    terms.push(textContains(workItems.title, title));
  }
  return and(...terms);
}

// due_at is nullable and a cursor cannot hold a NULL: items without a due date sort last, under
// a date no real one reaches (ties are broken by id, so the sentinel never merges two rows).
const DUE_KEY = sql`coalesce(${workItems.dueAt}, ${sql.raw(`'${NO_DUE_DATE}'`)})`;

function orderTerms(
  order: WorkItemOrder,
): Pick<KeysetQuery<typeof workItems>, 'order' | 'computed'> {
  switch (order) {
    case 'CREATED_AT_ASC':
      return {
        order: [
          { key: 'createdAt', direction: 'asc' },
          { key: 'id', direction: 'asc' },
        ],
      };
    case 'DUE_AT_ASC':
      return {
        computed: { dueKey: DUE_KEY },
        order: [
          { key: 'dueKey', direction: 'asc' },
          { key: 'id', direction: 'asc' },
        ] satisfies OrderTerm[],
      };
    default:
      return {
        order: [
          { key: 'createdAt', direction: 'desc' },
          { key: 'id', direction: 'desc' },
        ],
      };
  }
}

/** The arguments of every work-item connection. */
export interface WorkItemListArgs {
  /** Deprecated (use `where`). */
  filter?: WorkItemFilterInput | null;
  /** Deprecated (use `orderBy`). */
  order?: WorkItemOrder | null;
  where?: WhereInput | null;
  orderBy?: readonly OrderByInput[] | null;
}

/** The sort of a work-item list: `orderBy` when given, else the older `order` (newest first). */
function sortOf(args: WorkItemListArgs): Pick<KeysetQuery<typeof workItems>, 'order' | 'computed'> {
  if (args.orderBy != null && args.order != null) {
    throw ValidationError.of('order', 'cannot be combined with orderBy: use orderBy alone.');
  }
  if (args.orderBy != null && args.orderBy.length > 0) {
    return orderTermsOf(WORK_ITEM_ORDER_FIELDS, args.orderBy);
  }
  return orderTerms(args.order ?? 'CREATED_AT_DESC');
}

/**
 * A connection of work items: those under `parentColumn` (a workspace's, a room's, an owner's...)
 * or, without one, every item; always only the ones the viewer sees (the rule ANDed in the SQL),
 * then the client's `where` (and the older `filter`).
 */
export function workItemsQuery(
  ctx: Context,
  parentColumn: SQLiteColumn | undefined,
  args: WorkItemListArgs,
): KeysetQuery<typeof workItems> {
  const where = compileWhere(workItemFilterFields(ctx), args.where);
  return {
    table: workItems,
    parentColumn,
    where: and(workItemVisibleTo(ctx), workItemFilterSql(args.filter), where.sql),
    ...sortOf(args),
  };
}
