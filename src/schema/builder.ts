import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import TracingPlugin from '@pothos/plugin-tracing';
import { type GraphQLResolveInfo, isObjectType } from 'graphql';
import type { Context } from '../context';
import { traceByDefault, traceResolver } from '../observability/tracing';
import { type AdminRole, adminRoleOf, hasAdminRole, notAllowed } from '../resolvers/access';
import { encodeNodeId } from '../resolvers/global-id';
import { startReferencePages, wantNodeJoins } from './page-joins';
import SettledLoadsPlugin from './settled-loads-plugin';
import { startPages } from './started-pages';

/**
 * Whether a global ID's type is one `node(id:)` can refetch: an object type of the schema that
 * implements Node and has a loader. Any other well-formed id (an unknown type, a type that is
 * never refetched) is answered as an absent one (null), not with the schema plugin's wording.
 */
function isRefetchable(info: GraphQLResolveInfo, typename: string): boolean {
  const type = info.schema.getType(typename);
  if (!isObjectType(type) || !type.getInterfaces().some((face) => face.name === 'Node')) {
    return false;
  }
  const options = builder.configStore.getTypeConfig(typename, 'Object').pothosOptions as Record<
    string,
    unknown
  >;
  return LOADERS.some((loader) => typeof options[loader] === 'function');
}

const LOADERS = ['loadMany', 'loadOne', 'loadWithoutCache', 'loadManyWithoutCache'];

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Every type the builder knows, in one place. */
export interface SchemaTypes {
  Context: Context;
  AuthScopes: {
    /** A user or an integrator token. */
    signedIn: boolean;
    /** A user signed in with a JWT (not an integrator token). */
    user: boolean;
    /** An admin of at least the given role. */
    admin: AdminRole;
    /** May write: users, and integrator tokens with the `write` scope. */
    write: boolean;
  };
  Scalars: {
    DateTime: { Input: string; Output: string };
    ID: { Input: string; Output: string | number };
  };
  /** Every connection resolver returns its total, for `totalCount`. */
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

export const builder = new SchemaBuilder<SchemaTypes>({
  // Relay before scope-auth so that auth checks see decoded global IDs; settled loads inside
  // the dataloader plugin, so rows already loaded reach it as rows, not ids.
  plugins: [
    TracingPlugin,
    RelayPlugin,
    ScopeAuthPlugin,
    ErrorsPlugin,
    DataloaderPlugin,
    SettledLoadsPlugin,
  ],
  // Fields are non-null unless they say otherwise: clients get fewer null checks.
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    encodeGlobalID: encodeNodeId,
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The items of this page, with cursors.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque position of this item, for `after`/`before`.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    idFieldOptions: { description: 'Global ID: opaque, stable, accepted by `node(id:)`.' },
    nodeTypeOptions: { description: 'An entity with a global ID that `node(id:)` refetches.' },
    nodeQueryOptions: {
      description: 'Refetches any entity by its global ID; null when absent or not visible.',
      args: { id: { description: 'A global ID from any `id` field.' } },
      // The rows the node points to that the operation selects come with it (joinsOnNode), and
      // its marked pages, and theirs, start beside it (startedWithParent, readWithParents).
      resolve: (_root, args, ctx, info, resolveNode) => {
        if (!isRefetchable(info, args.id.typename)) return null;
        wantNodeJoins(ctx, info, args.id.typename);
        const node = resolveNode(args.id);
        startPages(ctx, info, args.id.typename, String(args.id.id));
        startReferencePages(ctx, info, args.id.typename, String(args.id.id));
        return node;
      },
    },
    nodesQueryOptions: {
      description:
        'Refetches entities by global IDs, in order; null for each absent or hidden one.',
      args: { ids: { description: 'Up to 100 global IDs.' } },
      resolve: (_root, args, ctx, info, resolveNodes) => {
        // Only ids a node can be refetched by are looked up; the others are null, as absent ids.
        // The plugin's `resolveNodes` reads `args.ids` itself (not the ids it is given), so they
        // are left out of `args.ids` (the plugin's own decoded copy, not the client's).
        const ids = args.ids.map((id) => (isRefetchable(info, id.typename) ? id : null));
        for (const type of new Set(ids.flatMap((id) => (id ? [id.typename] : [])))) {
          wantNodeJoins(ctx, info, type);
        }
        (args as { ids: unknown[] }).ids = ids;
        const nodes = resolveNodes(args.ids);
        for (const id of ids) {
          if (!id) continue;
          startPages(ctx, info, id.typename, String(id.id));
          startReferencePages(ctx, info, id.typename, String(id.id));
        }
        return nodes;
      },
    },
    pageInfoTypeOptions: { description: 'Relay page information for a connection.' },
    hasNextPageFieldOptions: { description: 'Whether items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page.' },
    firstArgOptions: { description: 'Items after `after`: 0-100, default 20.' },
    lastArgOptions: { description: 'Items before `before`: 0-100 (page backwards).' },
    afterArgOptions: { description: 'Cursor to continue forward from (with `first`).' },
    beforeArgOptions: { description: 'Cursor to continue backward from (with `last`).' },
    defaultConnectionTypeOptions: { description: 'A page of a list (Relay connection).' },
    defaultEdgeTypeOptions: { description: 'An item of a connection and its cursor.' },
  },
  scopeAuth: {
    authScopes: (ctx) => ({
      signedIn: ctx.viewer.kind !== 'anonymous',
      user: ctx.viewer.kind === 'user',
      write:
        ctx.viewer.kind === 'user' ||
        (ctx.viewer.kind === 'integrator' && ctx.viewer.scopes.includes('write')),
      admin: async (role) => hasAdminRole(await adminRoleOf(ctx), role),
    }),
    unauthorizedError: (_parent, ctx) => notAllowed(ctx),
  },
  tracing: {
    default: traceByDefault,
    wrap: (resolver, _options, config) =>
      traceResolver(resolver as never, `${config.parentType}.${config.name}`) as typeof resolver,
  },
  errors: {
    defaultTypes: [],
    // createWorkspace -> CreateWorkspaceResult = CreateWorkspaceSuccess | NotFoundError | ...
    defaultResultOptions: { name: ({ fieldName }) => `${pascal(fieldName)}Success` },
    defaultUnionOptions: { name: ({ fieldName }) => `${pascal(fieldName)}Result` },
  },
});
