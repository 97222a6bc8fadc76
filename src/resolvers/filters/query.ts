import { and } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { KeysetQuery } from '../pagination/keyset';
import { type OrderByInput, type OrderFields, orderTermsOf } from './order';
import { compileWhere, type FilterFields, type WhereInput } from './where';

/** An entity's filterable and sortable fields: what its `where` and `orderBy` may name. */
export interface FilterSpec {
  fields: FilterFields;
  order: OrderFields;
}

/**
 * A list's keyset query with the client's `where` ANDed to its own conditions (visibility, older
 * filter arguments) and `orderBy`, when given, in place of its default order.
 */
export function withWhereAndOrder<T extends SQLiteTable>(
  query: KeysetQuery<T>,
  spec: FilterSpec,
  args: { where?: WhereInput | null; orderBy?: readonly OrderByInput[] | null },
): KeysetQuery<T> {
  const where = compileWhere(spec.fields, args.where);
  const sort =
    args.orderBy != null && args.orderBy.length > 0
      ? orderTermsOf(spec.order, args.orderBy)
      : { order: query.order, computed: query.computed };
  return { ...query, where: and(query.where, where.sql), ...sort };
}
