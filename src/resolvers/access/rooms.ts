import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import { rooms } from '../../db/tables';
import { aliased } from '../sql-helpers';
import type { WithViewer } from './viewer-guards';
import { workspaceVisibleTo } from './workspaces';

// Aliased: the rule runs inside queries over rooms (a room's own connections).
const { columns: room, from: roomFrom } = aliased(rooms, 'vis_room');

/** A room is seen by the members of its workspace (`workspaceId`: the room's workspace column). */
export function roomVisibleTo(ctx: WithViewer, workspaceId: SQLiteColumn): SQL {
  return workspaceVisibleTo(ctx, workspaceId);
}

/** A room membership is seen by whoever sees the room (`roomId`: the membership's room column). */
export function roomMemberVisibleTo(ctx: WithViewer, roomId: SQLiteColumn): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  return sql`exists (select 1 from ${roomFrom} where ${room.id} = ${roomId} and ${roomVisibleTo(ctx, room.workspaceId)})`;
}
