import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../src/db/tables';
import { contextAs } from '../helpers/context';
import { insertUser } from '../helpers/seed';

// The reads of a tick go to D1 as one batch (src/db/read-batcher.ts); D1 fails a whole batch for
// one bad statement, so the batcher sends each read again alone: only the bad one fails.
describe('the read batcher', () => {
  it('fails only the read that fails, not the others of its batch', async () => {
    const userId = await insertUser({ displayName: 'Still read' });
    const ctx = contextAs(userId);
    const good = ctx.reads.read(ctx.db.select().from(users).where(eq(users.id, userId)));
    const bad = ctx.reads.read(ctx.db.select({ x: sql<number>`1` }).from(sql`no_such_table`));
    const [goodResult, badResult] = await Promise.allSettled([good, bad]);
    expect(goodResult).toMatchObject({
      status: 'fulfilled',
      value: [{ displayName: 'Still read' }],
    });
    expect(badResult).toMatchObject({ status: 'rejected' });
    expect(String((badResult as PromiseRejectedResult).reason)).toMatch(/no_such_table/);
    // The batch, then each statement alone.
    expect(ctx.stats.roundTrips).toBe(3);
  });
});
