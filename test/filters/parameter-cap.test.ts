import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManyWorkspacesWhereDocument } from '../generated/graphql';
import { liftRateLimit } from '../hardening/helpers';
import { gql } from '../helpers/client';
import { insertUser, uid } from '../helpers/seed';
import { batch, gid, workItemStatement } from '../helpers/work-seed';

// D1 refuses a statement with more than 100 bound parameters. A nested list pages all its
// parents in one statement (up to 80 parent ids); a filter that spends its whole allowance (30)
// must shrink that batch instead of failing. 90 workspaces, each asked for its items under such
// a filter, must all answer.

const WORKSPACES = 90;
let viewer: string;
const owners: string[] = [];

describe('a large filter under many parents', () => {
  beforeAll(async () => {
    await liftRateLimit();
    viewer = await insertUser();
    const statements: D1PreparedStatement[] = [];
    for (let i = 0; i < WORKSPACES; i++) {
      const workspace = uid('wsp');
      statements.push(
        env.DB.prepare(
          'INSERT INTO workspaces (id, name, slug, owner_id) VALUES (?, ?, ?, ?)',
        ).bind(workspace, `Cap ${i}`, workspace, viewer),
        env.DB.prepare(
          "INSERT INTO workspace_members (id, workspace_id, user_id, role) VALUES (?, ?, ?, 'owner')",
        ).bind(uid('wsm'), workspace, viewer),
        workItemStatement({ workspaceId: workspace, ownerId: viewer, title: `cap item ${i}` }),
      );
    }
    await batch(statements);
    for (let i = 0; i < 20; i++) owners.push(gid('User', i === 0 ? viewer : `usr_missing_${i}`));
  });

  it('answers every parent with a where that spends all 30 parameters', async () => {
    const where = {
      owner: { in: owners },
      title: { contains: 'cap item', startsWith: 'cap' },
      or: Array.from({ length: 4 }, (_, i) => ({ createdAt: { gte: `200${i}-01-01T00:00:00Z` } })),
      not: {
        and: [
          { dueAt: { eq: '1999-01-01T00:00:00Z' } },
          { title: { eq: 'never' } },
          { assignee: { in: [gid('User', 'usr_nobody_1'), gid('User', 'usr_nobody_2')] } },
        ],
      },
    };
    const result = await gql(ManyWorkspacesWhereDocument, { where }, { as: viewer });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const spaces = result.data?.viewer?.workspaceMemberships.edges ?? [];
    expect(spaces).toHaveLength(WORKSPACES);
    for (const { node } of spaces) {
      expect(node.workspace?.workItems.totalCount).toBe(1);
    }
  });
});
