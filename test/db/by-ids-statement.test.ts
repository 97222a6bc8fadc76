import { and, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context';
import { threads, users, workItems, workspaces } from '../../src/db/tables';
import {
  everyUser,
  threadVisibleTo,
  workItemVisibleTo,
  workspaceVisibleTo,
} from '../../src/resolvers/access';
import { visibleByIdsRead } from '../../src/resolvers/access/load-visible';
import type { PageJoin } from '../../src/resolvers/pagination/keyset-query';
import {
  joinedColumns,
  joinedCopy,
  joinedCopyId,
} from '../../src/resolvers/pagination/page-statement';
import { contextAs } from '../helpers/context';

// Node loaders read their rows through a statement written once per table, number of keys and
// joins per isolate (src/resolvers/access/load-visible.ts), filled per request with the keys and
// the viewer's rules. The filled text and values must be exactly what drizzle writes for the
// same read: above all for a second viewer, and for a rule that reads the clock.

interface JoinedSelect {
  leftJoin(table: SQLiteTable, on: SQL): JoinedSelect;
  where(condition: SQL | undefined): { toSQL(): { sql: string; params: unknown[] } };
}

/** What drizzle writes for the read, built from its object tree (no template). */
function drizzleWrites(
  ctx: Context,
  table: SQLiteTable & { id: SQLiteColumn },
  keys: string[],
  visible: SQL,
  joins: PageJoin[],
) {
  const where = and(inArray(table.id, keys), visible);
  if (joins.length === 0) return ctx.db.select().from(table).where(where).toSQL();
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const built = joinedColumns(joins, table, columns, (join, _index, id) => join.visible(id));
  let select = ctx.db.select({ ...columns, ...built.flat }).from(table) as unknown as JoinedSelect;
  for (const { copy, on } of built.joins) select = select.leftJoin(copy, on);
  return select.where(where).toSQL();
}

function filled(
  table: SQLiteTable & { id: SQLiteColumn },
  keys: string[],
  visible: SQL,
  joins: PageJoin[],
) {
  const { read } = visibleByIdsRead(table, keys, visible, joins);
  return { sql: read.compiled.sql, params: read.compiled.params };
}

const withWorkspace = (ctx: Context): PageJoin[] => [
  {
    column: workItems.workspaceId,
    table: workspaces,
    columns: ['name'],
    visible: (id) => workspaceVisibleTo(ctx, id),
    found: () => undefined,
  },
];

describe('node loaders: a statement per shape, filled per request', () => {
  it("a rule kept per viewer: drizzle's text and values, for each viewer of the shape", () => {
    for (const viewer of ['usr_ids_first', 'usr_ids_second']) {
      const ctx = contextAs(viewer);
      const keys = ['wki_1', 'wki_2'];
      const ours = filled(workItems, keys, workItemVisibleTo(ctx), []);
      expect(ours).toEqual(drizzleWrites(ctx, workItems, keys, workItemVisibleTo(ctx), []));
      expect(ours.params).toContain(viewer);
      expect(ours.params).not.toContain(
        viewer === 'usr_ids_first' ? 'usr_ids_second' : 'usr_ids_first',
      );
    }
  });

  it('joined rows under their own rules: the same text and values as drizzle', () => {
    for (const viewer of ['usr_ids_join_a', 'usr_ids_join_b']) {
      const ctx = contextAs(viewer);
      const keys = ['wki_3'];
      const ours = filled(workItems, keys, workItemVisibleTo(ctx), withWorkspace(ctx));
      expect(ours).toEqual(
        drizzleWrites(ctx, workItems, keys, workItemVisibleTo(ctx), withWorkspace(ctx)),
      );
      expect(ours.sql).toContain('left join "workspaces" "page_join_0"');
    }
  });

  it("a rule that reads the clock reads SQLite's: kept per viewer, drizzle's text", () => {
    const ctx = contextAs('usr_ids_clock');
    const rule = () => threadVisibleTo(ctx, threads.id);
    const [first, second] = [rule(), rule()];
    expect(first === second).toBe(true);
    const ours = filled(threads, ['thr_1'], rule(), []);
    expect(ours).toEqual(drizzleWrites(ctx, threads, ['thr_1'], rule(), []));
    expect(ours.sql).toContain(`> (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);
  });

  it('binds each read its own keys; another number of keys is another statement', () => {
    const everyone = everyUser();
    const two = filled(users, ['usr_a', 'usr_b'], everyone, []);
    const otherTwo = filled(users, ['usr_c', 'usr_d'], everyone, []);
    const three = filled(users, ['usr_a', 'usr_b', 'usr_c'], everyone, []);
    expect(otherTwo.sql).toBe(two.sql);
    expect(otherTwo.params).toEqual(['usr_c', 'usr_d', ...two.params.slice(2)]);
    expect(three.sql).not.toBe(two.sql);
    expect(three).toEqual(
      drizzleWrites(contextAs('usr_ids_any'), users, ['usr_a', 'usr_b', 'usr_c'], everyone, []),
    );
  });
});

describe("a joined copy's id", () => {
  it('is one column object, so that the rule on it is kept per viewer and not written again', () => {
    const ctx = contextAs('usr_ids_copy');
    const [id, again] = [joinedCopyId(workspaces, 0), joinedCopyId(workspaces, 0)];
    expect(id === again).toBe(true);
    // Drizzle's alias answers a new proxy at each read: the rule kept for one is not found for
    // the next (the reason for joinedCopyId).
    const proxy = () => (getTableColumns(joinedCopy(workspaces, 0)) as { id: SQLiteColumn }).id;
    const [proxied, proxiedAgain] = [proxy(), proxy()];
    expect(proxied === proxiedAgain).toBe(false);
    const rule = () => workspaceVisibleTo(ctx, joinedCopyId(workspaces, 0));
    const [kept, keptAgain] = [rule(), rule()];
    expect(kept === keptAgain).toBe(true);
  });
});
