import { type ListItemRow, listItemsQuery, loadListItems } from '../../resolvers/lists/lists';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { User } from '../users/user';
import { List } from './list';

export const ListItem = builder.loadableNode('ListItem', {
  description: 'An entry of a list. Seen by whoever sees the list.',
  id: { resolve: (item: ListItemRow) => item.id },
  loaderOptions,
  sort: (item) => item.id,
  load: (ids: string[], ctx) => loadListItems(ctx, ids),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'What the entry says.' }),
    isCompleted: t.exposeBoolean('isCompleted', { description: 'Whether it is checked off.' }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was checked off; null while open.',
    }),
    completedBy: t.field({
      type: User,
      nullable: true,
      description: 'Who checked it off; null while open (or when that account is gone).',
      resolve: (item) => item.completedBy,
    }),
    position: t.exposeInt('position', {
      description: 'Its place in the list (ascending; ties are ordered by id).',
    }),
    createdBy: t.field({
      type: User,
      nullable: true,
      description: 'Who added it (null when that account is gone).',
      resolve: (item) => item.createdBy,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    list: t.field({
      type: List,
      description: 'The list it is on.',
      resolve: (item) => item.listId,
    }),
  }),
});

builder.objectField(List, 'items', (t) =>
  t.connection({
    type: ListItem,
    description: 'The entries, in list order (position, then id).',
    args: {
      completed: t.arg.boolean({
        description: 'true: only checked-off entries; false: only open ones.',
      }),
    },
    resolve: (list, args, ctx) =>
      loadPage(ctx, 'List.items', args, list.id, () => listItemsQuery(ctx, args.completed)),
  }),
);
