import { env } from 'cloudflare:workers';
import { buildSchema } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/viewer';
import { createContext } from '../../src/context';
import { deprecatedFieldUsage } from '../../src/resolvers/admin/field-usage';
import {
  AnalyticsDeprecatedFieldUsageDocument,
  AnalyticsViewerNameDocument,
} from '../generated/graphql';
import { gql } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';
import { makeAdmin } from '../helpers/work-seed';
import { asMessages, deliver, holdRecords, run } from './helpers';

// deprecatedFieldUsage lists every deprecated field of the served schema with who still selects
// it. The served schema deprecates nothing yet, so the rule is pinned on a schema that does,
// with usage recorded through the real queue.

let records: ReturnType<typeof holdRecords>;
beforeEach(() => {
  records = holdRecords();
});
afterEach(() => records.restore());

describe('deprecatedFieldUsage', () => {
  it('gives each deprecated field its clients, and the unused ones with none', async () => {
    const user = await insertUser();
    const client = uid('legacy-app');
    await run(
      AnalyticsViewerNameDocument,
      {},
      {
        as: user,
        headers: { 'graphql-client-name': client },
      },
    );
    await deliver(asMessages(records.take()));
    const schema = buildSchema(`
      type Query { viewer: User }
      type User {
        id: ID!
        displayName: String! @deprecated(reason: "Use name.")
        nickname: String @deprecated(reason: "Never used.")
      }
    `);
    const ctx = createContext({
      requestId: 'test',
      env,
      viewer: anonymous,
      waitUntil: () => {},
      clientIp: '127.0.0.1',
    });
    const usage = await deprecatedFieldUsage(ctx, schema, 7);
    expect(usage.map((u) => [u.coordinate, u.deprecationReason, u.requests])).toEqual([
      ['User.displayName', 'Use name.', 1],
      ['User.nickname', 'Never used.', 0],
    ]);
    expect(usage[0]?.clients.map((c) => c.clientName)).toEqual([client]);
  });

  it('answers the served schema: no deprecated field yet', async () => {
    const admin = await insertUser();
    await makeAdmin(admin, 'support');
    const result = await gql(AnalyticsDeprecatedFieldUsageDocument, {}, { as: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data?.deprecatedFieldUsage).toEqual([]);
  });
});
