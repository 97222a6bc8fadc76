import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, readRecords } from '../../src/resolvers/admin/imports/parse';
import {
  AdminImportSessionAndCompletedDocument,
  AdminStartImportDocument,
  type ImportFormat,
  type ImportKind,
} from '../generated/graphql';
import { variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace, uid } from '../helpers/seed';
import { auditRows, count, gql, insertAdmin } from './helpers';

async function runImport(admin: string, kind: ImportKind, format: ImportFormat, content: string) {
  const result = await gql(AdminStartImportDocument, { kind, format, content }, { as: admin });
  expect(result.errors).toBeUndefined();
  return result;
}

/** The session a finished import answers with (asserting the import ran). */
const sessionOf = (result: Awaited<ReturnType<typeof runImport>>) =>
  variant(result.data?.startImport, 'StartImportSuccess').data;

const emailCount = (email: string) =>
  count('SELECT count(*) AS n FROM users WHERE email = ?', email);

describe('imports', () => {
  it('imports users from CSV: keeps good rows, reports each bad one, re-runs without duplicates', async () => {
    const admin = await insertAdmin('admin');
    const tag = uid('imp').toLowerCase();
    const existing = await insertUser({
      email: `old-${tag}@example.test`,
      displayName: 'Old Name',
    });
    const lines = [
      'email,display_name,timezone',
      `a-${tag}@example.test,Alice,Europe/Paris`,
      'not-an-email,Bob,',
      `c-${tag}@example.test,,`,
      `A-${tag}@example.test,Alice again,`,
      `d-${tag}@example.test,"Doe, ""DJ""",`,
      `old-${tag}@example.test,New Name,`,
      `e-${tag}@example.test,Eve,Not a zone`,
      // The shape of a zone, not one: refused too.
      `f-${tag}@example.test,Fay,Mars/Olympus`,
    ];
    const content = `${lines.join('\r\n')}\r\n`;
    const first = await runImport(admin, 'USERS', 'CSV', content);
    const session = sessionOf(first);
    expect(session).toMatchObject({
      status: 'COMPLETED',
      totalRows: 8,
      processedRows: 8,
      successRows: 3,
      errorRows: 5,
      progress: 1,
    });
    expect(session.errors.totalCount).toBe(5);
    expect(session.errors.edges.map((e) => e.node.rowNumber)).toEqual([2, 3, 4, 7, 8]);
    const reasons = session.errors.edges.map((e) => e.node.reason);
    expect(reasons[0]).toMatch(/email "not-an-email" is not an email address/);
    expect(reasons[1]).toMatch(/displayName is required/);
    expect(reasons[2]).toMatch(/duplicates row 1/);
    expect(reasons[3]).toMatch(/timezone/);
    expect(reasons[4]).toMatch(/timezone "Mars\/Olympus"/);
    expect(session.errors.edges[0]?.node.rawRow).toBe('not-an-email,Bob,');

    expect(await emailCount(`a-${tag}@example.test`)).toBe(1);
    const doe = await env.DB.prepare('SELECT display_name FROM users WHERE email = ?')
      .bind(`d-${tag}@example.test`)
      .first<{ display_name: string }>();
    expect(doe?.display_name).toBe('Doe, "DJ"');
    const old = await env.DB.prepare('SELECT display_name FROM users WHERE id = ?')
      .bind(existing)
      .first<{ display_name: string }>();
    expect(old?.display_name).toBe('Old Name');

    const second = await runImport(admin, 'USERS', 'CSV', content);
    const again = sessionOf(second);
    expect(again.id).not.toBe(session.id);
    expect(again.contentHash).toBe(session.contentHash);
    expect(again).toMatchObject({ successRows: 3, errorRows: 5 });
    for (const email of [
      `a-${tag}@example.test`,
      `d-${tag}@example.test`,
      `old-${tag}@example.test`,
    ]) {
      expect(await emailCount(email)).toBe(1);
    }
    const completions = await auditRows({ actorId: admin, action: 'import.complete' });
    expect(completions.map((r) => JSON.parse(r.changes_json ?? '{}'))).toEqual([
      { successRows: 3, errorRows: 5, written: 2, alreadyPresent: 1 },
      { successRows: 3, errorRows: 5, written: 0, alreadyPresent: 3 },
    ]);
    expect(await auditRows({ actorId: admin, action: 'import.start' })).toHaveLength(2);
  });

  it('imports work items from JSON, checking enums and that referenced rows exist', async () => {
    const admin = await insertAdmin('admin');
    const owner = await insertUser();
    const assignee = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const otherWorkspace = await insertWorkspace(owner);
    await addMember(workspaceId, assignee);
    const otherRoom = uid('rom');
    await env.DB.prepare('INSERT INTO rooms (id, workspace_id, name) VALUES (?, ?, ?)')
      .bind(otherRoom, otherWorkspace, 'Elsewhere')
      .run();
    const rows = [
      { externalKey: 'K-1', workspaceId, ownerId: owner, title: 'Keyed', status: 'in_progress' },
      {
        workspace_id: workspaceId,
        owner_id: owner,
        assignee_id: assignee,
        title: 'Plain',
        dueAt: '2030-01-02T03:04:05Z',
        visibilityScope: 'squad',
      },
      { workspaceId: uid('wsp_missing'), ownerId: owner, title: 'No such workspace' },
      { workspaceId, ownerId: owner, title: 'Bad status', status: 'someday' },
      {
        workspaceId,
        ownerId: owner,
        title: 'Foreign room',
        roomId: otherRoom,
        visibilityScope: 'room',
      },
      { workspaceId, ownerId: owner },
      'not an object',
      { workspaceId, ownerId: owner, title: 'Typo', titel: 'x' },
      { externalKey: 'K-1', workspaceId, ownerId: owner, title: 'Same key again' },
    ];
    const content = JSON.stringify(rows);
    const first = await runImport(admin, 'WORK_ITEMS', 'JSON', content);
    const session = sessionOf(first);
    expect(session).toMatchObject({
      status: 'COMPLETED',
      totalRows: 9,
      successRows: 2,
      errorRows: 7,
    });
    const reasons = Object.fromEntries(
      session.errors.edges.map((e) => [e.node.rowNumber, e.node.reason]),
    );
    expect(reasons).toEqual({
      3: expect.stringMatching(/workspaceId ".*" does not exist/),
      4: expect.stringMatching(/status "someday" is not one of todo, in_progress, done, cancelled/),
      5: expect.stringMatching(/roomId ".*" is not a room of workspace/),
      6: 'title is required.',
      7: 'The row is not a JSON object.',
      8: expect.stringMatching(/unknown field "titel"/),
      9: expect.stringMatching(/duplicates row 1/),
    });
    const items = await env.DB.prepare(
      'SELECT title, status, visibility_scope, assignee_id, due_at FROM work_items WHERE workspace_id = ? ORDER BY title',
    )
      .bind(workspaceId)
      .all();
    expect(items.results).toEqual([
      {
        title: 'Keyed',
        status: 'in_progress',
        visibility_scope: 'private',
        assignee_id: null,
        due_at: null,
      },
      {
        title: 'Plain',
        status: 'todo',
        visibility_scope: 'squad',
        assignee_id: assignee,
        due_at: '2030-01-02T03:04:05.000Z',
      },
    ]);

    await runImport(admin, 'WORK_ITEMS', 'JSON', content);
    // Another file with the same external key: still the one item.
    await runImport(
      admin,
      'WORK_ITEMS',
      'JSON',
      JSON.stringify([{ externalKey: 'K-1', workspaceId, ownerId: owner, title: 'Keyed v2' }]),
    );
    expect(
      await count('SELECT count(*) AS n FROM work_items WHERE workspace_id = ?', workspaceId),
    ).toBe(2);
  });

  it('writes a large import in a few batched statements, within D1 limits', async () => {
    const admin = await insertAdmin('admin');
    const tag = uid('bulk').toLowerCase();
    const rows = Array.from({ length: 1200 }, (_, i) => `bulk${i}-${tag}@example.test,Bulk ${i}`);
    rows[600] = 'broken,Nobody';
    const result = await runImport(admin, 'USERS', 'CSV', `email,displayName\n${rows.join('\n')}`);
    expect(sessionOf(result)).toMatchObject({
      totalRows: 1200,
      successRows: 1199,
      errorRows: 1,
    });
    expect(
      await count('SELECT count(*) AS n FROM users WHERE email LIKE ?', `%-${tag}@example.test`),
    ).toBe(1199);
    // 3 chunks of at most 500 rows: the statement count does not grow with the row count.
    expect(result.extensions?.d1?.statements).toBeLessThanOrEqual(20);
  });

  it('refuses content over the documented size before writing anything', async () => {
    const admin = await insertAdmin('admin');
    const sessions = await count('SELECT count(*) AS n FROM admin_import_sessions');
    const tooManyRows = `email,displayName\n${Array.from({ length: 5001 }, (_, i) => `r${i}@e.t,R`).join('\n')}`;
    for (const [format, content] of [
      ['CSV', tooManyRows],
      ['CSV', 'email,displayName\n'],
      ['JSON', '{not json'],
      ['JSON', '{"email": "a@b.c"}'],
    ] as [ImportFormat, string][]) {
      const result = await runImport(admin, 'USERS', format, content);
      expect(result.data?.startImport).toMatchObject({ __typename: 'ValidationError' });
    }
    // Over MAX_IMPORT_BYTES: the import's own check (the request body cap may refuse it even earlier).
    expect(() => readRecords('csv', `email\n${'x'.repeat(MAX_IMPORT_BYTES)}`)).toThrow(
      `at most ${MAX_IMPORT_BYTES} bytes`,
    );
    const huge = await gql(
      AdminStartImportDocument,
      {
        kind: 'USERS',
        format: 'CSV',
        content: `email,displayName\nbig@example.test,${'x'.repeat(MAX_IMPORT_BYTES)}`,
      },
      { as: admin },
    );
    expect(huge.data?.startImport ?? null).not.toMatchObject({ __typename: 'StartImportSuccess' });
    expect(await count('SELECT count(*) AS n FROM admin_import_sessions')).toBe(sessions);
  });

  it('refuses a column named twice, in a CSV header or a JSON row, rather than keep either value', async () => {
    const admin = await insertAdmin('admin');
    const tag = uid('dup').toLowerCase();
    const csv = await runImport(
      admin,
      'USERS',
      'CSV',
      `email,displayName,display_name\n${tag}@example.test,First,Second`,
    );
    expect(csv.data?.startImport).toMatchObject({
      __typename: 'ValidationError',
      message: expect.stringContaining('"display_name" twice'),
    });
    const json = await runImport(
      admin,
      'USERS',
      'JSON',
      JSON.stringify([
        { email: `${tag}-a@example.test`, displayName: 'One', display_name: 'Two' },
        { email: `${tag}-b@example.test`, displayName: 'Alone' },
      ]),
    );
    const session = sessionOf(json);
    expect(session.errors.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ rowNumber: 1, reason: expect.stringContaining('twice') }),
    ]);
    expect(await emailCount(`${tag}@example.test`)).toBe(0);
    expect(await emailCount(`${tag}-a@example.test`)).toBe(0);
    expect(await emailCount(`${tag}-b@example.test`)).toBe(1);
  });

  it('lets support read sessions and their errors', async () => {
    const admin = await insertAdmin('admin');
    const support = await insertAdmin('support');
    const started = await runImport(admin, 'USERS', 'CSV', 'email,displayName\nnope,No');
    const id = sessionOf(started).id;
    const read = await gql(AdminImportSessionAndCompletedDocument, { id }, { as: support });
    expect(read.errors).toBeUndefined();
    expect(read.data?.importSession).toEqual({
      id,
      status: 'COMPLETED',
      errorRows: 1,
      startedBy: { id: btoa(`User:${admin}`) },
      errors: { edges: [{ node: { rowNumber: 1 } }] },
    });
    expect(read.data?.importSessions.edges.map((e) => e.node.id)).toContain(id);
  });
});
