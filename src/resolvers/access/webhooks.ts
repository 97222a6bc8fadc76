import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { viewerUserId } from '../../auth/viewer';
import { webhookEndpoints } from '../../db/tables';
import { aliased } from '../sql-helpers';
import { MANAGER_ROLES, memberOfWorkspace } from './membership';
import type { WithViewer } from './viewer-guards';

const { columns: endpoint, from: endpointFrom } = aliased(webhookEndpoints, 'access_whe');

/**
 * The one rule for who sees a webhook endpoint (and so its deliveries and their attempts): the
 * managers (owner, admins) of its workspace, signed in or through their integrator token.
 * Over webhook_endpoints itself; given `endpointId` (a column of another table: a delivery's
 * endpoint), over the endpoint that column names.
 */
export function webhookEndpointVisibleTo(ctx: WithViewer, endpointId?: SQLiteColumn): SQL {
  const userId = viewerUserId(ctx.viewer);
  if (userId === null) return sql`0`;
  if (!endpointId) return memberOfWorkspace(webhookEndpoints.workspaceId, userId, MANAGER_ROLES);
  return sql`exists (select 1 from ${endpointFrom} where ${endpoint.id} = ${endpointId} and ${memberOfWorkspace(endpoint.workspaceId, userId, MANAGER_ROLES)})`;
}
