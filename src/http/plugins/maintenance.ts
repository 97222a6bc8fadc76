import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../../context';
import { MaintenanceModeError } from '../../resolvers/admin/errors';
import { systemSettingsOf } from '../../resolvers/admin/settings';
import { adminRoleOf } from '../../resolvers/admin-role';

/**
 * While the `maintenance_mode` setting is on, refuses every mutation of a viewer who is not an
 * admin, before any resolver runs (so nothing is half-written); queries run as usual. The
 * settings come from the per-request snapshot the rate limiter already read, and the admin role
 * is looked up only for a mutation during maintenance.
 */
export const maintenanceMode: Plugin<Context> = {
  onExecute: async ({ args, setResultAndStopExecution }) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (operation?.operation !== 'mutation') return;
    const ctx = args.contextValue;
    const { values } = await systemSettingsOf(ctx);
    if (!values.maintenance_mode) return;
    if ((await adminRoleOf(ctx)) !== null) return;
    setResultAndStopExecution({ data: null, errors: [new MaintenanceModeError()] });
  },
};
