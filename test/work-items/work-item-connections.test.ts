import { beforeAll, describe, expect, it } from 'vitest';
import {
  type WorkItemFilter,
  type WorkItemOrder,
  WorkItemsPageDocument,
  type WorkItemsPageQueryVariables,
} from '../generated/graphql';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import { gid, insertWorkItem } from '../helpers/work-seed';

describe('work item connections: filters and order', () => {
  let owner: string;
  let assignee: string;
  let tag: string;

  const list = (variables: WorkItemsPageQueryVariables) =>
    gql(WorkItemsPageDocument, variables, { as: owner });
  const titles = async (filter: WorkItemFilter, order?: WorkItemOrder) => {
    const result = await list({ filter: { titleContains: tag, ...filter }, order });
    expect(result.errors).toBeUndefined();
    return result.data?.workItems.edges.map((edge) => edge.node.title.slice(tag.length + 1));
  };

  beforeAll(async () => {
    owner = await insertUser();
    assignee = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    await addMember(workspaceId, assignee);
    tag = uid('cx');
    const seeds = [
      {
        name: 'a',
        status: 'todo',
        dueAt: '2031-03-01T00:00:00.000Z',
        createdAt: '2030-01-01T00:00:00.000Z',
      },
      { name: 'b', status: 'done', dueAt: null, createdAt: '2030-01-02T00:00:00.000Z' },
      {
        name: 'c_50%',
        status: 'in_progress',
        dueAt: '2031-01-01T00:00:00.000Z',
        createdAt: '2030-01-03T00:00:00.000Z',
        assigned: true,
      },
      {
        name: 'd',
        status: 'todo',
        dueAt: '2031-02-01T00:00:00.000Z',
        createdAt: '2030-01-04T00:00:00.000Z',
        type: 'scheduled',
        scope: 'squad' as const,
      },
      { name: 'cx50', status: 'cancelled', dueAt: null, createdAt: '2030-01-05T00:00:00.000Z' },
    ];
    for (const seed of seeds) {
      await insertWorkItem({
        workspaceId,
        ownerId: owner,
        title: `${tag}-${seed.name}`,
        status: seed.status,
        dueAt: seed.dueAt,
        createdAt: seed.createdAt,
        type: seed.type,
        startsAt: seed.type === 'scheduled' ? '2031-02-01T09:00:00.000Z' : null,
        scope: seed.scope,
        assigneeId: seed.assigned ? assignee : null,
      });
    }
  });

  it('orders newest first by default, or oldest first', async () => {
    expect(await titles({})).toEqual(['cx50', 'd', 'c_50%', 'b', 'a']);
    expect(await titles({}, 'CREATED_AT_ASC')).toEqual(['a', 'b', 'c_50%', 'd', 'cx50']);
  });

  it('orders by due date with undated items last, and pages through it without skips or repeats', async () => {
    expect(await titles({}, 'DUE_AT_ASC')).toEqual(['c_50%', 'd', 'a', 'b', 'cx50']);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result = await list({
        filter: { titleContains: tag },
        order: 'DUE_AT_ASC',
        first: 2,
        after,
      });
      expect(result.errors).toBeUndefined();
      const connection = result.data?.workItems;
      expect(connection?.totalCount).toBe(5);
      seen.push(...(connection?.edges ?? []).map((edge) => edge.node.title.slice(tag.length + 1)));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(['c_50%', 'd', 'a', 'b', 'cx50']);
  });

  it('filters by status, type, visibility, assignee and due range', async () => {
    expect(await titles({ status: ['TODO', 'DONE'] }, 'CREATED_AT_ASC')).toEqual(['a', 'b', 'd']);
    expect(await titles({ status: [] })).toEqual([]);
    expect(await titles({ type: 'SCHEDULED' })).toEqual(['d']);
    expect(await titles({ visibility: ['SQUAD'] })).toEqual(['d']);
    expect(await titles({ assigneeId: gid('User', assignee) })).toEqual(['c_50%']);
    expect(
      await titles(
        { dueAfter: '2031-01-01T00:00:00Z', dueBefore: '2031-03-01T00:00:00Z' },
        'DUE_AT_ASC',
      ),
    ).toEqual(['c_50%', 'd']);
  });

  it('treats LIKE wildcards in titleContains as plain text', async () => {
    expect(await titles({ titleContains: `${tag}-c_50%` })).toEqual(['c_50%']);
    // Unescaped, "_" would match the "x" of "cx50" and "%" anything.
    expect(await titles({ titleContains: `${tag}-c_5` })).toEqual(['c_50%']);
    expect(await titles({ titleContains: `${tag}-%` })).toEqual([]);
  });

  it('rejects invalid filters with the field named', async () => {
    const cases: [WorkItemFilter, string][] = [
      [{ titleContains: 'x'.repeat(101) }, 'filter.titleContains'],
      [{ dueAfter: '2031-02-01T00:00:00Z', dueBefore: '2031-01-01T00:00:00Z' }, 'filter.dueBefore'],
      [{ assigneeId: 'nope' }, 'filter.assigneeId'],
      [{ assigneeId: gid('Room', 'x') }, 'filter.assigneeId'],
    ];
    for (const [filter, field] of cases) {
      const result = await list({ filter });
      expect(result.errors?.[0]?.message, JSON.stringify(filter)).toContain(field);
      expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    }
  });

  it('is empty for anonymous viewers', async () => {
    const result = await gql(WorkItemsPageDocument, { filter: { titleContains: tag } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.workItems).toMatchObject({ totalCount: 0, edges: [] });
  });
});
