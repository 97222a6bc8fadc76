import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ValidationError } from '../errors';
import type { KeysetQuery, OrderTerm } from '../pagination/keyset';

/** A field a list may be sorted by: a column key of the table, maybe nullable. */
export interface OrderField {
  /** Property name of the column in the drizzle table. */
  key: string;
  column: SQLiteColumn;
  /**
   * For a nullable column: what NULL sorts as. A cursor cannot hold a NULL and a keyset
   * comparison with one is never true, so the column sorts through `coalesce(column, sentinel)`,
   * a value past every real one: NULLs come last going up and first going down.
   */
  nullsAs?: string;
}

export type OrderFields = Record<string, OrderField>;

export interface OrderByInput {
  field: string;
  direction?: 'asc' | 'desc' | null;
}

/** Terms a client may list before the unique tiebreaker (id) that is always appended. */
export const MAX_ORDER_TERMS = 3;

/**
 * `orderBy: [{ field, direction }]` as keyset terms: the client's fields in their order, then the
 * row's id (in the last term's direction) so that every row has a unique sort key and cursors
 * never skip or repeat a row. A field listed twice is refused (the second would never decide).
 */
export function orderTermsOf(
  fields: OrderFields,
  orderBy: readonly OrderByInput[],
  argument = 'orderBy',
): Pick<KeysetQuery<never>, 'order' | 'computed'> {
  if (orderBy.length > MAX_ORDER_TERMS) {
    throw ValidationError.of(argument, `may list at most ${MAX_ORDER_TERMS} fields.`);
  }
  const order: OrderTerm[] = [];
  const computed: Record<string, SQL> = {};
  const seen = new Set<string>();
  for (const [index, term] of orderBy.entries()) {
    const field = fields[term.field];
    if (!field) throw ValidationError.of(`${argument}[${index}].field`, 'is not sortable.');
    if (seen.has(term.field)) {
      throw ValidationError.of(`${argument}[${index}].field`, 'is listed twice.');
    }
    seen.add(term.field);
    const direction = term.direction ?? 'asc';
    if (field.nullsAs !== undefined) {
      const key = `${field.key}SortKey`;
      computed[key] = sql`coalesce(${field.column}, ${sql.raw(`'${field.nullsAs}'`)})`;
      order.push({ key, direction });
    } else {
      order.push({ key: field.key, direction });
    }
  }
  order.push({ key: 'id', direction: order.at(-1)?.direction ?? 'asc' });
  return Object.keys(computed).length > 0 ? { order, computed } : { order };
}
