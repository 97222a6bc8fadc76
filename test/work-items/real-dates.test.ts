import { beforeAll, describe, expect, it } from 'vitest';
import { CreateWorkItemDetailedDocument } from '../generated/graphql';
import { makeAdmin } from '../hardening/helpers';
import { gql } from '../helpers/client';
import { insertUser, insertWorkspace } from '../helpers/seed';
import { gid } from '../helpers/work-seed';

// A date that does not exist is refused, not rolled over into the next month (`new Date` turns
// 2026-02-30 into 2026-03-02): every DateTime argument, and the admin's day arguments.

let owner: string;
let workspace: string;
beforeAll(async () => {
  owner = await insertUser();
  workspace = gid('Workspace', await insertWorkspace(owner));
});

const createDue = (dueAt: string) =>
  gql(
    CreateWorkItemDetailedDocument,
    { input: { workspaceId: workspace, title: `Due ${dueAt}`, dueAt } },
    { as: owner },
  );

describe('DateTime arguments', () => {
  it.each([
    '2026-02-30T00:00:00Z',
    '2027-02-29T12:00:00Z',
    '2026-04-31T09:30:00Z',
    '2026-06-31T00:00:00+02:00',
    '2026-01-01T24:00:00Z',
    '2026-01-01T12:00:60Z',
    '2026-01-01T12:00:00+24:00',
  ])('refuses %s, a moment that does not exist', async (dueAt) => {
    const answer = await createDue(dueAt);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain('is not a real date');
  });

  it.each([
    '9999-12-31T23:59:59.999Z',
    '9999-12-31T23:30:00-01:00',
    '0000-06-01T00:00:00Z',
    '0001-01-01T00:30:00+01:00',
  ])('refuses %s, outside the years 0001 to 9999 in UTC', async (dueAt) => {
    const answer = await createDue(dueAt);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain('outside the years 0001 to 9999');
  });

  it('takes the first and the last moments of that range', async () => {
    for (const dueAt of ['0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.998Z']) {
      const answer = await createDue(dueAt);
      expect(answer.data?.createWorkItem).toMatchObject({ data: { dueAt } });
    }
  });

  it('takes real ones as they are, a leap day included', async () => {
    const leap = await createDue('2028-02-29T23:30:00-01:00');
    expect(leap.data?.createWorkItem).toMatchObject({
      data: { dueAt: '2028-03-01T00:30:00.000Z' },
    });
    const last = await createDue('2026-12-31T23:59:59.999Z');
    expect(last.data?.createWorkItem).toMatchObject({
      data: { dueAt: '2026-12-31T23:59:59.999Z' },
    });
  });
});

describe("the admin's days (YYYY-MM-DD)", () => {
  it('refuses a day that does not exist in dailyLogSummaries', async () => {
    const admin = await insertUser();
    await makeAdmin(admin);
    const ask = (from: string, to: string) =>
      gql(
        'query Days($from: String!, $to: String!) { dailyLogSummaries(from: $from, to: $to) { totalCount } }',
        { from, to },
        { as: admin },
      );
    const refused = await ask('2026-02-30', '2026-03-31');
    expect(refused.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(refused.errors?.[0]?.message).toMatch(/^from: /);
    const taken = await ask('2028-02-29', '2028-03-31');
    expect(taken.errors).toBeUndefined();
  });
});
