import {
  AdminAuditLogsDocument,
  AdminSettingsDocument,
  DashboardDocument,
  InboxDocument,
  MyThreadsDocument,
  WorkItemsDocument,
} from '../../client/generated/graphql';

// The bearer token goes here: `npm run token -- <userId>` prints one for local development.
const HEADERS = JSON.stringify({ Authorization: 'Bearer <paste a token: npm run token>' }, null, 2);

/**
 * GraphiQL's default tabs: one first-party operation per area (from client/*.graphql), each
 * with the headers editor preset for a bearer token. Responses show `extensions.cost` and, in
 * development and for admins, `extensions.d1`.
 */
export const graphiqlTabs = [
  { query: DashboardDocument, variables: '{}' },
  { query: WorkItemsDocument, variables: JSON.stringify({ filter: { status: ['TODO'] } }) },
  { query: MyThreadsDocument, variables: '{}' },
  { query: InboxDocument, variables: JSON.stringify({ read: false }) },
  { query: AdminSettingsDocument, variables: '{}' },
  { query: AdminAuditLogsDocument, variables: JSON.stringify({ first: 20 }) },
].map(({ query, variables }) => ({ query: query.toString().trim(), variables, headers: HEADERS }));

export const graphiqlHeaders = HEADERS;
