import { and, eq, ne, sql } from 'drizzle-orm';
import type { Context } from '../../context';
import { listActivity, listItems, listMembers, lists } from '../../db/tables';
import { queueListActivityEmails } from '../../email/list-activity-email';
import { logEvent } from '../../log';
import { insertWhere } from '../conditional-insert';
import { domainEvent, subject } from '../domain-events';
import { newId } from '../ids';

export type ListActivityRow = typeof listActivity.$inferSelect;

/**
 * Records a list change for the members who hear of it. `statements` go at the END of the
 * change's own `db.batch` (one D1 transaction), so a refused or no-op change records nothing:
 *  1. the activity row, written only when the change is there to see (the entry exists; for a
 *     completion, the entry was checked off by this actor at this very time, so re-completing an
 *     entry already checked off records nothing);
 *  2. the members to email at once: delivery preference `instant`, not the actor, and only when
 *     (1) wrote its row.
 * After the batch, `announce` queues one email per member (the consumer renders and sends it).
 * Members with `daily_digest` hear of it from the cron; `none`, not at all.
 */
export function recordListActivity(ctx: Context, activity: Omit<ListActivityRow, 'id'>) {
  const id = newId('lac');
  const entry = sql`${listItems.id} = ${activity.listItemId}`;
  const happened =
    activity.kind === 'item_added'
      ? sql`exists (select 1 from ${listItems} where ${entry})`
      : sql`exists (select 1 from ${listItems} where ${entry} and ${listItems.isCompleted} = 1 and ${listItems.completedAt} = ${activity.createdAt} and ${listItems.completedBy} = ${activity.actorId})`;
  const recorded = sql`exists (select 1 from ${listActivity} where ${listActivity.id} = ${id})`;
  const statements = [
    insertWhere(ctx.db, listActivity, { ...activity, id }, happened),
    ctx.db
      .select({ userId: listMembers.userId })
      .from(listMembers)
      .where(
        and(
          eq(listMembers.listId, activity.listId),
          eq(listMembers.deliveryPreference, 'instant'),
          activity.actorId ? ne(listMembers.userId, activity.actorId) : undefined,
          recorded,
        ),
      ),
    // The change's event, on the activity row's own condition: the change is there to see.
    domainEvent(
      ctx.db,
      {
        type: activity.kind === 'item_added' ? 'list_item.added' : 'list_item.completed',
        workspaceId: sql`(select ${lists.workspaceId} from ${lists} where ${lists.id} = ${activity.listId})`,
        subjectId: subject('ListItem', activity.listItemId),
        actorId: activity.actorId,
        payload: { listId: subject('List', activity.listId) },
      },
      recorded,
    ),
  ] as const;
  return {
    statements,
    /** Queues the instant emails; `results` are the batch's results of `statements`. */
    announce: (results: unknown[]) =>
      queueInstantEmails(ctx, id, (results[1] ?? []) as { userId: string }[]),
  };
}

async function queueInstantEmails(ctx: Context, activityId: string, members: { userId: string }[]) {
  try {
    await queueListActivityEmails(
      ctx.env.EMAIL_QUEUE,
      members.map(({ userId }) => ({ kind: 'list_activity', activityId, recipientId: userId })),
    );
  } catch (error) {
    // The change is committed and stays: a lost notification must not undo or fail it.
    logEvent('error', 'list activity emails could not be queued', {
      requestId: ctx.requestId,
      activityId,
      recipients: members.length,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
