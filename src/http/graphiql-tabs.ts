import {
  AdminAuditLogsDocument,
  AdminDeprecatedFieldUsageDocument,
  AdminFieldUsageDocument,
  AdminOperationStatsDocument,
  AdminSettingsDocument,
  AdminUnusedFieldsDocument,
  DashboardDocument,
  FilteredWorkItemsDocument,
  InboxDocument,
  MyThreadsDocument,
  SearchDocument,
  WorkItemStatsDocument,
  WorkItemsDocument,
} from '../../client/generated/graphql';

/**
 * GraphiQL's default tabs: one first-party operation per area (from client/*.graphql). They carry
 * no headers: who the requests run as is chosen once for every tab, in the page's sign-in bar.
 * Responses show `extensions.cost` and, in development and for admins, `extensions.d1`.
 */
export const graphiqlTabs = [
  { query: DashboardDocument, variables: '{}' },
  { query: WorkItemsDocument, variables: JSON.stringify({ filter: { status: ['TODO'] } }) },
  {
    query: FilteredWorkItemsDocument,
    variables: JSON.stringify({
      where: {
        status: { in: ['TODO', 'IN_PROGRESS'] },
        or: [{ dueAt: { lt: '2030-01-01T00:00:00Z' } }, { assignee: { isNull: true } }],
      },
      orderBy: [{ field: 'DUE_AT', direction: 'ASC' }, { field: 'TITLE' }],
    }),
  },
  {
    query: WorkItemStatsDocument,
    // The demo workspace (`wsp_demo`), by its global ID.
    variables: JSON.stringify({
      workspaceId: btoa('Workspace:wsp_demo'),
      groupBy: ['STATUS', 'ASSIGNEE'],
    }),
  },
  { query: MyThreadsDocument, variables: '{}' },
  { query: SearchDocument, variables: JSON.stringify({ query: 'quest task*', first: 10 }) },
  { query: InboxDocument, variables: JSON.stringify({ read: false }) },
  { query: AdminSettingsDocument, variables: '{}' },
  { query: AdminAuditLogsDocument, variables: JSON.stringify({ first: 20 }) },
  // API analytics: one day by operation and client (fixed dates: a tab's text must not change,
  // or GraphiQL would add a new tab on a later visit; edit them), who selects a field, what no
  // client selects, who still selects deprecated fields.
  {
    query: AdminOperationStatsDocument,
    variables: JSON.stringify(
      {
        from: '2026-01-01T00:00:00Z',
        to: '2026-01-02T00:00:00Z',
        groupBy: ['OPERATION', 'CLIENT'],
        limit: 20,
      },
      null,
      2,
    ),
  },
  { query: AdminFieldUsageDocument, variables: JSON.stringify({ coordinate: 'WorkItem.title' }) },
  { query: AdminUnusedFieldsDocument, variables: JSON.stringify({ days: 30 }) },
  { query: AdminDeprecatedFieldUsageDocument, variables: JSON.stringify({ days: 30 }) },
].map(({ query, variables }) => ({ query: query.toString().trim(), variables }));
