import { resolveFeed } from '../../realtime/resolve';
import { openStream } from '../../realtime/stream';
import { builder } from '../builder';
import { ThreadActivity } from './activity';
import { ThreadMessage } from './message';

builder.subscriptionFields((t) => ({
  threadMessageAdded: t.field({
    type: ThreadMessage,
    description:
      'Each new message of a thread you take part in, as it is sent. Ends with SUBSCRIPTION_ACCESS_ENDED when you no longer take part in it.',
    args: { threadId: t.arg.id({ required: true, description: 'The thread to follow.' }) },
    subscribe: (_root, args, ctx) => openStream(ctx, 'threadMessageAdded', args),
    resolve: resolveFeed('threadMessageAdded'),
  }),
  threadActivity: t.field({
    type: ThreadActivity,
    description:
      'Receipts (delivered, read) and joins in a thread you take part in, as they happen.',
    args: { threadId: t.arg.id({ required: true, description: 'The thread to follow.' }) },
    subscribe: (_root, args, ctx) => openStream(ctx, 'threadActivity', args),
    resolve: resolveFeed('threadActivity'),
  }),
}));
