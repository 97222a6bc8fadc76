// The name map: src/schema and src/resolvers have the same domain folders (workspaces,
// work-items, rooms, lists, events, inbox, relationships, users, threads, ai, admin, api-tokens,
// webhooks, attachments).
// In a schema folder, each object type has a file named for it in kebab-case, less the folder's
// own word (threads/message.ts holds ThreadMessage), with its query fields; the domain's
// mutations are in mutations.ts, its error types in errors.ts. docs/architecture.md, "Layout".
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './errors';
import './connection';
import './filters';
import './rate-limit';
import './users/user';
import './workspaces/member';
import './workspaces/workspace';
import './workspaces/mutations';
import './rooms/member';
import './rooms/room';
import './rooms/mutations';
import './work-items/work-item';
import './work-items/group';
import './work-items/mutations';
import './work-items/change';
import './work-items/subscriptions';
import './lists/item';
import './lists/list';
import './lists/member';
import './lists/mutations';
import './events/errors';
import './events/hosted-event';
import './events/participant';
import './events/mutations';
import './inbox/item';
import './inbox/mutations';
import './inbox/subscriptions';
import './relationships/relationship';
import './relationships/request';
import './relationships/mutations';
import './threads/errors';
import './threads/invite';
import './threads/message';
import './threads/participant';
import './threads/thread';
import './threads/mutations';
import './threads/activity';
import './threads/subscriptions';
import './ai/cost-budget';
import './ai/errors';
import './ai/provider-settings';
import './ai/usage-log';
import './ai/usage-group';
import './ai/usage-report';
import './ai/usage-summary';
import './ai/mutations';
import './admin/account';
import './admin/audit-log-entry';
import './admin/daily-log-summary';
import './admin/errors';
import './admin/field-usage';
import './admin/import-session';
import './admin/operation-stats';
import './admin/system-settings';
import './admin/user-profile';
import './admin/user-group';
import './admin/workspace';
import './admin/mutations';
import './api-tokens/api-token';
import './api-tokens/mutations';
import './search/result';
import './webhooks/endpoint';
import './webhooks/delivery';
import './webhooks/mutations';
import './attachments/errors';
import './attachments/attachment';
import './attachments/storage-usage';
import './attachments/mutations';

builder.queryType({ description: 'Everything a client can read.' });
builder.mutationType({
  description: 'Everything a client can change. Needs a user, or an integrator token with `write`.',
  authScopes: { write: true },
});

builder.subscriptionType({
  description:
    'What a client can follow as it happens (GraphQL over SSE on /graphql, or WebSocket). Needs a user, or an integrator token with `read`.',
});

/** The schema, built once per isolate and sorted so its printed SDL is stable. */
export const schema = lexicographicSortSchema(builder.toSchema());
