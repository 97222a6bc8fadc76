import { workspaces } from '../../db/tables';
import { workspaceVisibleTo } from '../../resolvers/access';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadWorkspaces, type WorkspaceRow } from '../../resolvers/workspaces/workspaces';
import { builder } from '../builder';
import type { JoinTarget } from '../page-joins';
import { User } from '../users/user';

export const Workspace = builder.loadableNode('Workspace', {
  description: 'A team (a squad): its members, rooms, lists and work items. Seen by its members.',
  id: { resolve: (workspace: WorkspaceRow) => workspace.id },
  loaderOptions,
  sort: (workspace) => workspace.id,
  load: (ids: string[], ctx) => loadWorkspaces(ctx, ids),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The display name.' }),
    slug: t.exposeString('slug', { description: 'A unique URL-safe name.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What the workspace is for.',
    }),
    owner: t.field({
      type: User,
      description: 'The user who owns the workspace.',
      resolve: (workspace) => workspace.ownerId,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

/** Workspaces, as a page reads them beside its rows (pageWithJoins): under loadWorkspaces' rule. */
export const workspaceTarget: JoinTarget = {
  table: workspaces,
  visible: (ctx, id) => workspaceVisibleTo(ctx, id),
  loader: (ctx) => Workspace.getDataloader(ctx),
  type: 'Workspace',
  fieldColumns: { owner: ['ownerId'] },
};
