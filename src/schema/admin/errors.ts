import { LastOwnerError, MaintenanceModeError } from '../../resolvers/admin/errors';
import { builder } from '../builder';
import { ErrorInterface } from '../errors';

export const MaintenanceModeErrorType = builder.objectType(MaintenanceModeError, {
  name: 'MaintenanceModeError',
  description:
    'Maintenance mode is on: every operation from a non-admin, query or mutation, is refused ' +
    'before it runs (HTTP 503, a top-level error with `extensions.code` MAINTENANCE_MODE).',
  // MaintenanceModeError extends AppError, the interface's shape: TypeScript cannot see it here.
  interfaces: [ErrorInterface] as never,
});

export const LastOwnerErrorType = builder.objectType(LastOwnerError, {
  name: 'LastOwnerError',
  description: 'The change would remove the last admin with the OWNER role.',
  interfaces: [ErrorInterface] as never,
});
