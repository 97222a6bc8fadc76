import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './errors';
import './connection';
import './user';
import './workspace';
import './viewer';
import './workspace-mutations';

builder.queryType({ description: 'Everything a client can read.' });
builder.mutationType({
  description: 'Everything a client can change. Needs a user, or an integrator token with `write`.',
  authScopes: { write: true },
});

/** The schema, built once per isolate and sorted so its printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
