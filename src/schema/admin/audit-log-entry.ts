import { encodeGlobalID } from '@pothos/plugin-relay';
import type { AuditLogRow } from '../../resolvers/admin/audit';
import { auditLogsQuery } from '../../resolvers/admin/audit-logs';
import { AUDIT_LOG_FILTERS } from '../../resolvers/admin/filters';
import { withWhereAndOrder } from '../../resolvers/filters/query';
import { idOf } from '../../resolvers/global-id';
import { loadRootPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { DateTimeFilter, IdFilter, orderByInput, StringFilter, whereInput } from '../filters';
import { User } from '../users/user';

export const AuditLogEntry = builder.objectRef<AuditLogRow>('AuditLogEntry').implement({
  description:
    'One recorded admin action or admin read of private data (admin fields only). Written in ' +
    'the same D1 batch as the change it records.',
  authScopes: { admin: 'support' },
  fields: (t) => ({
    id: t.id({
      description: 'Opaque ID of the entry.',
      resolve: (row) => encodeGlobalID('AuditLogEntry', row.id),
    }),
    actor: t.field({
      type: User,
      nullable: true,
      description: 'Who did it (null when the account was deleted).',
      resolve: (row) => row.actorId,
    }),
    action: t.exposeString('action', {
      description:
        'What was done, as `subject.verb`: system_setting.update, admin_role.grant, ' +
        'admin_role.revoke, workspace_member.set_role, workspace_member.remove, ' +
        "workspace_member.clear_assignments (a removed member's work items unassigned), " +
        'workspace.transfer_ownership, import.start, import.complete, import.fail, ' +
        'user.email.read, user.work_items.read, user.inbox.read.',
    }),
    targetType: t.exposeString('targetType', {
      nullable: true,
      description: 'The kind of thing acted on (User, Workspace, SystemSetting, ImportSession).',
    }),
    targetId: t.exposeString('targetId', {
      nullable: true,
      description: 'Its row id as stored (like `usr_...`), or the setting key.',
    }),
    changes: t.exposeString('changesJson', {
      nullable: true,
      description: 'A JSON object of what changed (`from`, `to`...) or what was read.',
    }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'The request that did it (the `X-Request-Id` of its response).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When.' }),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  description: 'Narrows the audit trail; every given field must match.',
  fields: (t) => ({
    actorId: t.id({ description: 'Only actions by this user (a User ID).' }),
    action: t.string({ description: 'Only this action, like `workspace.transfer_ownership`.' }),
    targetType: t.string({ description: 'Only targets of this kind, like `Workspace`.' }),
    targetId: t.string({ description: 'Only this target: its row id as stored (`wsp_...`).' }),
    from: t.field({ type: 'DateTime', description: 'At or after this moment.' }),
    to: t.field({ type: 'DateTime', description: 'Before this moment.' }),
  }),
});

const AuditLogWhere = whereInput('AuditLogWhere', 'audit entries', {
  actor: { type: IdFilter, description: 'Who did it (User IDs; null for the system).' },
  action: { type: StringFilter, description: 'The action, like `workspace.transfer_ownership`.' },
  targetType: { type: StringFilter, description: 'The kind of target, like `Workspace`.' },
  targetId: { type: StringFilter, description: 'The target: its row id as stored (`wsp_...`).' },
  createdAt: { type: DateTimeFilter, description: 'When.' },
});

const AuditLogOrderFieldEnum = builder.enumType('AuditLogOrderField', {
  description: 'What the audit trail can be sorted by.',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'When.' },
    ACTION: { value: 'action', description: 'The action, by code point.' },
  } as const,
});

const AuditLogOrderBy = orderByInput('AuditLogOrderBy', AuditLogOrderFieldEnum, 'audit entries');

builder.queryField('auditLogs', (t) =>
  t.connection({
    type: AuditLogEntry,
    description: 'The audit trail, newest first. Support and above.',
    authScopes: { admin: 'support' },
    args: {
      filter: t.arg({
        type: AuditLogFilter,
        description: 'Which entries.',
        deprecationReason: 'Use `where` (AuditLogWhere): and/or/not and operators per field.',
      }),
      where: t.arg({ type: AuditLogWhere, description: 'Only entries matching this filter.' }),
      orderBy: t.arg({
        type: [AuditLogOrderBy],
        description: 'Sort keys, up to 3, the id appended (default: newest first).',
      }),
    },
    resolve: (_root, args, ctx) => {
      const filter = args.filter ?? {};
      return loadRootPage(
        ctx,
        args,
        withWhereAndOrder(
          auditLogsQuery({
            ...filter,
            actorId: filter.actorId ? idOf('filter.actorId', filter.actorId, 'User') : null,
          }),
          AUDIT_LOG_FILTERS,
          args,
        ),
      );
    },
  }),
);
