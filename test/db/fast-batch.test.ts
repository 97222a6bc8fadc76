import { env } from 'cloudflare:workers';
import { eq, getTableColumns, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client';
import { compileRead, fastBatch } from '../../src/db/fast-batch';
import { adminUsers, inboxItems, users, workspaces } from '../../src/db/tables';
import { insertUser, insertWorkspace } from '../helpers/seed';

// The read batcher maps rows itself (src/db/fast-batch.ts, issue 18): every shape of select the
// loaders send must come back exactly as drizzle's own batch answers it.
describe('fastBatch answers as drizzle does', () => {
  it('maps columns, booleans, computed and subquery fields, and joined objects the same', async () => {
    const owner = await insertUser();
    const workspace = await insertWorkspace(owner);
    await env.DB.prepare(
      `INSERT INTO inbox_items (id, user_id, kind, title, is_read, created_at)
       VALUES ('inb_fast_1', ?, 'system', 'Hello', 1, '2026-11-30T00:00:00.000Z'),
              ('inb_fast_2', ?, 'system', 'Again', 0, '2026-11-30T00:00:01.000Z')`,
    )
      .bind(owner, owner)
      .run();
    const db = createDb(env.DB);
    const sub = db
      .select({
        ...getTableColumns(inboxItems),
        rank: sql<number>`row_number() over (order by ${inboxItems.id})`.as('rank'),
      })
      .from(inboxItems)
      .where(eq(inboxItems.userId, owner))
      .as('ranked');
    const build = () =>
      [
        db.select().from(users).where(eq(users.id, owner)),
        db.select().from(inboxItems).where(eq(inboxItems.userId, owner)).orderBy(inboxItems.id),
        db.select().from(sub),
        db
          .select({ ...getTableColumns(users), adminRole: adminUsers.role })
          .from(users)
          .leftJoin(adminUsers, eq(adminUsers.userId, users.id))
          .where(eq(users.id, owner)),
        // Nested objects of joins: a missing left side nulled, a present one kept, an inner
        // join's object never nulled.
        db
          .select()
          .from(workspaces)
          .leftJoin(adminUsers, eq(adminUsers.userId, workspaces.ownerId))
          .where(eq(workspaces.id, workspace)),
        // Columns under names of their own (D1 answers rows as objects by column name).
        db
          .select({ id: workspaces.id, owner: { id: sql<string>`${users.id}`.as('owner_id_') } })
          .from(workspaces)
          .innerJoin(users, eq(users.id, workspaces.ownerId))
          .where(eq(workspaces.id, workspace)),
      ] as const;
    const ours = await fastBatch(db, build());
    const theirs = await db.batch(build());
    expect(ours).toEqual(theirs);
    // What the comparison covered: booleans decoded, the window column, the null join side.
    const [, inbox, ranked, , joined, inner] = ours as Record<string, unknown>[][];
    expect(inbox?.map((row) => row.isRead)).toEqual([true, false]);
    expect(ranked?.map((row) => row.rank)).toEqual([1, 2]);
    expect(joined?.[0]?.admin_users).toBeNull();
    expect(inner?.[0]).toMatchObject({ id: workspace, owner: { id: owner } });
  });
});

describe('compileRead', () => {
  it('answers as the query it was built from, its text built once for every use', async () => {
    const first = await insertUser();
    const second = await insertUser();
    const db = createDb(env.DB);
    const query = (id: unknown) =>
      db
        .select({ ...getTableColumns(users), adminRole: adminUsers.role })
        .from(users)
        .leftJoin(adminUsers, eq(adminUsers.userId, users.id))
        .where(eq(users.id, id as string));
    const read = compileRead((built) =>
      built
        .select({ ...getTableColumns(users), adminRole: adminUsers.role })
        .from(users)
        .leftJoin(adminUsers, eq(adminUsers.userId, users.id))
        .where(eq(users.id, sql.placeholder('id'))),
    );
    const one = read({ id: first });
    const two = read({ id: second });
    expect(two.compiled).toBe(one.compiled);
    expect(one.compiled.sql).toMatch(/where "users"."id" = \?/);
    const ours = await fastBatch(db, [one, two]);
    expect(ours).toEqual(await db.batch([query(first), query(second)]));
    expect((ours[1] as { id: string }[])[0]?.id).toBe(second);
  });
});
