import { InviteExpiredError } from '../../resolvers/threads/errors';
import { builder } from '../builder';
import { ErrorInterface } from '../errors';

export const InviteExpiredErrorType = builder.objectType(InviteExpiredError, {
  name: 'InviteExpiredError',
  description:
    'The invite can no longer be answered: its 72 hours are over, another invitee accepted first, or the thread was closed.',
  // InviteExpiredError is an AppError, the shape of the interface (hidden behind a generic).
  interfaces: [ErrorInterface] as never,
});
