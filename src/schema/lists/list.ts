import { type ListRow, loadLists, workspaceListsQuery } from '../../resolvers/lists/lists';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { User } from '../users/user';
import { Workspace } from '../workspaces/workspace';

export const ListKindEnum = builder.enumType('ListKind', {
  description: 'What a list is for.',
  values: {
    CHECKLIST: {
      value: 'checklist',
      description: 'A checklist of the workspace: every workspace member sees it.',
    },
    QUEST: {
      value: 'quest',
      description:
        'A shared quest: seen by its list members and the workspace owner and admins only.',
    },
  } as const,
});

export const List = builder.loadableNode('List', {
  description:
    "A shared list of a workspace: a checklist (seen by the workspace's members) or a quest (seen by its list members and the workspace's owner and admins). Its owner and list members always see it.",
  id: { resolve: (list: ListRow) => list.id },
  loaderOptions,
  sort: (list) => list.id,
  load: (ids: string[], ctx) => loadLists(ctx, ids),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The display name.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What the list is for.',
    }),
    kind: t.expose('kind', { type: ListKindEnum, description: 'Checklist or quest.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    owner: t.field({
      type: User,
      description: 'The user who created and owns the list.',
      resolve: (list) => list.ownerId,
    }),
    workspace: t.field({
      type: Workspace,
      nullable: true,
      description:
        "The list's workspace; null when the viewer sees the list (as a list member) but is not a member of its workspace.",
      resolve: (list) => list.workspaceId,
    }),
  }),
});

builder.objectField(Workspace, 'lists', (t) =>
  t.connection({
    type: List,
    description: 'The lists of the workspace the viewer sees, oldest first.',
    args: { kind: t.arg({ type: ListKindEnum, description: 'Only lists of this kind.' }) },
    resolve: (workspace, args, ctx) =>
      loadPage(ctx, 'Workspace.lists', args, workspace.id, () =>
        workspaceListsQuery(ctx, args.kind),
      ),
  }),
);
