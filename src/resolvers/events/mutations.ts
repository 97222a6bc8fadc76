import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { eventParticipants, hostedEvents } from '../../db/tables';
import {
  CONTRIBUTOR_ROLES,
  eventJoinableBy,
  eventOpenTo,
  memberOfWorkspace,
  requireUser,
  requireWorkspaceRole,
} from '../access';
import { insertWhere } from '../conditional-insert';
import { changes } from '../d1-errors';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { newId, nowIso } from '../ids';
import { holds } from '../sql-helpers';
import { optionalText, requiredText } from '../validate';
import { EventFullError } from './errors';
import type { EventParticipantRow, EventParticipantStatus, HostedEventRow } from './events';

export const MAX_EVENT_CAPACITY = 100_000;

export interface CreateHostedEventInput {
  title: string;
  description?: string | null;
  location?: string | null;
  startsAt: string;
  endsAt?: string | null;
  capacity?: number | null;
}

export async function createHostedEvent(
  ctx: Context,
  workspaceId: string | null,
  input: CreateHostedEventInput,
): Promise<HostedEventRow> {
  const userId = requireUser(ctx);
  const issues: { field: string; message: string }[] = [];
  const check = <T>(validate: () => T): T | null => {
    try {
      return validate();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
      return null;
    }
  };
  const title = check(() => requiredText('input.title', input.title, 200));
  const description = check(() => optionalText('input.description', input.description, 5000));
  const location = check(() => optionalText('input.location', input.location, 300));
  if (input.endsAt != null && input.endsAt <= input.startsAt) {
    issues.push({ field: 'input.endsAt', message: 'must be after startsAt.' });
  }
  const { capacity } = input;
  if (
    capacity != null &&
    (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_EVENT_CAPACITY)
  ) {
    issues.push({
      field: 'input.capacity',
      message: `must be an integer from 1 to ${MAX_EVENT_CAPACITY}.`,
    });
  }
  if (issues.length > 0 || title === null) throw new ValidationError(issues);

  if (workspaceId !== null) {
    await requireWorkspaceRole(
      ctx,
      workspaceId,
      userId,
      CONTRIBUTOR_ROLES,
      'Viewers of a workspace do not host events.',
    );
  }
  const now = nowIso();
  const row: HostedEventRow = {
    id: newId('evt'),
    workspaceId,
    hostId: userId,
    title,
    description,
    location,
    startsAt: input.startsAt,
    endsAt: input.endsAt ?? null,
    capacity: capacity ?? null,
    status: 'scheduled',
    createdAt: now,
    updatedAt: now,
  };
  const [result] = await ctx.db.batch([
    workspaceId === null
      ? ctx.db.insert(hostedEvents).values(row)
      : insertWhere(
          ctx.db,
          hostedEvents,
          row,
          memberOfWorkspace(workspaceId, userId, CONTRIBUTOR_ROLES),
        ),
  ]);
  if (changes(result) === 0) {
    throw new ConflictError('Your role changed meanwhile; try again.');
  }
  return row;
}

/** SQL: one more GOING participant (other than the user) still fits. */
function hasRoom(eventId: string, userId: string) {
  const capacity = sql`(select ${hostedEvents.capacity} from ${hostedEvents} where ${hostedEvents.id} = ${eventId})`;
  return sql`(${capacity} is null or (select count(*) from ${eventParticipants} where ${eventParticipants.eventId} = ${eventId} and ${eventParticipants.status} = 'going' and ${eventParticipants.userId} <> ${userId}) < ${capacity})`;
}

/**
 * Joins an event (or changes the viewer's answer). One statement inserts or updates the
 * participation only while the event is open to the viewer and, for GOING, has room: capacity is
 * enforced by SQLite, so concurrent joins never overfill an event.
 */
export async function joinHostedEvent(
  ctx: Context,
  eventId: string,
  status: EventParticipantStatus,
): Promise<EventParticipantRow> {
  const userId = requireUser(ctx);
  const [events, open] = await Promise.all([
    ctx.reads.read(ctx.db.select().from(hostedEvents).where(eq(hostedEvents.id, eventId))),
    holds(ctx, eventOpenTo(eventId, userId)),
  ]);
  const event = events[0];
  if (!event || !open) throw new NotFoundError('HostedEvent', eventId);
  if (event.status !== 'scheduled') throw new ConflictError(`The event is ${event.status}.`);
  const guard =
    status === 'going'
      ? sql`${eventJoinableBy(eventId, userId)} and ${hasRoom(eventId, userId)}`
      : eventJoinableBy(eventId, userId);
  const [result, rows] = await ctx.db.batch([
    insertWhere(
      ctx.db,
      eventParticipants,
      { id: newId('evp'), eventId, userId, status, joinedAt: nowIso() },
      guard,
    ).onConflictDoUpdate({
      target: [eventParticipants.eventId, eventParticipants.userId],
      set: { status },
    }),
    ctx.db
      .select()
      .from(eventParticipants)
      .where(and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.userId, userId))),
  ]);
  if (changes(result) === 0) {
    if (status === 'going' && event.capacity !== null) throw new EventFullError(event.capacity);
    throw new ConflictError('The event changed meanwhile; try again.');
  }
  const row = rows[0];
  if (!row) throw new Error('participation missing after join');
  return row;
}

/**
 * Leaves an event: removes the viewer's own participation (even from an event they no longer
 * see, say after leaving its workspace). Returns its id. Without one, the error says what is
 * missing (the participation), naming the event's row id as every NotFoundError names its id.
 */
export async function leaveHostedEvent(ctx: Context, eventId: string): Promise<string> {
  const userId = requireUser(ctx);
  const [rows] = await ctx.db.batch([
    ctx.db
      .delete(eventParticipants)
      .where(and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.userId, userId)))
      .returning({ id: eventParticipants.id }),
  ]);
  const row = rows[0];
  if (!row) {
    throw new NotFoundError(
      'EventParticipant',
      eventId,
      `You are not taking part in event "${eventId}" (or it does not exist).`,
    );
  }
  return row.id;
}
