import { type SQL, sql } from 'drizzle-orm';
import { type SQLiteColumn, SQLiteSyncDialect, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context';
import { users, workItems, workspaceMembers, workspaces } from '../../src/db/tables';
import { everyUser, workspaceVisibleTo } from '../../src/resolvers/access';
import { encodeCursor, parsePageArgs } from '../../src/resolvers/pagination/args';
import type { KeysetQuery } from '../../src/resolvers/pagination/keyset';
import {
  joinedCopy,
  nestedPageRead,
  nestedPageStatement,
  writtenSql,
} from '../../src/resolvers/pagination/page-statement';
import { workItemsQuery } from '../../src/resolvers/work-items/work-items';
import { userMembershipsQuery } from '../../src/resolvers/workspaces/workspaces';
import { contextAs } from '../helpers/context';

// Nested page statements are written once per shape per isolate and filled per request
// (src/resolvers/pagination/page-statement.ts). The filled text and parameters must be exactly
// what drizzle writes for the same page: above all for a second viewer of a cached shape.
/** What drizzle writes for the page, built from its object tree (no cache). */
function drizzleWrites(
  ctx: Context,
  query: KeysetQuery<SQLiteTable>,
  args: Parameters<typeof parsePageArgs>[0],
  parentIds: string[],
) {
  const page = parsePageArgs(args, query.order.length);
  const { statement } = nestedPageStatement(ctx.db, query, {
    where: query.where,
    computed: query.computed ?? {},
    visible: (query.joins ?? []).map((join, index) =>
      join.visible(
        (joinedCopy(join.table, index) as unknown as Record<string, SQLiteColumn>)
          .id as SQLiteColumn,
      ),
    ),
    parentIds,
    cursor: page.cursor,
    direction: page.direction,
    limitPlusOne: page.limit + 1,
  });
  return (statement as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL();
}

function filled(
  query: KeysetQuery<SQLiteTable>,
  args: Parameters<typeof parsePageArgs>[0],
  parentIds: string[],
) {
  const { read } = nestedPageRead(query, parsePageArgs(args, query.order.length), parentIds);
  return { sql: read.compiled.sql, params: read.compiled.params };
}

const memberships = (ctx: Context): KeysetQuery<SQLiteTable> => ({
  ...(userMembershipsQuery(ctx) as KeysetQuery<SQLiteTable>),
  joins: [
    {
      column: workspaceMembers.workspaceId,
      table: workspaces,
      visible: (id) => workspaceVisibleTo(ctx, id),
      found: () => undefined,
    },
  ],
});

const workItemPage = (ctx: Context, args: Parameters<typeof workItemsQuery>[2]) => ({
  ...(workItemsQuery(ctx, workItems.workspaceId, args) as KeysetQuery<SQLiteTable>),
  joins: [
    { column: workItems.ownerId, table: users, visible: () => everyUser(), found: () => undefined },
    {
      column: workItems.assigneeId,
      table: users,
      visible: () => everyUser(),
      found: () => undefined,
    },
  ],
});

describe('nested page statements, written once per shape', () => {
  const cases: [string, (ctx: Context) => KeysetQuery<SQLiteTable>, object, number][] = [
    ['memberships with their workspaces', memberships, { first: 10 }, 1],
    ['work items with owner and assignee', (ctx) => workItemPage(ctx, {}), { first: 20 }, 3],
    [
      'work items filtered, by due date (a computed key), after a cursor',
      (ctx) =>
        workItemPage(ctx, {
          order: 'DUE_AT_ASC',
          filter: { status: ['todo', 'in_progress'] },
        }),
      { first: 5, after: encodeCursor(['2026-01-01', 'wki_x']) },
      80,
    ],
    [
      'work items backwards before a cursor',
      (ctx) => workItemPage(ctx, {}),
      { last: 7, before: encodeCursor(['2026-02-02T00:00:00.000Z', 'wki_y']) },
      2,
    ],
  ];
  for (const [name, query, args, parents] of cases) {
    it(`${name}: drizzle's text and parameters, for each viewer of the shape`, () => {
      const parentIds = Array.from({ length: parents }, (_, i) => `parent_${name.length}_${i}`);
      for (const viewer of ['usr_page_first', 'usr_page_second']) {
        const ctx = contextAs(viewer);
        const ours = filled(query(ctx), args, parentIds);
        expect(ours).toEqual(drizzleWrites(ctx, query(ctx), args, parentIds));
        expect(ours.params).toContain(viewer);
        expect(ours.params).not.toContain(
          viewer === 'usr_page_first' ? 'usr_page_second' : 'usr_page_first',
        );
      }
    });
  }

  it('binds each request its own parents and page size on a cached shape', () => {
    const ctx = contextAs('usr_page_third');
    const first = filled(memberships(ctx), { first: 3 }, ['usr_a']);
    const second = filled(memberships(ctx), { first: 9 }, ['usr_b']);
    expect(second.sql).toBe(first.sql);
    expect(first.params).toContain('usr_a');
    expect(first.params).toContain(4);
    expect(second.params).toContain('usr_b');
    expect(second.params).not.toContain('usr_a');
    expect(second.params).toContain(10);
  });
});

describe("a query's own SQL", () => {
  it("is written once per SQL object, as drizzle writes it; another viewer's is its own", () => {
    const ada = workItemsQuery(contextAs('usr_writ_a'), workItems.workspaceId, {}).where;
    const grace = workItemsQuery(contextAs('usr_writ_g'), workItems.workspaceId, {}).where;
    if (!ada || !grace) throw new Error('work items are always filtered');
    const first = writtenSql(ada);
    expect(first).toEqual(new SQLiteSyncDialect().sqlToQuery(ada));
    // The same object again: the same text, not written a second time.
    expect(writtenSql(ada)).toBe(first);
    expect(writtenSql(grace).params).toContain('usr_writ_g');
    expect(writtenSql(grace).params).not.toContain('usr_writ_a');
  });
});

describe("one parent's filter", () => {
  const ofOne = (where: SQL): KeysetQuery<SQLiteTable> => ({
    table: workItems,
    parentColumn: workItems.workspaceId,
    where,
    order: [{ key: 'id', direction: 'asc' }],
  });

  it('names the parent by its value, so that a rule on it is worked out once', () => {
    const query = workItemsQuery(contextAs('usr_bound'), workItems.workspaceId, {});
    const correlated = '"work_items"."workspace_id" in (select';
    const one = filled(query as KeysetQuery<SQLiteTable>, { first: 2 }, ['wsp_bound']);
    expect(one.sql).not.toContain(correlated);
    expect(one.params).toContain('wsp_bound');
    // Many parents: each row's own parent, as written.
    const many = filled(query as KeysetQuery<SQLiteTable>, { first: 2 }, ['wsp_a', 'wsp_b']);
    expect(many.sql).toContain(correlated);
  });

  it('is sent as written when it reads its own table without an alias', () => {
    const own = sql`${workItems.workspaceId} in (select ${workItems.workspaceId} from ${workItems} where ${workItems.ownerId} = 'usr_own')`;
    const { sql: text } = filled(ofOne(own), { first: 2 }, ['wsp_own']);
    expect(text).toContain(
      '"work_items"."workspace_id" in (select "work_items"."workspace_id" from "work_items" where',
    );
  });
});
