import { sql } from 'drizzle-orm';
import { alias, SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { threadMessages, workItems } from '../../src/db/tables';
import { threadParticipantOf, workItemVisibleTo } from '../../src/resolvers/access';
import { flattened, viewerRule } from '../../src/resolvers/access/viewer-rule';
import { contextAs } from '../helpers/context';

// A rule that depends on the viewer and its columns alone is kept per isolate, written
// (src/resolvers/access/viewer-rule.ts): the same text and values as drizzle writes, the same
// object for the viewer's next request, another viewer's their own.
const write = (fragment: Parameters<SQLiteSyncDialect['sqlToQuery']>[0]) =>
  new SQLiteSyncDialect().sqlToQuery(fragment);

describe('a rule kept per viewer', () => {
  it('writes as drizzle writes the rule it was built from', () => {
    const built = sql`(${workItems.ownerId} = ${'usr_flat'} or ${workItems.status} = 'done' and ${workItems.id} in (select 1 where ${'x'} = ${2}))`;
    const flat = flattened(built);
    expect(flat === built).toBe(false);
    expect(write(flat)).toEqual(write(built));
  });

  it("is the same object for the viewer's next request, and its own for another viewer", () => {
    const first = workItemVisibleTo(contextAs('usr_rule_a'));
    const again = workItemVisibleTo(contextAs('usr_rule_a'));
    const other = workItemVisibleTo(contextAs('usr_rule_b'));
    expect(again === first).toBe(true);
    expect(other === first).toBe(false);
    expect(write(first).sql).toBe(write(other).sql);
    expect(write(first).params).toContain('usr_rule_a');
    expect(write(other).params).toContain('usr_rule_b');
    expect(write(other).params).not.toContain('usr_rule_a');
  });

  it('is kept apart per column, and built each time on an id', () => {
    const ctx = contextAs('usr_rule_c');
    const copy = alias(threadMessages, 'kept_copy');
    const own = threadParticipantOf(ctx, threadMessages.threadId);
    const copied = threadParticipantOf(ctx, copy.threadId);
    expect(write(own).sql).toContain('= "thread_messages"."thread_id"');
    expect(write(copied).sql).toContain('= "kept_copy"."thread_id"');
    const onId = threadParticipantOf(ctx, 'thr_one');
    // Built again: a rule on one row's id is not kept (SQL objects: compared by identity).
    expect(threadParticipantOf(ctx, 'thr_one') === onId).toBe(false);
    expect(write(onId).params).toContain('thr_one');
  });

  it('keeps a rule whose text holds a question mark as built', () => {
    const built = sql`${workItems.title} = '?' and ${workItems.ownerId} = ${'usr_q'}`;
    expect(flattened(built) === built).toBe(true);
    const kept = viewerRule('question', workItems, 'usr_q', () => built);
    expect(write(kept)).toEqual(write(built));
  });
});
