import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptInviteDocument,
  AdminAiUsageReportDocument,
  AdminAuditLogsDocument,
  AdminDeprecatedFieldUsageDocument,
  AdminFieldUsageDocument,
  AdminOperationStatsDocument,
  AdminSettingsDocument,
  AdminUnusedFieldsDocument,
  AdminUsedFieldsDocument,
  CompleteWorkItemDocument,
  CreateThreadDocument,
  CreateWorkItemDocument,
  DashboardDocument,
  InboxDocument,
  MarkInboxItemReadDocument,
  MyThreadsDocument,
  SendThreadMessageDocument,
  type TypedDocumentString,
  WorkItemsDocument,
} from '../../client/generated/graphql';
import { forgetCachedSettings } from '../../src/resolvers/admin/settings';
import { gql, send, tokenFor } from '../helpers/client';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';

// Every first-party operation of client/*.graphql, sent as the typed document codegen made of it:
// they must validate against the schema and answer without errors for the callers they serve.

const gid = (type: string, id: string) => btoa(`${type}:${id}`);

function run<R, V>(document: TypedDocumentString<R, V>, variables: V, as: string) {
  return gql<R>(document.toString(), variables as Record<string, unknown>, { as });
}

let userId: string;
let adminId: string;
let workspaceId: string;

beforeAll(async () => {
  await env.DB.prepare(
    "UPDATE system_settings SET value = '100000' WHERE key = 'default_rate_limit'",
  ).run();
  forgetCachedSettings();
  userId = await insertUser({ displayName: 'Client' });
  adminId = await insertUser({ displayName: 'Admin' });
  await env.DB.prepare("INSERT INTO admin_users (id, user_id, role) VALUES (?, ?, 'admin')")
    .bind(uid('adm'), adminId)
    .run();
  workspaceId = await insertWorkspace(userId, 'Client squad');
});

describe('client operations', () => {
  it('Dashboard, WorkItems, CreateWorkItem and CompleteWorkItem work for a user', async () => {
    const created = await run(
      CreateWorkItemDocument,
      { input: { workspaceId: gid('Workspace', workspaceId), title: 'From the client' } },
      userId,
    );
    expect(created.errors).toBeUndefined();
    const item = created.data?.createWorkItem;
    expect(item?.__typename).toBe('CreateWorkItemSuccess');
    const itemId = item?.__typename === 'CreateWorkItemSuccess' ? item.data.id : '';

    const dashboard = await run(DashboardDocument, {}, userId);
    expect(dashboard.errors).toBeUndefined();
    const workspace = dashboard.data?.viewer?.workspaceMemberships.edges[0]?.node.workspace;
    expect(workspace?.name).toBe('Client squad');
    expect(workspace?.workItems.edges.map((edge) => edge.node.title)).toContain('From the client');

    const list = await run(WorkItemsDocument, { filter: { status: ['TODO'] } }, userId);
    expect(list.errors).toBeUndefined();
    expect(list.data?.workItems.totalCount).toBeGreaterThan(0);

    const completed = await run(
      CompleteWorkItemDocument,
      { input: { workItemId: itemId } },
      userId,
    );
    expect(completed.data?.completeWorkItem).toMatchObject({
      __typename: 'CompleteWorkItemSuccess',
      data: { status: 'DONE' },
    });
  });

  it('CreateThread, MyThreads, SendThreadMessage and AcceptInvite answer with data or typed errors', async () => {
    const created = await run(CreateThreadDocument, { input: { title: 'Client thread' } }, userId);
    expect(created.errors).toBeUndefined();
    const result = created.data?.createThread;
    expect(result?.__typename).toBe('CreateThreadSuccess');
    const threadId = result?.__typename === 'CreateThreadSuccess' ? result.data.thread.id : '';

    const sent = await run(
      SendThreadMessageDocument,
      { input: { threadId, body: 'Hello from the client' } },
      userId,
    );
    expect(sent.data?.sendThreadMessage.__typename).toBe('SendThreadMessageSuccess');

    const mine = await run(MyThreadsDocument, {}, userId);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.viewer?.threads.edges.map((edge) => edge.node.id)).toContain(threadId);

    const accept = await run(
      AcceptInviteDocument,
      { input: { inviteId: gid('ThreadInvite', 'thi_unknown') } },
      userId,
    );
    expect(accept.data?.acceptInvite.__typename).toBe('NotFoundError');
  });

  it('Inbox and MarkInboxItemRead work for the owner of the item', async () => {
    const itemId = uid('inb');
    await env.DB.prepare(
      "INSERT INTO inbox_items (id, user_id, kind, title) VALUES (?, ?, 'system', 'Hello')",
    )
      .bind(itemId, userId)
      .run();
    const inbox = await run(InboxDocument, { read: false }, userId);
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data?.viewer?.inbox.edges.map((edge) => edge.node.id)).toContain(
      gid('InboxItem', itemId),
    );
    const read = await run(
      MarkInboxItemReadDocument,
      { input: { itemId: gid('InboxItem', itemId) } },
      userId,
    );
    expect(read.data?.markInboxItemRead).toMatchObject({ data: { isRead: true } });
  });

  it('the admin operations answer for an admin and are forbidden to a user', async () => {
    const settings = await run(AdminSettingsDocument, {}, adminId);
    expect(settings.errors).toBeUndefined();
    expect(settings.data?.systemSettings.defaultRateLimit).toBe(100000);
    const audit = await run(AdminAuditLogsDocument, { first: 5 }, adminId);
    expect(audit.errors).toBeUndefined();
    const report = await run(
      AdminAiUsageReportDocument,
      { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z', groupBy: 'FEATURE' },
      adminId,
    );
    expect(report.errors).toBeUndefined();
    const stats = await run(
      AdminOperationStatsDocument,
      { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z', groupBy: ['OPERATION', 'DAY'] },
      adminId,
    );
    expect(stats.errors).toBeUndefined();
    for (const usage of [
      await run(AdminFieldUsageDocument, { coordinate: 'WorkItem.title' }, adminId),
      await run(AdminUsedFieldsDocument, {}, adminId),
      await run(AdminUnusedFieldsDocument, { days: 7 }, adminId),
      await run(AdminDeprecatedFieldUsageDocument, {}, adminId),
    ]) {
      expect(usage.errors).toBeUndefined();
    }
    const forbidden = await run(AdminSettingsDocument, {}, userId);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('runs a typed document by its persisted hash alone', async () => {
    const hash = (DashboardDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
    const response = await send('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await tokenFor(userId)}`,
      },
      body: JSON.stringify({ documentId: hash, variables: {} }),
    });
    const body = (await response.json()) as {
      data?: { viewer?: { id: string } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.viewer?.id).toBe(gid('User', userId));
  });
});
