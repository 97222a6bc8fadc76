import type { SQL } from 'drizzle-orm';
import { viewerUserId } from '../../auth/viewer';
import type { Context } from '../../context';
import { workItems } from '../../db/tables';
import { changeGuard } from '../access';
import { type DomainEventInput, domainEvent, subject } from '../domain-events';
import { ConflictError } from '../errors';
import type { WorkItemRow } from './work-items';

/** What an update tells subscribers: its event type, and who it is about (an assignee). */
export type ItemEvent = Pick<DomainEventInput, 'type' | 'userId' | 'payload'>;

/** The event of a change to `item`, for the batch of that change (right after it). */
export function itemEvent(ctx: Context, item: WorkItemRow, event: ItemEvent) {
  return domainEvent(ctx.db, {
    ...event,
    workspaceId: item.workspaceId,
    subjectId: subject('WorkItem', item.id),
    actorId: viewerUserId(ctx.viewer),
  });
}

/**
 * Runs one guarded UPDATE ... RETURNING in a batch (the guard: `changeGuard`, still visible,
 * editable and unchanged, plus `extra`); a guard that no longer holds is a conflict. Its event
 * follows in the same batch, written only when the update applied.
 */
export async function updateItem(
  ctx: Context,
  item: WorkItemRow,
  set: Partial<WorkItemRow>,
  event: ItemEvent,
  ...extra: (SQL | undefined)[]
): Promise<WorkItemRow> {
  const [rows] = await ctx.db.batch([
    ctx.db
      .update(workItems)
      .set(set)
      .where(changeGuard(ctx, item, ...extra))
      .returning(),
    itemEvent(ctx, item, event),
  ]);
  const updated = rows[0];
  if (!updated)
    throw new ConflictError('The work item changed meanwhile; read it again and retry.');
  return updated;
}
