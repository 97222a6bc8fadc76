import { and, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../auth/viewer';
import type { Context } from '../context';
import { eventParticipants, hostedEvents, workspaceMembers } from '../db/tables';
import type { KeysetQuery } from './pagination/keyset';
import { aliased } from './sql-helpers';

export type HostedEventRow = typeof hostedEvents.$inferSelect;
export type EventParticipantRow = typeof eventParticipants.$inferSelect;
export type HostedEventStatus = HostedEventRow['status'];
export type EventParticipantStatus = EventParticipantRow['status'];

// Aliased: the rule runs inside queries over the same tables (see lists.ts).
const { columns: vEvent, from: vEventFrom } = aliased(hostedEvents, 'vis_event');
const { columns: vWorkspaceMember, from: vWorkspaceMemberFrom } = aliased(
  workspaceMembers,
  'vis_event_wsm',
);
const { columns: vParticipant, from: vParticipantFrom } = aliased(
  eventParticipants,
  'vis_event_participant',
);

/**
 * The one rule for who sees an event (and so its participants). `eventId` is a column of the
 * outer query or a value.
 * - an event of a workspace: the workspace's members;
 * - an event without a workspace: its participants;
 * - either way: its host.
 */
export function eventVisibleTo(ctx: Context, eventId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return sql`exists (select 1 from ${vEventFrom} where ${vEvent.id} = ${eventId} and (${vEvent.hostId} = ${userId} or (${vEvent.workspaceId} is not null and exists (select 1 from ${vWorkspaceMemberFrom} where ${vWorkspaceMember.workspaceId} = ${vEvent.workspaceId} and ${vWorkspaceMember.userId} = ${userId})) or (${vEvent.workspaceId} is null and exists (select 1 from ${vParticipantFrom} where ${vParticipant.eventId} = ${vEvent.id} and ${vParticipant.userId} = ${userId}))))`;
}

export function loadHostedEvents(ctx: Context, ids: readonly string[]): Promise<HostedEventRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(hostedEvents)
      .where(and(inArray(hostedEvents.id, [...ids]), eventVisibleTo(ctx, hostedEvents.id))),
  );
}

export function loadEventParticipants(
  ctx: Context,
  ids: readonly string[],
): Promise<EventParticipantRow[]> {
  return ctx.reads.read(
    ctx.db
      .select()
      .from(eventParticipants)
      .where(
        and(
          inArray(eventParticipants.id, [...ids]),
          eventVisibleTo(ctx, eventParticipants.eventId),
        ),
      ),
  );
}

export interface EventRange {
  from?: string | null;
  to?: string | null;
}

/**
 * Events of a workspace (parent: the workspace) or hosted by a user (parent: the user), by start
 * time; `from` inclusive, `to` exclusive, both on `startsAt`.
 */
export function eventsQuery(
  ctx: Context,
  parent: 'workspace' | 'host',
  range: EventRange,
): KeysetQuery<typeof hostedEvents> {
  return {
    table: hostedEvents,
    parentColumn: parent === 'workspace' ? hostedEvents.workspaceId : hostedEvents.hostId,
    where: and(
      eventVisibleTo(ctx, hostedEvents.id),
      range.from ? gte(hostedEvents.startsAt, range.from) : undefined,
      range.to ? lt(hostedEvents.startsAt, range.to) : undefined,
    ),
    order: [
      { key: 'startsAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}

/** An event's participants (parent: the event) or a user's participations (parent: the user). */
export function participantsQuery(
  ctx: Context,
  parent: 'event' | 'user',
  status: EventParticipantStatus | null | undefined,
): KeysetQuery<typeof eventParticipants> {
  return {
    table: eventParticipants,
    parentColumn: parent === 'event' ? eventParticipants.eventId : eventParticipants.userId,
    where: and(
      eventVisibleTo(ctx, eventParticipants.eventId),
      status ? eq(eventParticipants.status, status) : undefined,
    ),
    order: [
      { key: 'joinedAt', direction: 'asc' },
      { key: 'id', direction: 'asc' },
    ],
  };
}
