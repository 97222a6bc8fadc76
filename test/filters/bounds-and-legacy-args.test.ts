import { beforeAll, describe, expect, it } from 'vitest';
import {
  LegacyAndWhereDocument,
  type WorkItemWhere,
  WorkspaceItemStatsDocument,
  WorkspaceItemsWhereDocument,
  type WorkspaceItemsWhereQueryVariables,
} from '../generated/graphql';
import { liftRateLimit } from '../hardening/helpers';
import { gql } from '../helpers/client';
import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import { gid, insertWorkItem } from '../helpers/work-seed';

// Bounds of a filter (depth, conditions, list values, parameters, sort keys, groupings) refused
// with a typed VALIDATION_FAILED that names the part; conditions priced in the cost; and the
// older `filter`/`order` arguments still working, alone or beside `where`.

let viewer: string;
let workspace: string;
let tag: string;
const ids: Record<string, string> = {};

const page = (variables: Omit<WorkspaceItemsWhereQueryVariables, 'id'>) =>
  gql(
    WorkspaceItemsWhereDocument,
    { id: gid('Workspace', workspace), first: 100, ...variables },
    { as: viewer },
  );
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

/** A tree nested `levels` deep: not(not(...(leaf))). */
function nested(levels: number): WorkItemWhere {
  let where: WorkItemWhere = { title: { contains: tag } };
  for (let i = 0; i < levels; i++) where = { not: where };
  return where;
}

describe('filter bounds', () => {
  beforeAll(async () => {
    await liftRateLimit();
    viewer = await insertUser();
    const other = await insertUser();
    workspace = await insertWorkspace(viewer);
    await addMember(workspace, other);
    tag = uid('bnd');
    ids.a = await insertWorkItem({
      workspaceId: workspace,
      ownerId: viewer,
      title: `${tag} a`,
      status: 'todo',
      dueAt: '2030-01-01T00:00:00.000Z',
      createdAt: '2029-01-01T00:00:00.000Z',
    });
    ids.b = await insertWorkItem({
      workspaceId: workspace,
      ownerId: viewer,
      assigneeId: other,
      title: `${tag} b_50%`,
      status: 'done',
      createdAt: '2029-01-02T00:00:00.000Z',
    });
  });

  it('accepts 4 levels of and/or/not and refuses 5, naming the level', async () => {
    expect((await page({ where: nested(4) })).errors).toBeUndefined();
    const deep = await page({ where: nested(5) });
    expect(codeOf(deep)).toBe('VALIDATION_FAILED');
    expect(deep.errors?.[0]?.message).toContain('where.not.not.not.not.not');
  });

  it('refuses more than 20 conditions, 20 values in a list, 30 parameters', async () => {
    const conditions = await page({
      where: { and: Array.from({ length: 21 }, () => ({ status: { neq: 'CANCELLED' } })) },
    });
    expect(codeOf(conditions)).toBe('VALIDATION_FAILED');
    expect(conditions.errors?.[0]?.message).toMatch(/more than 20 conditions/);
    const values = await page({
      where: { owner: { in: Array.from({ length: 21 }, (_, i) => gid('User', `usr_${i}`)) } },
    });
    expect(codeOf(values)).toBe('VALIDATION_FAILED');
    expect(values.errors?.[0]?.message).toMatch(/where\.owner\.in: must list at most 20/);
    const parameters = await page({
      where: {
        or: [
          { owner: { in: Array.from({ length: 20 }, (_, i) => gid('User', `usr_${i}`)) } },
          { assignee: { in: Array.from({ length: 11 }, (_, i) => gid('User', `usr_${i}`)) } },
        ],
      },
    });
    expect(codeOf(parameters)).toBe('VALIDATION_FAILED');
    expect(parameters.errors?.[0]?.message).toMatch(/more than 30/);
  });

  it('folds empty filters however many there are: {} matches everything, in and, or and not', async () => {
    const all = [gid('WorkItem', ids.a as string), gid('WorkItem', ids.b as string)].sort();
    const empties = Array.from({ length: 150 }, () => ({}));
    const found = async (where: WorkItemWhere) => {
      const result = await page({ where: { and: [{ title: { startsWith: tag } }, where] } });
      expect(result.errors).toBeUndefined();
      const node = result.data?.node;
      return node && 'workItems' in node
        ? node.workItems.edges.map((edge) => edge.node.id).sort()
        : null;
    };
    expect(await found({ or: empties })).toEqual(all);
    expect(await found({ and: empties })).toEqual(all);
    expect(await found({ not: { or: empties } })).toEqual([]);
    expect(await found({ or: [] })).toEqual([]);
    expect(await found({ not: { or: [] } })).toEqual(all);
    // Beside real conditions: an empty `or` member still matches everything, an `and` narrows.
    const done = { status: { eq: 'DONE' as const } };
    expect(await found({ or: [...empties, done] })).toEqual(all);
    expect(await found({ and: [...empties, done] })).toEqual([gid('WorkItem', ids.b as string)]);
    expect(await found({ or: [{ or: [] }, done] })).toEqual([gid('WorkItem', ids.b as string)]);
  });

  it('refuses an ID of the wrong type, an empty contains, a fourth sort key, a key twice', async () => {
    const wrongType = await page({ where: { room: { eq: gid('List', 'lst_x') } } });
    expect(codeOf(wrongType)).toBe('VALIDATION_FAILED');
    expect(wrongType.errors?.[0]?.message).toContain('where.room.eq: must be the ID of a Room');
    expect(codeOf(await page({ where: { title: { contains: '' } } }))).toBe('VALIDATION_FAILED');
    const fourKeys = await page({
      orderBy: [
        { field: 'TITLE' },
        { field: 'STATUS' },
        { field: 'DUE_AT' },
        { field: 'CREATED_AT' },
      ],
    });
    expect(codeOf(fourKeys)).toBe('VALIDATION_FAILED');
    const twice = await page({ orderBy: [{ field: 'TITLE' }, { field: 'TITLE' }] });
    expect(twice.errors?.[0]?.message).toContain('orderBy[1].field: is listed twice');
  });

  it('refuses an empty or repeated groupBy', async () => {
    for (const groupBy of [[], ['STATUS', 'STATUS'], ['STATUS', 'ROOM', 'LIST', 'ASSIGNEE']]) {
      const result = await gql(
        WorkspaceItemStatsDocument,
        { id: gid('Workspace', workspace), groupBy: groupBy as never },
        { as: viewer },
      );
      expect(codeOf(result), JSON.stringify(groupBy)).toBe('VALIDATION_FAILED');
    }
  });

  it('prices each condition in the cost, before anything runs', async () => {
    const plain = await page({ where: { title: { contains: tag } } });
    const five = await page({
      where: {
        title: { contains: tag, startsWith: tag },
        or: [
          { status: { eq: 'TODO' } },
          { not: { dueAt: { isNull: true, lt: '2031-01-01T00:00:00Z' } } },
        ],
      },
    });
    const cost = (result: typeof plain) =>
      (result.extensions?.cost as { requested: number } | undefined)?.requested ?? 0;
    expect(cost(five) - cost(plain)).toBe(4);
  });

  it('takes LIKE wildcards in contains and startsWith literally', async () => {
    const found = async (where: WorkItemWhere) => {
      const result = await page({ where: { and: [{ title: { startsWith: tag } }, where] } });
      const node = result.data?.node;
      return node && 'workItems' in node ? node.workItems.edges.map((edge) => edge.node.id) : null;
    };
    const b = [gid('WorkItem', ids.b as string)];
    expect(await found({ title: { contains: '50%' } })).toEqual(b);
    // As wildcards, `%` would match both titles and ` _` the ` a` of the first.
    expect(await found({ title: { contains: '%' } })).toEqual(b);
    expect(await found({ title: { contains: ' _' } })).toEqual([]);
    expect(await found({ title: { startsWith: `${tag} _` } })).toEqual([]);
    expect(await found({ title: { startsWith: `${tag} B_5` } })).toEqual(b);
  });
});

describe('the older filter and order arguments', () => {
  const legacy = (variables: Record<string, unknown>) =>
    gql(LegacyAndWhereDocument, { id: gid('Workspace', workspace), ...variables } as never, {
      as: viewer,
    });
  const titles = (result: Awaited<ReturnType<typeof legacy>>) =>
    (
      (result.data?.node ?? null) as { workItems: { edges: { node: { title: string } }[] } } | null
    )?.workItems.edges.map((edge) => edge.node.title.slice(tag.length + 1));

  it('still filters and sorts alone, and ANDs filter with where', async () => {
    const alone = await legacy({ filter: { titleContains: tag }, order: 'CREATED_AT_ASC' });
    expect(alone.errors).toBeUndefined();
    expect(titles(alone)).toEqual(['a', 'b_50%']);
    const both = await legacy({
      filter: { titleContains: tag, status: ['TODO', 'DONE'] },
      where: { status: { eq: 'DONE' } },
      orderBy: [{ field: 'TITLE', direction: 'DESC' }],
    });
    expect(both.errors).toBeUndefined();
    expect(titles(both)).toEqual(['b_50%']);
  });

  it('refuses order and orderBy together (which would win is not obvious)', async () => {
    const result = await legacy({
      filter: { titleContains: tag },
      order: 'DUE_AT_ASC',
      orderBy: [{ field: 'TITLE' }],
    });
    expect(codeOf(result)).toBe('VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toContain('order: cannot be combined with orderBy');
  });
});
