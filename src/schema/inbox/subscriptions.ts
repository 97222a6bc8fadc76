import { resolveFeed } from '../../realtime/resolve';
import { openStream } from '../../realtime/stream';
import { builder } from '../builder';
import { InboxItem } from './item';

builder.subscriptionField('inboxItemAdded', (t) =>
  t.field({
    type: InboxItem,
    description: 'Each new item of your own inbox, as it arrives.',
    subscribe: (_root, args, ctx) => openStream(ctx, 'inboxItemAdded', args),
    resolve: resolveFeed('inboxItemAdded'),
  }),
);
