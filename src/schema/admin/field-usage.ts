import {
  DEFAULT_USAGE_DAYS,
  deprecatedFieldUsage,
  type FieldClientUsage as FieldClientUsageShape,
  type FieldUsage as FieldUsageShape,
  fieldUsage,
  unusedFields,
  usedFields,
} from '../../resolvers/admin/field-usage';
import { builder } from '../builder';

const FieldClientUsage = builder.objectRef<FieldClientUsageShape>('FieldClientUsage').implement({
  description: 'How one client used a field over the window.',
  fields: (t) => ({
    clientName: t.exposeString('clientName', {
      description:
        'The client name (graphql-client-name header, or `token:<id>` for an API token that names no client; "" when unknown).',
    }),
    requests: t.exposeInt('requests', { description: 'Operations of this client selecting it.' }),
    lastSeenAt: t.expose('lastSeenAt', {
      type: 'DateTime',
      description: 'When this client last selected it.',
    }),
  }),
});

export const FieldUsage = builder.objectRef<FieldUsageShape>('FieldUsage').implement({
  description:
    'How often a field (`Type.field`) was selected, and by which clients, over the last `days` UTC days (admin fields only). A field selected through an interface counts on the interface.',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    coordinate: t.exposeString('coordinate', { description: 'The field, as `Type.field`.' }),
    days: t.exposeInt('days', { description: 'The window, in days.' }),
    since: t.expose('since', {
      type: 'DateTime',
      description: 'Start of the window (the UTC midnight `days` days ago).',
    }),
    requests: t.exposeInt('requests', { description: 'Operations selecting it in the window.' }),
    lastSeenAt: t.expose('lastSeenAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last selected (null: not in the window).',
    }),
    clients: t.field({
      type: [FieldClientUsage],
      description: 'The clients that selected it, busiest first.',
      resolve: (usage) => usage.clients,
    }),
    inSchema: t.exposeBoolean('inSchema', {
      description: 'Whether the served schema still has this field.',
    }),
    deprecationReason: t.exposeString('deprecationReason', {
      nullable: true,
      description: 'Its deprecation reason, when deprecated.',
    }),
  }),
});

const DAYS_DESCRIPTION = `The window: the last N UTC days, today included (1-3650, default ${DEFAULT_USAGE_DAYS}).`;

builder.queryField('fieldUsage', (t) =>
  t.field({
    type: FieldUsage,
    authScopes: { admin: 'support' },
    description: 'Admins (support and up): who selects this field, how often, and when last.',
    args: {
      coordinate: t.arg.string({
        required: true,
        description: 'The field as `Type.field` (e.g. "WorkItem.title").',
      }),
      days: t.arg.int({ description: DAYS_DESCRIPTION }),
    },
    resolve: (_root, args, ctx, info) => fieldUsage(ctx, info.schema, args.coordinate, args.days),
  }),
);

builder.queryField('usedFields', (t) =>
  t.field({
    type: [FieldUsage],
    authScopes: { admin: 'support' },
    description:
      'Admins (support and up): every field selected in the window with its clients, most used first. Saved as JSON, it is the usage file of `npm run schema:release -- --usage`.',
    args: { days: t.arg.int({ description: DAYS_DESCRIPTION }) },
    resolve: (_root, args, ctx, info) => usedFields(ctx, info.schema, args.days),
  }),
);

builder.queryField('unusedFields', (t) =>
  t.field({
    type: [FieldUsage],
    authScopes: { admin: 'support' },
    description:
      'Admins (support and up): fields of the schema no operation selected in the window (candidates for deprecation).',
    args: { days: t.arg.int({ description: DAYS_DESCRIPTION }) },
    resolve: (_root, args, ctx, info) => unusedFields(ctx, info.schema, args.days),
  }),
);

builder.queryField('deprecatedFieldUsage', (t) =>
  t.field({
    type: [FieldUsage],
    authScopes: { admin: 'support' },
    description:
      'Admins (support and up): every deprecated field with its use in the window, most used first: who must move before it is removed.',
    args: { days: t.arg.int({ description: DAYS_DESCRIPTION }) },
    resolve: (_root, args, ctx, info) => deprecatedFieldUsage(ctx, info.schema, args.days),
  }),
);
