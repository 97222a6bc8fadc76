import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ValidationError } from '../errors';
import { idOf } from '../global-id';
import { textContains, textStartsWith } from './text-match';

/**
 * The one filter compiler: a `where` tree (`and`, `or`, `not`, and per-field operators) into SQL,
 * for any entity that describes its fields (`FilterFields`). The caller ANDs the result with its
 * visibility rule, so a filter only ever narrows what the viewer may see.
 */

/** Bounds of one `where` tree (docs: "Filters and orders", bounds). */
export const WHERE_LIMITS = {
  /** Levels of `and`/`or`/`not` inside one another. */
  depth: 4,
  /** Operators in the whole tree (`{ status: { in: [...] }, title: { contains: "x" } }` is 2). */
  conditions: 20,
  /** Values of one `in`/`notIn` list. */
  listValues: 20,
  /**
   * Bound parameters the tree may spend (ids, text, times, numbers; enum values are literals).
   * D1 caps a statement at 100 bound parameters, shared with parent ids, cursor and visibility.
   */
  parameters: 30,
  /** Characters of one text operand. */
  textLength: 100,
} as const;

export type FieldKind = 'enum' | 'id' | 'text' | 'time' | 'number';

export interface FilterField {
  /** The column (or an expression over the row) the operators compare. */
  column: SQLiteColumn | SQL;
  kind: FieldKind;
  /** Whether the value may be NULL (then `isNull` means something, and comparisons skip it). */
  nullable?: boolean;
  /** `enum`: the values the column may hold (checked again; written as literals). */
  values?: readonly string[];
  /** `id`: the node type of the global IDs it takes. */
  typename?: string;
  /**
   * `id`: which of the given raw ids the viewer may see, as a subquery (`select a.id from t a
   * where a.id in (...) and <rule>`), so a hidden id filters exactly as a missing one. Absent
   * where every id of the type is visible (users, to any signed-in viewer).
   */
  visibleIds?: (ids: SQL) => SQL;
}

export type FilterFields = Record<string, FilterField>;

/** One field's operators, as GraphQL hands them over. */
export interface FieldOperators {
  eq?: unknown;
  neq?: unknown;
  in?: readonly unknown[] | null;
  notIn?: readonly unknown[] | null;
  lt?: unknown;
  lte?: unknown;
  gt?: unknown;
  gte?: unknown;
  isNull?: boolean | null;
  contains?: string | null;
  startsWith?: string | null;
}

/** A `where` input: fields by name, plus `and`, `or`, `not`. */
export interface WhereInput {
  and?: readonly WhereInput[] | null;
  or?: readonly WhereInput[] | null;
  not?: WhereInput | null;
  [field: string]: unknown;
}

export interface CompiledWhere {
  sql: SQL | undefined;
  /** Operators in the tree (what the bounds and the cost count). */
  conditions: number;
  /** Bound parameters the SQL spends. */
  parameters: number;
}

const COMPARISONS = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** What an empty filter (`{}`, `and: []`) and an empty `or` come to, told apart by identity. */
const ALWAYS = sql`1`;
const NEVER = sql`0`;

/**
 * Terms joined by `and` or `or`, constants folded: `{}` matches everything and adds nothing to
 * an `and`, and makes an `or` match everything. So what reaches D1 holds only the counted
 * conditions (at most 20), however many empty objects a filter lists: D1 refuses an
 * expression nested 100 deep, which `or: [{}, {}, ...]` reached as an unexpected error.
 */
function junction(name: 'and' | 'or', terms: readonly SQL[]): SQL {
  const [identity, absorbing] = name === 'and' ? [ALWAYS, NEVER] : [NEVER, ALWAYS];
  if (terms.includes(absorbing)) return absorbing;
  const kept = terms.filter((term) => term !== identity);
  if (kept.length === 0) return identity;
  return sql`(${sql.join(kept, sql.raw(` ${name} `))})`;
}

class WhereCompiler {
  conditions = 0;
  parameters = 0;

  constructor(
    private readonly fields: FilterFields,
    private readonly root: string,
  ) {}

  node(input: WhereInput, path: string, depth: number): SQL {
    if (depth > WHERE_LIMITS.depth) {
      throw ValidationError.of(
        path,
        `nests and/or/not more than ${WHERE_LIMITS.depth} levels deep; flatten the filter.`,
      );
    }
    const terms: SQL[] = [];
    for (const [name, value] of Object.entries(input)) {
      if (value == null) continue;
      if (name === 'and' || name === 'or') {
        const children = (value as WhereInput[]).map((child, index) =>
          this.node(child, `${path}.${name}[${index}]`, depth + 1),
        );
        terms.push(junction(name, children));
      } else if (name === 'not') {
        const inner = this.node(value as WhereInput, `${path}.not`, depth + 1);
        terms.push(inner === ALWAYS ? NEVER : inner === NEVER ? ALWAYS : sql`not ${inner}`);
      } else {
        const field = this.fields[name];
        if (!field) throw ValidationError.of(`${path}.${name}`, 'is not a filterable field.');
        terms.push(...this.field(field, value as FieldOperators, `${path}.${name}`));
      }
    }
    return junction('and', terms);
  }

  private count(path: string) {
    this.conditions += 1;
    if (this.conditions > WHERE_LIMITS.conditions) {
      throw ValidationError.of(
        this.root,
        `has more than ${WHERE_LIMITS.conditions} conditions; split the question.`,
      );
    }
    return path;
  }

  /** A value bound as a parameter, counted against the tree's budget. */
  private param(value: unknown): SQL {
    this.parameters += 1;
    if (this.parameters > WHERE_LIMITS.parameters) {
      throw ValidationError.of(
        this.root,
        `uses more than ${WHERE_LIMITS.parameters} ids, texts, times or numbers in all.`,
      );
    }
    return sql`${value}`;
  }

  /** A value checked for its field's kind, as SQL (a literal for enums, else a parameter). */
  private value(field: FilterField, value: unknown, path: string): SQL {
    switch (field.kind) {
      case 'enum': {
        if (typeof value !== 'string' || !field.values?.includes(value)) {
          throw ValidationError.of(path, 'has a value this field does not know.');
        }
        // Checked against the closed list above: nothing a client typed reaches the SQL text.
        return sql.raw(`'${value}'`);
      }
      case 'id':
        return this.param(idOf(path, String(value), field.typename ?? ''));
      case 'text': {
        if (typeof value !== 'string' || value.length > WHERE_LIMITS.textLength) {
          throw ValidationError.of(path, `must be at most ${WHERE_LIMITS.textLength} characters.`);
        }
        return this.param(value);
      }
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          throw ValidationError.of(path, 'must be a finite number.');
        }
        return this.param(value);
      default:
        return this.param(String(value));
    }
  }

  private list(field: FilterField, values: readonly unknown[], path: string): SQL[] {
    if (values.length > WHERE_LIMITS.listValues) {
      throw ValidationError.of(path, `must list at most ${WHERE_LIMITS.listValues} values.`);
    }
    const distinct = [...new Set(values.map((v) => (typeof v === 'string' ? v : String(v))))];
    return distinct.map((value, index) =>
      this.value(field, field.kind === 'number' ? Number(value) : value, `${path}[${index}]`),
    );
  }

  /**
   * `column IN (values)`; for an id field whose rows have a visibility rule, only the visible
   * ones count: `column IN (select id ... where id in (values) and <rule>)`.
   */
  private membership(field: FilterField, values: SQL[]): SQL {
    if (values.length === 0) return sql`0`;
    const listed = sql`(${sql.join(values, sql`, `)})`;
    if (field.kind === 'id' && field.visibleIds) {
      return sql`${field.column} in (${field.visibleIds(listed)})`;
    }
    // The unary `+` keeps SQLite off an enum column's own index: a status or scope matches a
    // large share of the table, where the parent, owner or order index narrows far more.
    if (field.kind === 'enum') return sql`+${field.column} in ${listed}`;
    return sql`${field.column} in ${listed}`;
  }

  private field(field: FilterField, operators: FieldOperators, path: string): SQL[] {
    const terms: SQL[] = [];
    const column = field.column;
    // Two-valued leaves: a NULL column never satisfies a comparison (only `isNull: true`), and
    // the `is not null` guard keeps NOT the exact complement (SQL's NOT NULL would be NULL).
    const known = (condition: SQL) =>
      field.nullable ? sql`(${column} is not null and ${condition})` : condition;
    for (const [op, raw] of Object.entries(operators)) {
      if (raw == null) continue;
      const at = this.count(`${path}.${op}`);
      switch (op) {
        case 'eq':
          terms.push(known(this.membership(field, [this.value(field, raw, at)])));
          break;
        case 'neq':
          terms.push(known(sql`not ${this.membership(field, [this.value(field, raw, at)])}`));
          break;
        case 'in':
          terms.push(known(this.membership(field, this.list(field, raw as unknown[], at))));
          break;
        case 'notIn':
          terms.push(
            known(sql`not ${this.membership(field, this.list(field, raw as unknown[], at))}`),
          );
          break;
        case 'lt':
        case 'lte':
        case 'gt':
        case 'gte': {
          if (field.kind === 'enum' || field.kind === 'id') {
            throw ValidationError.of(at, 'compares only dates, numbers and text.');
          }
          const operator = sql.raw(COMPARISONS[op]);
          terms.push(known(sql`${column} ${operator} ${this.value(field, raw, at)}`));
          break;
        }
        case 'isNull':
          terms.push(raw ? sql`${column} is null` : sql`${column} is not null`);
          break;
        case 'contains':
        case 'startsWith': {
          if (field.kind !== 'text') throw ValidationError.of(at, 'applies to text only.');
          const text = String(raw);
          if (text.length === 0) throw ValidationError.of(at, 'must not be empty.');
          const match = op === 'contains' ? textContains : textStartsWith;
          terms.push(known(match(column, this.value(field, text, at))));
          break;
        }
        default:
          throw ValidationError.of(at, 'is not an operator.');
      }
    }
    return terms;
  }
}

/**
 * A `where` tree as SQL over `fields`, validated: a ValidationError names the bad part (by its
 * path, `where.or[1].status.in`) or the bound it passes. Undefined when there is no tree.
 */
export function compileWhere(
  fields: FilterFields,
  input: WhereInput | null | undefined,
  argument = 'where',
): CompiledWhere {
  if (!input) return { sql: undefined, conditions: 0, parameters: 0 };
  const compiler = new WhereCompiler(fields, argument);
  const compiled = compiler.node(input, argument, 0);
  return { sql: compiled, conditions: compiler.conditions, parameters: compiler.parameters };
}
