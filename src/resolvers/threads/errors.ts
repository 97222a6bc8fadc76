import { AppError } from '../errors';

/** The invite's 72 hours are over, or it was closed (another invitee accepted first). */
export class InviteExpiredError extends AppError {
  constructor(message = 'This invite has expired.') {
    super(message, 'INVITE_EXPIRED');
  }
}
