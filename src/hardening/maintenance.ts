import type { Context } from '../context';
import { adminRoleOf } from '../resolvers/access';
import { MaintenanceModeError } from '../resolvers/admin/errors';
import { systemSettingsOf } from '../resolvers/admin/settings';
import type { Refusal } from './http-guards';

/**
 * While the `maintenance_mode` setting is on, every request that runs an operation is refused
 * (503) unless its viewer is an admin: GraphQL reads and writes, the REST routes, invite pages
 * and their answers. Checked at the door, before any body is read or resolver runs, so nothing is
 * half-written; and for open subscriptions before each event (src/realtime/standing.ts), so none
 * outlives the start of maintenance. The settings come from the per-request snapshot the rate
 * limiter already read; the admin role is looked up only during maintenance.
 */
export async function maintenanceRefusal(ctx: Context): Promise<Refusal | null> {
  const { values } = await systemSettingsOf(ctx);
  if (!values.maintenance_mode) return null;
  if ((await adminRoleOf(ctx)) !== null) return null;
  const error = new MaintenanceModeError();
  return { status: 503, code: error.code, message: error.message };
}
