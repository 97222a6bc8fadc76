import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './errors';
import './connection';
import './users/user';
import './workspaces/workspace';
import './viewer';
import './workspaces/mutations';
import './rooms/room';
import './work-items/work-item';
import './rooms/mutations';
import './work-items/mutations';
import './inbox/item';
import './relationships/relationship';
import './lists/list';
import './events/hosted-event';
import './inbox/mutations';
import './relationships/mutations';
import './lists/mutations';
import './events/mutations';
import './list-work-items';
import './threads';
import './admin';
import './ai/errors';
import './ai/usage-report';
import './ai/provider-settings';
import './ai/mutations';
import './ai/cost-budget';
import './api-tokens/api-token';
import './api-tokens/mutations';
import './rate-limit';

builder.queryType({ description: 'Everything a client can read.' });
builder.mutationType({
  description: 'Everything a client can change. Needs a user, or an integrator token with `write`.',
  authScopes: { write: true },
});

/** The schema, built once per isolate and sorted so its printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
