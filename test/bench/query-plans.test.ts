import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../bench/operations';
import {
  BENCH_ADMIN,
  BENCH_THREAD,
  BENCH_USER,
  seedStatements,
  TEST_SIZES,
} from '../../bench/seed';
import { gql } from '../helpers/client';

// Every distinct SQL statement that a representative operation of each area sends (recorded with
// `x-debug-sql: 1`) goes through EXPLAIN QUERY PLAN: none may scan a large table row by row.
//
// Allow-list, by construction: only the tables below are checked. A SCAN of any other table
// (rooms, lists, threads, system settings, admin users...: tens of rows per workspace or in all),
// of a subquery or CTE (`SCAN x`, `MATERIALIZE`, `CO-ROUTINE`), or a SCAN that walks an index
// (`USING INDEX`, `USING COVERING INDEX`: ordered, stopped by the page's LIMIT) passes.
const LARGE_TABLES = new Set([
  'users',
  'work_items',
  'workspace_members',
  'thread_messages',
  'thread_message_deliveries',
  'thread_invites',
  'ai_usage_logs',
  'audit_logs',
  'inbox_items',
  // Full-text indexes (0035): read through MATCH (FTS5's `M` in the plan) or by rowid (`=`).
  'work_items_fts',
  'thread_messages_fts',
  'users_fts',
]);

// A SEARCH whose only constraint is one of these columns is a scan in disguise: a status, a scope
// or a type matches a quarter of the table or more, where a parent, owner or membership index
// narrows to a few rows.
const LOW_SELECTIVITY = new Set([
  'visibility_scope',
  'visibility',
  'status',
  'type',
  'kind',
  'is_read',
  'role',
  'email_status',
]);

const SMALL = TEST_SIZES;

const OTHER_USER = `usr_b${SMALL.users / 2}`; // the bench thread's other participant
const id = (type: string, raw: string) => btoa(`${type}:${raw}`);

/** SQL text -> the parameters it was first seen with. */
const statements = new Map<string, unknown[]>();
const ids: Record<string, string> = {};

async function traced(
  query: string,
  variables: Record<string, unknown> = {},
  as: string = BENCH_USER,
): Promise<Record<string, unknown>> {
  const result = await gql(query, variables, { as, headers: { 'x-debug-sql': '1' } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const d1 = result.extensions?.d1 as { sql?: string[]; params?: unknown[][] } | undefined;
  expect(d1?.sql?.length).toBeGreaterThan(0);
  for (const [index, text] of (d1?.sql ?? []).entries()) {
    if (!statements.has(text)) statements.set(text, d1?.params?.[index] ?? []);
  }
  return result.data ?? {};
}

/** Data a mutation returned on success (`... on XSuccess { data { ... } }`), else a failure. */
function success<T>(data: Record<string, unknown>, field: string): T {
  const payload = data[field] as { __typename: string; data?: T; message?: string };
  expect(payload.__typename, payload.message).toMatch(/Success$/);
  return payload.data as T;
}

/** Table names and their aliases in a statement: `SCAN w` names an alias, not a table. */
function aliasesOf(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  const pattern =
    /\b(?:from|join|update|into)\s+"?(\w+)"?(?:\s+(?:as\s+)?"?(?!(?:on|where|join|left|inner|cross|order|group|limit|using|set|natural)\b)(\w+)"?)?/gi;
  for (const match of sql.matchAll(pattern)) {
    const table = match[1]?.toLowerCase() ?? '';
    map.set(table, table);
    if (match[2]) map.set(match[2].toLowerCase(), table);
  }
  return map;
}

const PAGE = `pageInfo { hasNextPage endCursor } totalCount`;
const WORK_ITEM = `id title status dueAt owner { displayName } assignee { displayName }`;

beforeAll(async () => {
  for (const statement of seedStatements(SMALL)) await env.DB.prepare(statement).run();

  // Rows of the tables the seed leaves empty, made through the API (their writes are checked too).
  const event = await traced(
    `mutation Event($input: CreateHostedEventInput!) { createHostedEvent(input: $input) {
      __typename ... on Error { message } ... on CreateHostedEventSuccess { data { id } } } }`,
    {
      input: {
        title: 'Planning',
        startsAt: '2026-12-01T10:00:00.000Z',
        workspaceId: id('Workspace', 'wsp_b0'),
      },
    },
  );
  ids.event = success<{ id: string }>(event, 'createHostedEvent').id;
  const joined = await traced(
    `mutation Join($input: JoinHostedEventInput!) { joinHostedEvent(input: $input) {
      __typename ... on Error { message } ... on JoinHostedEventSuccess { data { id } } } }`,
    { input: { eventId: ids.event, status: 'GOING' } },
    'usr_b2',
  );
  ids.eventParticipant = success<{ id: string }>(joined, 'joinHostedEvent').id;
  const item = await traced(
    `mutation Item($input: AddListItemInput!) { addListItem(input: $input) {
      __typename ... on Error { message } ... on AddListItemSuccess { data { id } } } }`,
    { input: { listId: id('List', 'lst_b0'), title: 'Buy milk' } },
  );
  ids.listItem = success<{ id: string }>(item, 'addListItem').id;
  const request = await traced(
    `mutation Ask($input: SendRelationshipRequestInput!) { sendRelationshipRequest(input: $input) {
      __typename ... on Error { message } ... on SendRelationshipRequestSuccess { data { id } } } }`,
    { input: { toUserId: id('User', 'usr_b3'), message: 'Hi' } },
  );
  ids.relationshipRequest = success<{ id: string }>(request, 'sendRelationshipRequest').id;
  const accepted = await traced(
    `mutation Accept($input: RelationshipRequestInput!) { acceptRelationshipRequest(input: $input) {
      __typename ... on Error { message } ... on AcceptRelationshipRequestSuccess { data { id } } } }`,
    { input: { requestId: ids.relationshipRequest } },
    'usr_b3',
  );
  ids.relationship = success<{ id: string }>(accepted, 'acceptRelationshipRequest').id;
  const token = await traced(
    `mutation Token($input: CreateApiTokenInput!) { createApiToken(input: $input) {
      __typename ... on Error { message } ... on CreateApiTokenSuccess { data { apiToken { id } } } } }`,
    { input: { name: 'ci', scopes: ['READ'] } },
  );
  ids.apiToken = success<{ apiToken: { id: string } }>(token, 'createApiToken').apiToken.id;
  await traced(
    `mutation Send($input: SendThreadMessageInput!) { sendThreadMessage(input: $input) {
      __typename ... on Error { message } ... on SendThreadMessageSuccess { data { id } } } }`,
    { input: { threadId: id('Thread', BENCH_THREAD), body: 'Hello there' } },
  );
  await traced(
    `mutation Read($input: MarkThreadReadInput!) { markThreadRead(input: $input) {
      __typename ... on Error { message } ... on MarkThreadReadSuccess { data { changedCount } } } }`,
    { input: { threadId: id('Thread', BENCH_THREAD) } },
    OTHER_USER,
  );
  await env.DB.prepare(
    `INSERT INTO inbox_items (id, user_id, kind, title, subject_type, subject_id)
     VALUES ('inb_plan', ?1, 'system', 'Welcome', 'work_item', 'wki_b0')`,
  )
    .bind(BENCH_USER)
    .run();
  ids.inboxItem = id('InboxItem', 'inb_plan');
});

describe('query plans', () => {
  it('records the SQL of representative operations of every area', async () => {
    for (const op of operations) await traced(op.query, op.variables, op.as);

    // Root work items: filters, orders and a second page.
    const filtered = `query Filtered($filter: WorkItemFilter, $order: WorkItemOrder, $after: String) {
      workItems(first: 20, filter: $filter, order: $order, after: $after) {
        ${PAGE} edges { node { ${WORK_ITEM} room { name } list { name } workspace { name } } } } }`;
    const filters: Record<string, unknown>[] = [
      {},
      { status: ['TODO', 'IN_PROGRESS'] },
      { type: 'SCHEDULED', visibility: ['SQUAD', 'ROOM'] },
      { assigneeId: id('User', 'usr_b7') },
      { titleContains: 'item 1' },
      { dueAfter: '2026-11-01T00:00:00.000Z', dueBefore: '2026-11-30T00:00:00.000Z' },
    ];
    for (const order of ['CREATED_AT_DESC', 'CREATED_AT_ASC', 'DUE_AT_ASC']) {
      for (const filter of filters) {
        const data = await traced(filtered, { filter, order });
        const page = data.workItems as { pageInfo: { endCursor: string | null } };
        if (page.pageInfo.endCursor) {
          await traced(filtered, { filter, order, after: page.pageInfo.endCursor });
        }
      }
    }
    await traced(`{ workItems(last: 10) { ${PAGE} edges { node { id } } } }`);

    // Composable filters and any order (issue 16): each order field both ways, on the root list
    // and a nested one, with a where tree naming every kind of field; a second page; aggregates.
    const whereQuery = `query Where($where: WorkItemWhere, $orderBy: [WorkItemOrderBy!], $after: String, $ws: ID!) {
      workItems(first: 20, where: $where, orderBy: $orderBy, after: $after) { ${PAGE} edges { node { id } } }
      node(id: $ws) { ... on Workspace { workItems(first: 20, where: $where, orderBy: $orderBy) { ${PAGE} edges { node { id } } } } } }`;
    const wheres: Record<string, unknown>[] = [
      {},
      {
        or: [
          { status: { in: ['TODO', 'IN_PROGRESS'] }, dueAt: { lt: '2026-12-01T00:00:00.000Z' } },
          { assignee: { eq: id('User', 'usr_b7') } },
          { not: { title: { contains: 'item 1' } } },
        ],
      },
      { room: { eq: id('Room', 'rom_b0') }, list: { isNull: true } },
      { list: { in: [id('List', 'lst_b0')] }, owner: { neq: id('User', 'usr_b3') } },
      { updatedAt: { gte: '2026-11-01T00:00:00.000Z' }, title: { startsWith: 'Item' } },
    ];
    for (const field of ['CREATED_AT', 'UPDATED_AT', 'DUE_AT', 'TITLE', 'STATUS']) {
      for (const direction of ['ASC', 'DESC']) {
        for (const where of wheres) {
          const variables = {
            where,
            orderBy: [{ field, direction }],
            ws: id('Workspace', 'wsp_b0'),
          };
          const data = await traced(whereQuery, variables);
          const page = data.workItems as { pageInfo: { endCursor: string | null } };
          if (page.pageInfo.endCursor && where === wheres[1]) {
            await traced(whereQuery, { ...variables, after: page.pageInfo.endCursor });
          }
        }
      }
    }
    for (const groupBy of [['STATUS'], ['ASSIGNEE', 'VISIBILITY'], ['ROOM', 'LIST', 'DUE_WEEK']]) {
      await traced(
        `query Stats($ws: ID!, $groupBy: [WorkItemGroupBy!]!, $where: WorkItemWhere) { node(id: $ws) { ... on Workspace {
          workItemStats(groupBy: $groupBy, where: $where) { count status assignee { displayName } room { name } list { name } dueWeek } } } }`,
        { ws: id('Workspace', 'wsp_b0'), groupBy, where: wheres[1] },
      );
    }

    // A workspace: rooms, lists, events, members, work items, each with their nested lists.
    await traced(
      `query Space($id: ID!) { node(id: $id) { ... on Workspace {
        name owner { displayName }
        rooms(first: 5) { ${PAGE} edges { node { name viewerMembership { role }
          members(first: 5) { ${PAGE} edges { node { role user { displayName } } } }
          workItems(first: 5) { ${PAGE} edges { node { id title } } } } } }
        lists(first: 5) { ${PAGE} edges { node { name owner { displayName }
          items(first: 5) { ${PAGE} edges { node { title createdBy { displayName } } } }
          members(first: 5) { ${PAGE} edges { node { role user { displayName } } } }
          workItems(first: 5) { ${PAGE} edges { node { id title } } } } } }
        events(first: 5) { ${PAGE} edges { node { title host { displayName }
          participants(first: 5) { ${PAGE} edges { node { status user { displayName } } } } } } }
        admins: members(first: 5, role: ADMIN) { ${PAGE} edges { node { user { displayName } } } }
        workItems(first: 5, filter: { status: [DONE] }, order: DUE_AT_ASC) { ${PAGE} edges { node { id } } }
      } } }`,
      { id: id('Workspace', 'wsp_b0') },
    );

    // The viewer's own lists.
    await traced(`{ viewer {
      unread: inbox(first: 10, filter: { read: false }) { ${PAGE} edges { node { title kind subjectNodeId user { displayName } } } }
      archived: inbox(first: 10, filter: { archived: true }) { ${PAGE} edges { node { id } } }
      inbox(last: 5) { ${PAGE} edges { node { id } } }
      threads(first: 10) { ${PAGE} edges { node { title unreadCount owner { displayName } workspace { name }
        messages(last: 1) { edges { node { body } } } } } }
      threadInvites(first: 5) { ${PAGE} edges { node { candidateName thread { title } } } }
      relationships(first: 5) { ${PAGE} edges { node { kind relatedUser { displayName } } } }
      incomingRequests(first: 5) { ${PAGE} edges { node { status fromUser { displayName } } } }
      outgoingRequests(first: 5) { ${PAGE} edges { node { status toUser { displayName } } } }
      ownedWorkItems(first: 5, filter: { status: [TODO] }) { ${PAGE} edges { node { id } } }
      assignedWorkItems(first: 5, order: DUE_AT_ASC) { ${PAGE} edges { node { id } } }
      listMemberships(first: 5) { ${PAGE} edges { node { role list { name } } } }
      eventParticipations(first: 5) { ${PAGE} edges { node { status event { title } } } }
      hostedEvents(first: 5, from: "2026-01-01T00:00:00.000Z") { ${PAGE} edges { node { title } } }
      apiTokens(first: 5, includeRevoked: true) { ${PAGE} edges { node { name status } } }
      aiUsage { todayUsd monthCalls byFeature { feature monthUsd } }
    } }`);

    // A thread: messages both ways, a second page, invites, participants.
    const thread = `query Thread($id: ID!, $before: String) { node(id: $id) { ... on Thread {
      title unreadCount owner { displayName }
      messages(last: 10, before: $before) { pageInfo { hasPreviousPage startCursor } totalCount
        edges { node { body status sender { displayName } thread { title }
          deliveries(first: 5) { ${PAGE} edges { node { status recipient { displayName } } } } } } }
      oldest: messages(first: 5) { ${PAGE} edges { node { id } } }
      invites(first: 5) { ${PAGE} edges { node { candidateName status invitee { displayName } } } }
      pending: invites(first: 5, status: PENDING) { ${PAGE} edges { node { id } } }
      participants(first: 5) { ${PAGE} edges { node { role user { displayName } } } }
    } } }`;
    const first = await traced(thread, { id: id('Thread', BENCH_THREAD) });
    const messages = (first.node as { messages: { pageInfo: { startCursor: string } } }).messages;
    await traced(thread, { id: id('Thread', BENCH_THREAD), before: messages.pageInfo.startCursor });
    await traced(thread, { id: id('Thread', 'thr_b5') }, 'usr_b5');

    // The admin surface.
    const audit = `query Audit($filter: AuditLogFilter) { auditLogs(first: 20, filter: $filter) {
      ${PAGE} edges { node { action targetType actor { displayName } } } } }`;
    await traced(
      `query Profile($id: ID!) { adminUser(id: $id) { email status user { displayName }
        inbox(first: 5, unreadOnly: true) { ${PAGE} edges { node { title } } }
        privateWorkItems(first: 5, visibilityScope: PRIVATE) { ${PAGE} edges { node { title owner { displayName } } } }
      } }`,
      { id: id('User', BENCH_USER) },
      BENCH_ADMIN,
    );
    for (const filter of [
      {},
      { actorId: id('User', BENCH_ADMIN) },
      { action: 'admin.user.viewed' },
      { targetType: 'user', targetId: BENCH_USER },
      { from: '2026-01-01T00:00:00.000Z', to: '2099-01-01T00:00:00.000Z' },
    ]) {
      await traced(audit, { filter }, BENCH_ADMIN);
    }
    const usage = `query Usage($filter: AiUsageLogFilter) { aiUsageLogs(first: 20, filter: $filter) {
      ${PAGE} edges { node { feature provider costUsd user { displayName } } } } }`;
    for (const filter of [
      {},
      { userId: id('User', 'usr_b3') },
      { provider: 'OPENAI' },
      { feature: 'search' },
      { outcome: 'ERROR' },
      { from: '2026-11-20T00:00:00.000Z', to: '2026-11-25T00:00:00.000Z' },
      { userId: id('User', 'usr_b3'), from: '2026-11-20T00:00:00.000Z' },
    ]) {
      await traced(usage, { filter }, BENCH_ADMIN);
    }
    for (const groupBy of ['DAY', 'USER', 'FEATURE', 'PROVIDER']) {
      await traced(
        `query Report($groupBy: AiUsageGroupBy!) { aiUsageReport(from: "2026-10-26T00:00:00.000Z",
          to: "2026-11-25T00:00:00.000Z", groupBy: $groupBy, limit: 5) {
          truncated total { calls } rows { key user { displayName } figures { calls costUsd } } } }`,
        { groupBy },
        BENCH_ADMIN,
      );
    }
    await traced(
      `query Admin($ws: ID!) {
        adminWorkspace(id: $ws) { name owner { displayName }
          members(first: 5, role: MEMBER) { ${PAGE} edges { node { role user { displayName } } } } }
        adminWorkspaces(first: 5, filter: { name: "Workspace 1" }) { ${PAGE} edges { node { name } } }
        admins(first: 5) { ${PAGE} edges { node { role user { displayName } } } }
        aiCostBudgets(first: 5) { ${PAGE} edges { node { limitUsd user { displayName } } } }
        dailyLogSummaries(first: 5, from: "2026-11-01", to: "2026-11-30") { ${PAGE} edges { node { date } } }
        importSessions(first: 5) { ${PAGE} edges { node { status } } }
        systemSettings { defaultRateLimit entries { key value updatedBy { displayName } } }
      }`,
      { ws: id('Workspace', 'wsp_b1') },
      BENCH_ADMIN,
    );

    // Full-text search: every index, one workspace, a type, a second page, each with snippets.
    const search = `query Search($query: String!, $types: [SearchType!], $ws: ID, $after: String) {
      search(query: $query, types: $types, workspaceId: $ws, first: 10, after: $after) {
        ${PAGE} edges { rank snippet { text highlights { start length } } node { __typename
          ... on WorkItem { title } ... on ThreadMessage { body } ... on List { name }
          ... on Room { name } ... on User { displayName } } } } }`;
    for (const variables of [
      { query: 'item' },
      { query: '"work item" 12*', ws: id('Workspace', 'wsp_b0') },
      { query: 'message', types: ['THREAD_MESSAGE'] },
      { query: 'user', types: ['USER'], ws: id('Workspace', 'wsp_b1') },
    ]) {
      const data = await traced(search, variables);
      const page = data.search as { pageInfo: { endCursor: string | null } };
      expect(page.pageInfo.endCursor).not.toBeNull();
      await traced(search, { ...variables, after: page.pageInfo.endCursor });
    }

    // The admin lists' where/orderBy and the admin aggregates (issue 16).
    const adminLists = `query AdminLists($users: AdminUserWhere, $userOrder: [AdminUserOrderBy!],
        $spaces: AdminWorkspaceWhere, $spaceOrder: [AdminWorkspaceOrderBy!], $audit: AuditLogWhere,
        $auditOrder: [AuditLogOrderBy!], $usage: AiUsageLogWhere, $usageOrder: [AiUsageLogOrderBy!]) {
      adminUsers(first: 20, where: $users, orderBy: $userOrder) { ${PAGE} edges { node { status user { displayName } } } }
      adminWorkspaces(first: 20, where: $spaces, orderBy: $spaceOrder) { ${PAGE} edges { node { name } } }
      auditLogs(first: 20, where: $audit, orderBy: $auditOrder) { ${PAGE} edges { node { action } } }
      aiUsageLogs(first: 20, where: $usage, orderBy: $usageOrder) { ${PAGE} edges { node { costUsd } } }
    }`;
    for (const direction of ['ASC', 'DESC']) {
      for (const filtered of [false, true]) {
        await traced(
          adminLists,
          {
            users: filtered
              ? { displayName: { startsWith: 'Bench' }, status: { eq: 'ACTIVE' } }
              : null,
            userOrder: [{ field: filtered ? 'DISPLAY_NAME' : 'UPDATED_AT', direction }],
            spaces: filtered ? { owner: { eq: id('User', BENCH_USER) } } : null,
            spaceOrder: [{ field: filtered ? 'NAME' : 'UPDATED_AT', direction }],
            audit: filtered ? { actor: { eq: id('User', BENCH_ADMIN) } } : null,
            auditOrder: [{ field: filtered ? 'CREATED_AT' : 'ACTION', direction }],
            usage: filtered
              ? {
                  user: { eq: id('User', 'usr_b3') },
                  createdAt: { gte: '2026-11-20T00:00:00.000Z' },
                }
              : null,
            usageOrder: [{ field: filtered ? 'CREATED_AT' : 'COST_USD', direction }],
          },
          BENCH_ADMIN,
        );
      }
    }
    for (const groupBy of [['STATUS'], ['CREATED_WEEK'], ['CREATED_MONTH', 'STATUS']]) {
      await traced(
        `query UserStats($groupBy: [AdminUserGroupBy!]!) { adminUserStats(groupBy: $groupBy) { count status createdWeek createdMonth } }`,
        { groupBy },
        BENCH_ADMIN,
      );
    }
    for (const groupBy of [['USER'], ['FEATURE', 'PROVIDER'], ['DAY', 'OUTCOME', 'MODEL']]) {
      await traced(
        `query UsageStats($groupBy: [AiUsageStatsGroupBy!]!, $where: AiUsageLogWhere) { aiUsageStats(groupBy: $groupBy, where: $where) {
          count costUsd user { displayName } feature provider day } }`,
        {
          groupBy,
          where: { createdAt: { gte: '2026-11-20T00:00:00.000Z', lt: '2026-11-25T00:00:00.000Z' } },
        },
        BENCH_ADMIN,
      );
    }

    // Refetch of every node type reachable here, in one request.
    const nodeIds = [
      id('User', 'usr_b5'),
      id('Workspace', 'wsp_b0'),
      id('WorkspaceMember', 'wsm_b3'),
      id('Room', 'rom_b0'),
      id('RoomMember', 'rmm_b0'),
      id('List', 'lst_b0'),
      id('ListMember', 'lsm_b0'),
      ids.listItem,
      id('WorkItem', 'wki_b0'),
      id('WorkItem', 'wki_b3'), // squad scope, visible through membership
      id('Thread', BENCH_THREAD),
      id('ThreadParticipant', 'thp_b0'),
      id('ThreadInvite', 'thi_b0'),
      id('ThreadMessage', 'thm_bx0'),
      ids.event,
      ids.eventParticipant,
      ids.relationshipRequest,
      ids.relationship,
      ids.apiToken,
      ids.inboxItem,
    ];
    const data = await traced(`query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids: nodeIds,
    });
    const nodes = data.nodes as ({ __typename: string } | null)[];
    // Each id resolves (a null would mean a type's loader went unexercised).
    expect(nodeIds.filter((_, index) => !nodes[index]).map((raw) => atob(raw))).toEqual([]);
    expect(statements.size).toBeGreaterThan(50);
  });

  it('scans no large table without an index', async () => {
    expect(statements.size).toBeGreaterThan(0);
    const scans: string[] = [];
    const indexScans: string[] = [];
    for (const [sql, params] of statements) {
      const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...(params as unknown[]))
        .all<{ detail: string }>();
      const aliases = aliasesOf(sql);
      for (const { detail } of plan.results) {
        const match = /^(SCAN|SEARCH) (\w+)/.exec(detail);
        const name = match?.[2]?.toLowerCase();
        const table = name ? (aliases.get(name) ?? name) : undefined;
        if (!table || !LARGE_TABLES.has(table)) continue;
        if (match?.[1] === 'SEARCH') {
          // The index's constraint columns: `(status=?)`, `(user_id=? AND is_read=?)`.
          const constraint = /\(([^)]*)\)$/.exec(detail)?.[1] ?? '';
          const columns = constraint.split(' AND ').map((term) => /^\w+/.exec(term)?.[0] ?? '');
          if (columns.every((column) => LOW_SELECTIVITY.has(column))) {
            scans.push(`${detail} (${table}: a low-selectivity index only)\n    in: ${sql}`);
          }
        } else if (
          /USING (COVERING )?INDEX/.test(detail) ||
          /VIRTUAL TABLE INDEX \d+:\S*[M=]/.test(detail)
        ) {
          indexScans.push(detail);
        } else {
          scans.push(`${detail} (${table})\n    in: ${sql}`);
        }
      }
    }
    console.log(
      `query plans: ${statements.size} distinct statements checked, ${scans.length} scans of a ` +
        `large table; ${indexScans.length} walks of an index (allowed):\n  ` +
        [...new Set(indexScans)].join('\n  '),
    );
    expect(scans, scans.join('\n')).toEqual([]);
  });

  it('probes a membership rule by its parent and the viewer together', async () => {
    // A rule's "is the viewer a member of this parent?" runs once per row read: seeking one of
    // the two columns reads every row under it (all of the viewer's memberships, for each row).
    const probes: Record<string, string[]> = {
      vis_participant: ['thread_id', 'user_id'],
      access_wsm: ['workspace_id', 'user_id'],
    };
    const partial: string[] = [];
    let seen = 0;
    for (const [sql, params] of statements) {
      if (!Object.keys(probes).some((alias) => sql.includes(`"${alias}"`))) continue;
      const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...(params as unknown[]))
        .all<{ detail: string }>();
      for (const { detail } of plan.results) {
        const match = /^SEARCH (\w+) .*\(([^)]*)\)$/.exec(detail);
        const wanted = match ? probes[match[1] as string] : undefined;
        if (!wanted) continue;
        seen++;
        const columns = (match?.[2] ?? '').split(' AND ').map((term) => /^\w+/.exec(term)?.[0]);
        if (!wanted.every((column) => columns.includes(column)))
          partial.push(`${detail}\n    in: ${sql}`);
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(partial, partial.join('\n')).toEqual([]);
  });

  it("ranks a message's deliveries from the index, in their order: no table read, no sort", async () => {
    const pages = [...statements].filter(([sql]) =>
      /partition by "message_id" order by "thread_message_deliveries"\."created_at"/.test(sql),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const [sql, params] of pages) {
      const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .bind(...(params as unknown[]))
        .all<{ detail: string }>();
      const details = plan.results.map((row) => row.detail);
      expect(details, sql).toContain(
        'SEARCH thread_message_deliveries USING COVERING INDEX idx_thread_message_deliveries_message_created (message_id=?)',
      );
      expect(
        details.filter((detail) => detail.includes('TEMP B-TREE')),
        sql,
      ).toEqual([]);
    }
  });
});
