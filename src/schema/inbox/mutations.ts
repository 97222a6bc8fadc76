import { idOf } from '../../resolvers/global-id';
import { changeInboxItem } from '../../resolvers/inbox/mutations';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { InboxItem } from './item';

const InboxItemInput = builder.inputType('InboxItemInput', {
  description: 'One of your inbox items.',
  fields: (t) => ({
    itemId: t.id({ required: true, description: 'The inbox item.' }),
  }),
});

const changes = {
  markInboxItemRead: {
    change: 'read',
    description: 'Marks one of your inbox items read (idempotent: keeps the first read time).',
  },
  markInboxItemUnread: {
    change: 'unread',
    description: 'Marks one of your inbox items unread again.',
  },
  archiveInboxItem: {
    change: 'archive',
    description: 'Archives one of your inbox items (idempotent: keeps the first archive time).',
  },
} as const;

for (const [name, { change, description }] of Object.entries(changes)) {
  builder.mutationField(name, (t) =>
    t.field({
      type: InboxItem,
      description: `${description} NotFoundError for an item that is not yours.`,
      errors: { types: commonMutationErrors },
      args: {
        input: t.arg({ type: InboxItemInput, required: true, description: 'What to change.' }),
      },
      resolve: (_root, { input }, ctx) =>
        changeInboxItem(ctx, idOf('input.itemId', input.itemId, 'InboxItem'), change),
    }),
  );
}
