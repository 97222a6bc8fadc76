import type { SQL } from 'drizzle-orm';
import type { Context } from '../../context';
import { workItems } from '../../db/tables';
import { changeGuard } from '../access';
import { ConflictError } from '../errors';
import type { WorkItemRow } from './work-items';

/**
 * Runs one guarded UPDATE ... RETURNING in a batch (the guard: `changeGuard`, still visible,
 * editable and unchanged, plus `extra`); a guard that no longer holds is a conflict.
 */
export async function updateItem(
  ctx: Context,
  item: WorkItemRow,
  set: Partial<WorkItemRow>,
  ...extra: (SQL | undefined)[]
): Promise<WorkItemRow> {
  const [rows] = await ctx.db.batch([
    ctx.db
      .update(workItems)
      .set(set)
      .where(changeGuard(ctx, item, ...extra))
      .returning(),
  ]);
  const updated = rows[0];
  if (!updated)
    throw new ConflictError('The work item changed meanwhile; read it again and retry.');
  return updated;
}
