import { and, eq, gte, lt } from 'drizzle-orm';
import type { Context } from '../../context';
import { eventParticipants, hostedEvents } from '../../db/tables';
import { eventVisibleTo, loadVisibleByIds } from '../access';
import type { KeysetQuery } from '../pagination/keyset';

export type HostedEventRow = typeof hostedEvents.$inferSelect;
export type EventParticipantRow = typeof eventParticipants.$inferSelect;
export type HostedEventStatus = HostedEventRow['status'];
export type EventParticipantStatus = EventParticipantRow['status'];

export function loadHostedEvents(ctx: Context, ids: readonly string[]): Promise<HostedEventRow[]> {
  return loadVisibleByIds(ctx, hostedEvents, ids, eventVisibleTo(ctx, hostedEvents.id));
}

export function loadEventParticipants(
  ctx: Context,
  ids: readonly string[],
): Promise<EventParticipantRow[]> {
  return loadVisibleByIds(
    ctx,
    eventParticipants,
    ids,
    eventVisibleTo(ctx, eventParticipants.eventId),
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
