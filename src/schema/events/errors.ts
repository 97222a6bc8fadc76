import { EventFullError } from '../../resolvers/events/errors';
import { builder } from '../builder';
import { ErrorInterface } from '../errors';

export const EventFullErrorType = builder.objectType(EventFullError, {
  name: 'EventFullError',
  description: 'Joining as GOING would pass the event capacity; nothing was changed.',
  // EventFullError extends AppError, the interface's shape: TypeScript cannot see it here.
  interfaces: [ErrorInterface] as never,
  fields: (t) => ({
    capacity: t.exposeInt('capacity', { description: 'How many places the event has.' }),
  }),
});
