import { workItems } from '../db/tables';
import { loadPage } from '../resolvers/pagination/load-page';
import { workItemsQuery } from '../resolvers/work-items/work-items';
import { builder } from './builder';
import { List } from './lists/list';
import { WorkItem, workItemListArgs } from './work-items/work-item';

// Work items <-> lists, both ways. Work items are filtered by the shared work-item rule
// (`workItemVisibleTo`, applied by `workItemsQuery`): seeing a list does not mean seeing its items.

builder.objectField(WorkItem, 'list', (t) =>
  t.field({
    type: List,
    nullable: true,
    description:
      'The list (quest) it belongs to; null when none or when the viewer cannot see the list.',
    resolve: (item) => item.listId,
  }),
);

builder.objectField(List, 'workItems', (t) =>
  t.connection({
    type: WorkItem,
    description:
      'Work items on this list that the viewer sees (by their own visibility rule), newest first by default.',
    args: workItemListArgs,
    // The query is built once per request and arguments, for all parents (loadPage).
    resolve: (list, args, ctx) =>
      loadPage(ctx, 'List.workItems', args, list.id, () =>
        workItemsQuery(ctx, workItems.listId, args.filter, args.order),
      ),
  }),
);
