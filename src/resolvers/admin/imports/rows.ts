import { canonicalDateTime } from '../../dates';
import { textProblem } from '../../validate';
import type { ImportRecord } from './parse';

/** A row that passed validation, as the columns to write. */
export type GoodRow = Record<string, string | null>;

export type RowOutcome = { ok: true; row: GoodRow } | { ok: false; reason: string };

const EMAIL = /^[^\s@"<>(),;:\\]+@[^\s@"<>(),;:\\]+\.[^\s@"<>(),;:\\]+$/;
const TIMEZONE = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+){0,2}$/;
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Whether `name` is an IANA zone the runtime knows (`Mars/Olympus` has the shape, not the
 * zone): the shape first, so that nothing odd reaches Intl.
 */
function isTimeZone(name: string): boolean {
  if (!TIMEZONE.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

class RowError extends Error {}

/** Reads the fields of one record, collecting the first problem as the row's reason. */
class Fields {
  constructor(
    private readonly record: ImportRecord,
    allowed: readonly string[],
  ) {
    for (const name of record.fields.keys()) {
      if (!allowed.includes(name)) {
        throw new RowError(`unknown field "${name}" (known: ${allowed.join(', ')}).`);
      }
    }
  }

  text(name: string, label: string, max: number, required: boolean): string | null {
    const value = this.record.fields.get(name) ?? '';
    if (value === '') {
      if (required) throw new RowError(`${label} is required.`);
      return null;
    }
    const problem = textProblem(value, max);
    if (problem) throw new RowError(`${label} ${problem}`);
    return value;
  }

  oneOf<T extends string>(name: string, label: string, values: readonly T[], fallback: T): T {
    const value = this.text(name, label, 40, false);
    if (value === null) return fallback;
    const normalised = value.toLowerCase();
    if (!values.includes(normalised as T)) {
      throw new RowError(`${label} "${value}" is not one of ${values.join(', ')}.`);
    }
    return normalised as T;
  }

  id(name: string, label: string, required: boolean): string | null {
    const value = this.text(name, label, 64, required);
    if (value !== null && !ROW_ID.test(value)) throw new RowError(`${label} is not a valid id.`);
    return value;
  }
}

function outcome(record: ImportRecord, read: () => GoodRow): RowOutcome {
  if (record.problem) return { ok: false, reason: `The row ${record.problem}` };
  try {
    return { ok: true, row: read() };
  } catch (error) {
    if (error instanceof RowError) return { ok: false, reason: error.message };
    throw error;
  }
}

export const USER_FIELDS = ['email', 'displayname', 'bio', 'timezone'] as const;

/** A user row: email (required, unique), displayName (required), bio, timezone. */
export function validateUserRow(record: ImportRecord): RowOutcome {
  return outcome(record, () => {
    const fields = new Fields(record, USER_FIELDS);
    const email = (fields.text('email', 'email', 254, true) as string).toLowerCase();
    if (!EMAIL.test(email)) throw new RowError(`email "${email}" is not an email address.`);
    const timezone = fields.text('timezone', 'timezone', 64, false);
    if (timezone !== null && !isTimeZone(timezone)) {
      throw new RowError(`timezone "${timezone}" is not an IANA zone like Europe/Paris.`);
    }
    return {
      email,
      display_name: fields.text('displayname', 'displayName', 100, true),
      bio: fields.text('bio', 'bio', 2000, false),
      timezone,
    };
  });
}

export const WORK_ITEM_FIELDS = [
  'externalkey',
  'workspaceid',
  'ownerid',
  'assigneeid',
  'roomid',
  'listid',
  'title',
  'description',
  'type',
  'status',
  'visibilityscope',
  'dueat',
] as const;

const STATUSES = ['todo', 'in_progress', 'done', 'cancelled'] as const;
const TYPES = ['task', 'scheduled'] as const;
const SCOPES = ['private', 'room', 'quest', 'squad'] as const;

/**
 * A work item row: workspaceId, ownerId and title required; the rest optional with the table's
 * defaults. Foreign keys are checked afterwards, for all rows at once (`checkWorkItemReferences`).
 */
export function validateWorkItemRow(record: ImportRecord): RowOutcome {
  return outcome(record, () => {
    const fields = new Fields(record, WORK_ITEM_FIELDS);
    const scope = fields.oneOf('visibilityscope', 'visibilityScope', SCOPES, 'private');
    const roomId = fields.id('roomid', 'roomId', false);
    const listId = fields.id('listid', 'listId', false);
    if (scope === 'room' && roomId === null) {
      throw new RowError('visibilityScope room needs a roomId.');
    }
    if (scope === 'quest' && listId === null) {
      throw new RowError('visibilityScope quest needs a listId.');
    }
    const dueText = fields.text('dueat', 'dueAt', 40, false);
    const dueAt = dueText === null ? null : canonicalDateTime(dueText);
    if (dueText !== null && dueAt === null) {
      throw new RowError(
        `dueAt "${dueText}" is not an ISO-8601 date-time with a zone, of a real day in the years 0001 to 9999.`,
      );
    }
    return {
      external_key: fields.text('externalkey', 'externalKey', 100, false),
      workspace_id: fields.id('workspaceid', 'workspaceId', true),
      owner_id: fields.id('ownerid', 'ownerId', true),
      assignee_id: fields.id('assigneeid', 'assigneeId', false),
      room_id: roomId,
      list_id: listId,
      title: fields.text('title', 'title', 200, true),
      description: fields.text('description', 'description', 5000, false),
      type: fields.oneOf('type', 'type', TYPES, 'task'),
      status: fields.oneOf('status', 'status', STATUSES, 'todo'),
      visibility_scope: scope,
      // The legacy column (0001) allows only private and room.
      visibility: scope === 'room' ? 'room' : 'private',
      due_at: dueAt,
    };
  });
}

/** What exists in the database for the ids the work item rows name. */
export interface References {
  workspaces: Set<string>;
  users: Set<string>;
  /** room id -> its workspace id */
  rooms: Map<string, string>;
  /** list id -> its workspace id */
  lists: Map<string, string>;
}

/** The reason a validated work item row points at something missing, or null when all exist. */
export function missingReference(row: GoodRow, refs: References): string | null {
  const workspaceId = row.workspace_id as string;
  if (!refs.workspaces.has(workspaceId)) return `workspaceId "${workspaceId}" does not exist.`;
  if (!refs.users.has(row.owner_id as string)) return `ownerId "${row.owner_id}" does not exist.`;
  if (row.assignee_id && !refs.users.has(row.assignee_id)) {
    return `assigneeId "${row.assignee_id}" does not exist.`;
  }
  if (row.room_id && refs.rooms.get(row.room_id) !== workspaceId) {
    return `roomId "${row.room_id}" is not a room of workspace "${workspaceId}".`;
  }
  if (row.list_id && refs.lists.get(row.list_id) !== workspaceId) {
    return `listId "${row.list_id}" is not a list of workspace "${workspaceId}".`;
  }
  return null;
}
