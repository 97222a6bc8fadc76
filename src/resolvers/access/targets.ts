import { type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { rooms, users } from '../../db/tables';
import { NotFoundError } from '../errors';
import { aliased, holds } from '../sql-helpers';
import { listVisibleTo } from './lists';
import { roomVisibleTo } from './rooms';
import { userVisibleTo } from './users';
import type { WithViewer } from './viewer-guards';
import { workspaceVisibleTo } from './workspaces';

/** The kinds of row a mutation may be pointed at besides the row it changes. */
export type TargetEntity = 'Workspace' | 'Room' | 'List' | 'User';

export interface Target {
  entity: TargetEntity;
  /** The row id (decoded from its global ID). */
  id: string;
}

// Aliased: the rule may run inside a write over the same table (see sql-helpers.ts).
const { columns: targetRoom, from: targetRoomFrom } = aliased(rooms, 'target_room');
const { columns: targetUser, from: targetUserFrom } = aliased(users, 'target_user');

/**
 * SQL: `id` names a row of `entity` that the viewer may read, by the rule its reads use (node,
 * connections). To a write, an id the viewer cannot see is an id that does not exist: the check
 * runs in the write's own WHERE, and `firstHidden` reads it beforehand for the error.
 */
export function visibleTarget(ctx: WithViewer, { entity, id }: Target): SQL {
  switch (entity) {
    case 'Workspace':
      return workspaceVisibleTo(ctx, id);
    case 'Room':
      return sql`exists (select 1 from ${targetRoomFrom} where ${targetRoom.id} = ${id} and ${roomVisibleTo(ctx, targetRoom.workspaceId)})`;
    case 'List':
      return listVisibleTo(ctx, id);
    case 'User': {
      const visible = userVisibleTo(ctx);
      return sql`(${visible} and exists (select 1 from ${targetUserFrom} where ${targetUser.id} = ${id}))`;
    }
  }
}

/**
 * The NotFoundError of the first target the viewer cannot see, or null when they see them all:
 * one statement per target, all in one round trip. Its message is the one a missing id gets.
 */
export async function firstHidden(
  ctx: Context,
  targets: readonly Target[],
): Promise<NotFoundError | null> {
  const seen = await Promise.all(targets.map((target) => holds(ctx, visibleTarget(ctx, target))));
  const hidden = targets.find((_, index) => !seen[index]);
  return hidden ? new NotFoundError(hidden.entity, hidden.id) : null;
}
