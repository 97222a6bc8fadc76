import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  importErrorsQuery,
  importSessionsQuery,
  loadImportSession,
} from '../../resolvers/admin/imports/queries';
import type { ImportErrorRow, ImportSessionRow } from '../../resolvers/admin/imports/run';
import { idOf } from '../../resolvers/global-id';
import { loadPage, loadRootPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { User } from '../users/user';

export const ImportKindEnum = builder.enumType('ImportKind', {
  description: 'What an import creates.',
  values: {
    USERS: {
      value: 'users',
      description:
        'Users. Fields: email (required, unique: an existing email is skipped), displayName ' +
        '(required, up to 100 characters), bio, timezone (IANA, like Europe/Paris).',
    },
    WORK_ITEMS: {
      value: 'work_items',
      description:
        'Work items. Fields: workspaceId, ownerId, title (required); assigneeId, roomId, ' +
        'listId, description, type (task|scheduled), status (todo|in_progress|done|cancelled), ' +
        'visibilityScope (private|room|quest|squad), dueAt (ISO-8601), externalKey (a stable ' +
        'key per workspace; without it a row is known by the file and its row number). Ids ' +
        'are row ids (`wsp_...`) and must exist.',
    },
  } as const,
});

export const ImportFormatEnum = builder.enumType('ImportFormat', {
  description: 'How the content is written.',
  values: {
    CSV: {
      value: 'csv',
      description: 'RFC 4180 CSV with a header row naming the fields (any case, `_` allowed).',
    },
    JSON: { value: 'json', description: 'A JSON array of objects, one per row.' },
  } as const,
});

const ImportStatusEnum = builder.enumType('ImportStatus', {
  description: 'Where an import is.',
  values: {
    PENDING: { value: 'pending', description: 'Created, not started.' },
    RUNNING: {
      value: 'running',
      description:
        'Rows are being written. A session without progress for 30 minutes is marked FAILED by the sweep: run the file again.',
    },
    COMPLETED: { value: 'completed', description: 'Every row was written or reported.' },
    FAILED: {
      value: 'failed',
      description:
        'Stopped by an unexpected error, or found still running after 30 minutes without progress (its Worker stopped); see failureReason.',
    },
  } as const,
});

const ImportRowError = builder.objectRef<ImportErrorRow>('ImportRowError').implement({
  description: 'A row an import could not take, and why (admin fields only).',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    rowNumber: t.exposeInt('rowNumber', {
      description: 'The 1-based number of the data row (the CSV header is not counted).',
    }),
    reason: t.exposeString('reason', { description: 'What is wrong with it.' }),
    rawRow: t.exposeString('rawRow', {
      nullable: true,
      description: 'The row as sent (up to 2,000 characters).',
    }),
  }),
});

export const ImportSession = builder.objectRef<ImportSessionRow>('ImportSession').implement({
  description: 'One run of an import: its progress, totals and bad rows (admin fields only).',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    id: t.id({
      description: 'Opaque ID of the session, for `importSession(id:)`.',
      resolve: (row) => encodeGlobalID('ImportSession', row.id),
    }),
    kind: t.expose('kind', { type: ImportKindEnum, description: 'What it imports.' }),
    format: t.expose('format', { type: ImportFormatEnum, description: 'How it was written.' }),
    status: t.expose('status', { type: ImportStatusEnum, description: 'Where it is.' }),
    contentHash: t.exposeString('contentHash', {
      description: 'SHA-256 (hex) of the content: the same file gives the same hash.',
    }),
    totalRows: t.exposeInt('totalRows', { description: 'Data rows in the content.' }),
    processedRows: t.exposeInt('processedRows', { description: 'Rows handled so far.' }),
    successRows: t.exposeInt('successRows', {
      description: 'Valid rows, written or already present (a re-run writes no duplicates).',
    }),
    errorRows: t.exposeInt('errorRows', { description: 'Rows refused (see `errors`).' }),
    progress: t.float({
      description: 'processedRows / totalRows, from 0 to 1.',
      resolve: (row) => (row.totalRows === 0 ? 1 : row.processedRows / row.totalRows),
    }),
    startedBy: t.field({
      type: User,
      nullable: true,
      description: 'The admin who started it.',
      resolve: (row) => row.adminUserId,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it started.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last progress.' }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it completed or failed.',
    }),
    failureReason: t.exposeString('failureReason', {
      nullable: true,
      description:
        'Why it FAILED (an unexpected error, or timed out while running); null otherwise. Running the same file again completes it without duplicates.',
    }),
  }),
});

builder.objectField(ImportSession, 'errors', (t) =>
  t.connection({
    type: ImportRowError,
    description: 'The refused rows, in file order. Support and above.',
    authScopes: { admin: 'support' },
    resolve: (session, args, ctx) =>
      loadPage(ctx, 'ImportSession.errors', args, session.id, importErrorsQuery),
  }),
);

builder.queryFields((t) => ({
  importSession: t.field({
    type: ImportSession,
    nullable: true,
    description: 'An import session by ID; null when none. Support and above.',
    authScopes: { admin: 'support' },
    args: { id: t.arg.id({ required: true, description: 'The session (an ImportSession ID).' }) },
    resolve: (_root, args, ctx) => loadImportSession(ctx, idOf('id', args.id, 'ImportSession')),
  }),
  importSessions: t.connection({
    type: ImportSession,
    description: 'Import sessions, newest first. Support and above.',
    authScopes: { admin: 'support' },
    args: {
      status: t.arg({ type: ImportStatusEnum, description: 'Only sessions in this state.' }),
    },
    resolve: (_root, args, ctx) => loadRootPage(ctx, args, importSessionsQuery(args.status)),
  }),
}));
