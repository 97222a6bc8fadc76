import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import { eventParticipants, hostedEvents } from '../../db/tables';
import { aliased } from '../sql-helpers';
import { memberOfWorkspace } from './membership';
import type { WithViewer } from './viewer-guards';

// Aliased: the rules run inside queries over the same tables (an event's participants, a join).
const { columns: vEvent, from: vEventFrom } = aliased(hostedEvents, 'vis_event');
const { columns: vParticipant, from: vParticipantFrom } = aliased(
  eventParticipants,
  'vis_event_participant',
);
const { columns: jEvent, from: jEventFrom } = aliased(hostedEvents, 'join_event');

/**
 * The one rule for who sees an event (and so its participants). `eventId` is a column of the
 * outer query or a value.
 * - an event of a workspace: the workspace's members;
 * - an event without a workspace: its participants;
 * - either way: its host.
 */
export function eventVisibleTo(ctx: WithViewer, eventId: SQLiteColumn | string): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return sql`exists (select 1 from ${vEventFrom} where ${vEvent.id} = ${eventId} and (${vEvent.hostId} = ${userId} or (${vEvent.workspaceId} is not null and ${memberOfWorkspace(vEvent.workspaceId, userId)}) or (${vEvent.workspaceId} is null and exists (select 1 from ${vParticipantFrom} where ${vParticipant.eventId} = ${vEvent.id} and ${vParticipant.userId} = ${userId}))))`;
}

/** The arms of `eventOpenTo` over the aliased event row. */
function openArms(userId: string): SQL {
  return sql`(${jEvent.workspaceId} is null or ${jEvent.hostId} = ${userId} or ${memberOfWorkspace(jEvent.workspaceId, userId)})`;
}

/**
 * SQL: the event is open to the user, whatever its status: it belongs to no workspace (an
 * unlisted event: whoever has its ID may join), or they host it, or they are a member of its
 * workspace. Anyone else is told it does not exist.
 */
export function eventOpenTo(eventId: string, userId: string): SQL {
  return sql`exists (select 1 from ${jEventFrom} where ${jEvent.id} = ${eventId} and ${openArms(userId)})`;
}

/** SQL: the user may join the event now: it is open to them (`eventOpenTo`) and scheduled. */
export function eventJoinableBy(eventId: string, userId: string): SQL {
  return sql`exists (select 1 from ${jEventFrom} where ${jEvent.id} = ${eventId} and ${jEvent.status} = 'scheduled' and ${openArms(userId)})`;
}
