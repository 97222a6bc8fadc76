import {
  AdminAuditLogsDocument,
  AdminSettingsDocument,
  DashboardDocument,
  InboxDocument,
  MyThreadsDocument,
  SearchDocument,
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
  { query: MyThreadsDocument, variables: '{}' },
  { query: SearchDocument, variables: JSON.stringify({ query: 'quest task*', first: 10 }) },
  { query: InboxDocument, variables: JSON.stringify({ read: false }) },
  { query: AdminSettingsDocument, variables: '{}' },
  { query: AdminAuditLogsDocument, variables: JSON.stringify({ first: 20 }) },
].map(({ query, variables }) => ({ query: query.toString().trim(), variables }));
