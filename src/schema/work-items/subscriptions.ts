import { resolveFeed } from '../../realtime/resolve';
import { openStream } from '../../realtime/stream';
import { builder } from '../builder';
import { WorkItemChange } from './change';

builder.subscriptionField('workItemChanged', (t) =>
  t.field({
    type: WorkItemChange,
    description:
      'Changes to the work items of a workspace you belong to, each delivered only when you may see the item at the time it is read. Ends with SUBSCRIPTION_ACCESS_ENDED when you leave the workspace.',
    args: {
      workspaceId: t.arg.id({ required: true, description: 'The workspace to follow.' }),
    },
    subscribe: (_root, args, ctx) => openStream(ctx, 'workItemChanged', args),
    resolve: resolveFeed('workItemChanged'),
  }),
);
