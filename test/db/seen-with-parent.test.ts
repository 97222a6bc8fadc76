import { and, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { threadMessageDeliveries } from '../../src/db/tables';
import { impliedByParents } from '../../src/resolvers/pagination/keyset';
import type { ChildPages, KeysetQuery } from '../../src/resolvers/pagination/keyset-query';

// A child page below a page of its parents leaves out the rule it shares with them
// (KeysetQuery `seenWithParent`), and nothing else: a `where` that adds a filter stays whole.
const rule = sql`exists (select 1 from thread_messages m where m.id = message_id)`;
const filter = sql`status = 'read'`;

function below(query: Partial<KeysetQuery<typeof threadMessageDeliveries>>, parentKey = 'id') {
  const of: ChildPages = {
    query: {
      table: threadMessageDeliveries,
      parentColumn: threadMessageDeliveries.messageId,
      order: [{ key: 'id', direction: 'asc' }],
      ...query,
    },
    page: { limit: 20, direction: 'forward', cursor: null },
    parentKey,
    found: () => {},
  };
  return impliedByParents(of);
}

describe("seenWithParent: the parents' rule left out below their page", () => {
  it("leaves the rule out when the parents are the page's own nodes and where is that rule", () => {
    expect(below({ where: rule, seenWithParent: rule }).where).toBeUndefined();
  });

  it('keeps a where that adds a filter to the rule, whole', () => {
    const where = and(rule, filter);
    expect(below({ where, seenWithParent: rule }).where).toBe(where);
  });

  it('keeps the rule for parents reached through a reference, and without the flag', () => {
    expect(below({ where: rule, seenWithParent: rule }, 'workspaceId').where).toBe(rule);
    expect(below({ where: rule }).where).toBe(rule);
  });
});
