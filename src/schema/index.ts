import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './errors';
import './connection';
import './user';
import './workspace';
import './viewer';
import './workspace-mutations';
import './room';
import './work-item';
import './room-mutations';
import './work-item-mutations';
import './inbox';
import './relationship';
import './list';
import './event';
import './inbox-mutations';
import './relationship-mutations';
import './list-mutations';
import './event-mutations';
import './list-work-items';
import './threads';
import './admin';
import './ai-errors';
import './ai-usage';
import './ai-settings';
import './ai-keys';
import './ai-budgets';
import './api-token';
import './api-token-mutations';
import './rate-limit';

builder.queryType({ description: 'Everything a client can read.' });
builder.mutationType({
  description: 'Everything a client can change. Needs a user, or an integrator token with `write`.',
  authScopes: { write: true },
});

/** The schema, built once per isolate and sorted so its printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
