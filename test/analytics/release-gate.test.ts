import { buildSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { AdminUsedFieldsDocument } from '../../client/generated/graphql';
import {
  describeStillUsed,
  removedFields,
  usageEntries,
  usageGate,
} from '../../scripts/lib/usage-gate';
import {
  AnalyticsItemThroughFragmentsDocument,
  AnalyticsViewerNameDocument,
} from '../generated/graphql';
import { gql } from '../helpers/client';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';
import { gid, insertWorkItem, makeAdmin } from '../helpers/work-seed';
import { asMessages, deliver, holdRecords, run } from './helpers';

// `npm run schema:release -- --usage usage.json`: the export is the JSON answer of usedFields
// (docs/admins.md shows the curl); the gate refuses a release that removes a field a client
// selected in the last N days, and names those clients.

const baseline = buildSchema(`
  type Query { node(id: ID!): WorkItem, viewer: User }
  type WorkItem { title: String, status: String, legacyCode: String }
  type User { displayName: String }
`);
const withoutTitle = buildSchema(`
  type Query { node(id: ID!): WorkItem, viewer: User }
  type WorkItem { status: String, legacyCode: String }
  type User { displayName: String }
`);
const withoutLegacy = buildSchema(`
  type Query { node(id: ID!): WorkItem, viewer: User }
  type WorkItem { title: String, status: String }
  type User { displayName: String }
`);

let exported: unknown;
const ios = uid('ios');
const web = uid('web');

beforeAll(async () => {
  const user = await insertUser();
  const admin = await insertUser();
  await makeAdmin(admin, 'support');
  const item = await insertWorkItem({ workspaceId: await insertWorkspace(user), ownerId: user });
  const held = holdRecords();
  for (const client of [ios, web, web]) {
    await run(
      AnalyticsItemThroughFragmentsDocument,
      { id: gid('WorkItem', item) },
      {
        as: user,
        headers: { 'graphql-client-name': client },
      },
    );
  }
  await run(AnalyticsViewerNameDocument, {}, { as: user });
  await deliver(asMessages(held.take()));
  held.restore();
  // What `curl ... -d '{"query": "query AdminUsedFields ..."}' > usage.json` saves.
  const { status, headers, ...answer } = await gql(
    AdminUsedFieldsDocument.toString(),
    { days: 30 },
    {
      as: admin,
    },
  );
  exported = JSON.parse(JSON.stringify(answer));
});

describe('the release gate', () => {
  it('finds the field usage in an export of usedFields', () => {
    const coordinates = usageEntries(exported).map((entry) => entry.coordinate);
    expect(coordinates).toEqual(expect.arrayContaining(['WorkItem.title', 'User.displayName']));
  });

  it('refuses to remove a field used in the window, naming its clients busiest first', () => {
    expect(removedFields(baseline, withoutTitle)).toEqual(['WorkItem.title']);
    const { stillUsed, problems } = usageGate(baseline, withoutTitle, exported, 30, new Date());
    expect(problems).toEqual([]);
    expect(stillUsed.map((use) => use.coordinate)).toEqual(['WorkItem.title']);
    expect(stillUsed[0]?.clients.map((c) => [c.clientName, c.requests])).toEqual([
      [web, 2],
      [ios, 1],
    ]);
    const message = describeStillUsed(stillUsed, 30);
    expect(message).toContain('WorkItem.title');
    expect(message).toContain(`${web}: 2 requests`);
  });

  it('lets a field no client used go', () => {
    const { stillUsed, problems } = usageGate(baseline, withoutLegacy, exported, 30, new Date());
    expect(problems).toEqual([]);
    expect(stillUsed).toEqual([]);
  });

  it('lets a field go whose last use is older than the window', () => {
    const later = new Date(Date.now() + 40 * 86_400_000);
    expect(usageGate(baseline, withoutTitle, exported, 30, later).stillUsed).toEqual([]);
  });

  it('refuses an export that covers fewer days than asked, or holds no usage', () => {
    expect(usageGate(baseline, withoutLegacy, exported, 90, new Date()).problems).toEqual([
      'The usage file covers 30 days; the gate needs 90: export it with days: 90.',
    ]);
    expect(usageGate(baseline, withoutLegacy, { data: {} }, 30, new Date()).problems).toHaveLength(
      1,
    );
  });
});
