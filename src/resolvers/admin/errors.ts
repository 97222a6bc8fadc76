import { AppError } from '../errors';

/** Maintenance mode is on: only admins may run operations (src/hardening/maintenance.ts). */
export class MaintenanceModeError extends AppError {
  constructor() {
    super(
      'The API is in maintenance mode: only admins can use it until it ends. Try again later.',
      'MAINTENANCE_MODE',
    );
  }
}

/** The change would leave the gateway with no admin of the `owner` role. */
export class LastOwnerError extends AppError {
  constructor() {
    super('This is the last owner: grant the owner role to someone else first.', 'LAST_OWNER');
  }
}
