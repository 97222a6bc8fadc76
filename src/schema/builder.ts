import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from '../context';
import { type AdminRole, adminRoleOf, hasAdminRole } from '../resolvers/admin-role';
import { ForbiddenError } from '../resolvers/errors';

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
  // Relay before scope-auth so that auth checks see decoded global IDs.
  plugins: [RelayPlugin, ScopeAuthPlugin, ErrorsPlugin, DataloaderPlugin],
  // Fields are non-null unless they say otherwise: clients get fewer null checks.
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
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
    unauthorizedError: (_parent, ctx) =>
      new ForbiddenError(
        ctx.viewer.kind === 'anonymous'
          ? 'Sign in to do this: send "Authorization: Bearer <token>".'
          : 'You are not allowed to do this.',
      ),
  },
  errors: {
    defaultTypes: [],
    // createWorkspace -> CreateWorkspaceResult = CreateWorkspaceSuccess | NotFoundError | ...
    defaultResultOptions: { name: ({ fieldName }) => `${pascal(fieldName)}Success` },
    defaultUnionOptions: { name: ({ fieldName }) => `${pascal(fieldName)}Result` },
  },
});
