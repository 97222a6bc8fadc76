import { env } from 'cloudflare:workers';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as tables from '../../src/db/tables';
import { NOT_FTS_TABLE } from '../helpers/fts-tables';

// The drizzle tables in src/db/tables must mirror what db/migrations builds, column by column:
// name, declared SQL type, NOT NULL and PRIMARY KEY. Drift in either direction fails.

interface ColumnShape {
  type: string;
  notNull: boolean;
  primary: boolean;
}

type TableShapes = Map<string, Map<string, ColumnShape>>;

async function sqlShapes(): Promise<TableShapes> {
  const { results: tableRows } = await env.DB.prepare(
    `SELECT name FROM sqlite_master
     WHERE type = 'table'
       AND name <> 'd1_migrations'
       AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\'
       AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
       AND ${NOT_FTS_TABLE}
     ORDER BY name`,
  ).all<{ name: string }>();
  const shapes: TableShapes = new Map();
  for (const { name } of tableRows) {
    const { results } = await env.DB.prepare(
      'SELECT name, type, "notnull", pk FROM pragma_table_info(?)',
    )
      .bind(name)
      .all<{ name: string; type: string; notnull: number; pk: number }>();
    shapes.set(
      name,
      new Map(
        results.map((c) => [
          c.name,
          { type: c.type.toLowerCase(), notNull: c.notnull === 1, primary: c.pk > 0 },
        ]),
      ),
    );
  }
  return shapes;
}

function drizzleShapes(): TableShapes {
  const shapes: TableShapes = new Map();
  for (const value of Object.values(tables)) {
    if (!is(value, SQLiteTable)) continue;
    const config = getTableConfig(value);
    const compositePk = new Set(config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)));
    shapes.set(
      config.name,
      new Map(
        config.columns.map((c) => [
          c.name,
          {
            type: c.getSQLType().toLowerCase(),
            notNull: c.notNull,
            primary: c.primary || compositePk.has(c.name),
          },
        ]),
      ),
    );
  }
  return shapes;
}

describe('schema drift: db/migrations vs src/db/tables', () => {
  it('has the same tables on both sides', async () => {
    const sql = await sqlShapes();
    const orm = drizzleShapes();
    const onlyInSql = [...sql.keys()].filter((t) => !orm.has(t)).sort();
    const onlyInDrizzle = [...orm.keys()].filter((t) => !sql.has(t)).sort();
    expect({ onlyInSql, onlyInDrizzle }).toEqual({ onlyInSql: [], onlyInDrizzle: [] });
    expect(orm.size).toBe(44);
  });

  it('has the same columns, types, NOT NULL and primary keys on both sides', async () => {
    const sql = await sqlShapes();
    const orm = drizzleShapes();
    const problems: string[] = [];
    for (const [table, sqlColumns] of sql) {
      const ormColumns = orm.get(table);
      if (!ormColumns) continue; // reported by the table test
      for (const [column, s] of sqlColumns) {
        const o = ormColumns.get(column);
        if (!o) {
          problems.push(`${table}.${column}: in SQL, missing in drizzle`);
          continue;
        }
        if (o.type !== s.type)
          problems.push(`${table}.${column}: type SQL ${s.type}, drizzle ${o.type}`);
        if (o.notNull !== s.notNull) {
          problems.push(`${table}.${column}: notNull SQL ${s.notNull}, drizzle ${o.notNull}`);
        }
        if (o.primary !== s.primary) {
          problems.push(`${table}.${column}: primary SQL ${s.primary}, drizzle ${o.primary}`);
        }
      }
      for (const column of ormColumns.keys()) {
        if (!sqlColumns.has(column))
          problems.push(`${table}.${column}: in drizzle, missing in SQL`);
      }
    }
    expect(problems).toEqual([]);
  });
});
