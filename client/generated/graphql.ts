/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a usage report groups calls. */
export type AiUsageGroupBy =
  /** By UTC day, oldest first (days without calls are absent). */
  | 'DAY'
  /** By feature, dearest first. */
  | 'FEATURE'
  /** By provider, dearest first. */
  | 'PROVIDER'
  /** By user, dearest first. */
  | 'USER';

/** What an integrator API token may do. */
export type ApiTokenScope =
  /** Run queries as the token owner. */
  | 'READ'
  /** Also run mutations as the token owner (implies READ). */
  | 'WRITE';

/** Whether an API token is accepted now. */
export type ApiTokenStatus =
  /** Accepted. */
  | 'ACTIVE'
  /** Past its expiry: refused with TOKEN_EXPIRED. */
  | 'EXPIRED'
  /** Revoked by its owner: refused with TOKEN_REVOKED. */
  | 'REVOKED';

/** Narrows the audit trail; every given field must match. */
export type AuditLogFilter = {
  /** Only this action, like `workspace.transfer_ownership`. */
  action?: string | null | undefined;
  /** Only actions by this user (a User ID). */
  actorId?: string | number | null | undefined;
  /** At or after this moment. */
  from?: string | null | undefined;
  /** Only this target: its row id as stored (`wsp_...`). */
  targetId?: string | null | undefined;
  /** Only targets of this kind, like `Workspace`. */
  targetType?: string | null | undefined;
  /** Before this moment. */
  to?: string | null | undefined;
};

/** A new integrator API token for the viewer. */
export type CreateApiTokenInput = {
  /** When the token stops working (in the future); omitted: never. */
  expiresAt?: string | null | undefined;
  /** What the token is for, 1-100 characters (like "CI deploys"). */
  name: string;
  /** READ, or WRITE (which includes READ). At least one. */
  scopes: Array<ApiTokenScope>;
};

/** A new thread; the viewer becomes its owner and three strangers are invited. */
export type CreateThreadInput = {
  /** More about it, for the invited (up to 4,000 characters). */
  description?: string | null | undefined;
  /** A key the client makes up for this request (1-255 printable ASCII characters, a UUID is fine), so that it can retry safely: a repeat by the same viewer with the same key within 24 hours returns the first result (`replayed: true`) without creating anything; the same key with another title, description or workspace is a `ConflictError`. `POST /api/threads` takes it as the `Idempotency-Key` header. */
  idempotencyKey?: string | null | undefined;
  /** What it is about, 1-200 characters. */
  title: string;
  /** The workspace it is opened from (the viewer must be a member), if any. */
  workspaceId?: string | number | null | undefined;
};

/** A new work item, owned by the viewer, in a workspace they contribute to. */
export type CreateWorkItemInput = {
  /** A member of the workspace to assign it to. */
  assigneeId?: string | number | null | undefined;
  /** Details, up to 5,000 characters. */
  description?: string | null | undefined;
  /** When it is due. */
  dueAt?: string | null | undefined;
  /** End of a SCHEDULED item, not before startsAt. */
  endsAt?: string | null | undefined;
  /** A list (quest) of the same workspace it belongs to; one you cannot see answers NotFoundError. */
  listId?: string | number | null | undefined;
  /** An open room of the same workspace to put it in; one you cannot see answers NotFoundError. */
  roomId?: string | number | null | undefined;
  /** Start of a SCHEDULED item (required). */
  startsAt?: string | null | undefined;
  /** A short title, 1-200 characters. */
  title: string;
  /** TASK (default) or SCHEDULED. */
  type?: WorkItemType | null | undefined;
  /** Who else sees it: PRIVATE (default), ROOM (needs roomId), QUEST (needs listId), SQUAD. */
  visibility?: WorkItemVisibility | null | undefined;
  /** The workspace. */
  workspaceId: string | number;
};

/** Tests a moment. A null value never matches a comparison; use isNull. */
export type DateTimeFilter = {
  /** Is exactly this moment. */
  eq?: string | null | undefined;
  /** After this moment. */
  gt?: string | null | undefined;
  /** At or after this moment. */
  gte?: string | null | undefined;
  /** Is one of these moments (up to 20). */
  in?: Array<string> | null | undefined;
  /** true: is not set; false: is set. */
  isNull?: boolean | null | undefined;
  /** Before this moment. */
  lt?: string | null | undefined;
  /** At or before this moment. */
  lte?: string | null | undefined;
  /** Is set and is not this moment. */
  neq?: string | null | undefined;
  /** Is none of these moments (up to 20). */
  notIn?: Array<string> | null | undefined;
};

/** Tests a reference by global ID. An ID the viewer cannot see matches as one that does not exist. A null value never matches a comparison; use isNull. */
export type IdFilter = {
  /** Is this one. */
  eq?: string | number | null | undefined;
  /** Is one of these (up to 20). */
  in?: Array<string | number> | null | undefined;
  /** true: is not set; false: is set. */
  isNull?: boolean | null | undefined;
  /** Is set and is not this one. */
  neq?: string | number | null | undefined;
  /** Is set and is none of these (up to 20). */
  notIn?: Array<string | number> | null | undefined;
};

/** One of your inbox items. */
export type InboxItemInput = {
  /** The inbox item. */
  itemId: string | number;
};

/** What an inbox item is about. */
export type InboxItemKind =
  /** A work item was assigned to you. */
  | 'ASSIGNMENT'
  /** News about an event. */
  | 'EVENT'
  /** Someone accepted an invite to one of your threads. */
  | 'INVITE_ACCEPTED'
  /** Someone mentioned you. */
  | 'MENTION'
  /** A relationship request was sent to you, or yours was accepted. */
  | 'RELATIONSHIP_REQUEST'
  /** A notice from the app itself. */
  | 'SYSTEM'
  /** A new message in a thread. */
  | 'THREAD_MESSAGE';

/** An invite addressed to the viewer (by account or by email). */
export type InviteAnswerInput = {
  /** The invite. */
  inviteId: string | number;
};

/** Whether the invite email went out. */
export type InviteEmailStatus =
  /** Never sent: every retry failed, the queue gave up on it, or it was not sent within 6 hours (`emailError` says which; the thread's owner is told in their inbox). The invitee never got the link. */
  | 'FAILED'
  /** Waiting in the email queue or being retried; a message lost on the way is queued again by the cron. */
  | 'QUEUED'
  /** Handed to the email provider. */
  | 'SENT';

/** Which operations operationStats counts (all given conditions must hold). */
export type OperationStatsFilter = {
  /** Only this client name ("" for unnamed clients). */
  clientName?: string | null | undefined;
  /** Only this operation name ("" for anonymous operations). */
  operationName?: string | null | undefined;
  /** Only this outcome. */
  status?: OperationStatus | null | undefined;
};

/** How operationStats groups the operations it counts. */
export type OperationStatsGroupBy =
  /** By client name and version (the graphql-client-name/-version headers, or `token:<id>` for an API token that names no client). */
  | 'CLIENT'
  /** By UTC day, oldest first. */
  | 'DAY'
  /** By UTC hour, oldest first. Hours older than 14 days are kept as days: they show as the day at midnight. */
  | 'HOUR'
  /** By operation name. */
  | 'OPERATION'
  /** By outcome: OK, PARTIAL or ERROR. */
  | 'STATUS';

/** The outcome of a GraphQL operation, as analytics counts it. */
export type OperationStatus =
  /** Errors and no data (refused by a limit, failed as a whole). */
  | 'ERROR'
  /** No error. */
  | 'OK'
  /** Errors beside some data. */
  | 'PARTIAL';

/** Which way a sort goes. */
export type OrderDirection =
  /** Smallest first (A to Z, oldest first). */
  | 'ASC'
  /** Largest first (Z to A, newest first). */
  | 'DESC';

/** A token of the viewer to revoke. */
export type RevokeApiTokenInput = {
  /** The ApiToken. */
  id: string | number;
};

/** A kind of thing `search` can find. */
export type SearchType =
  /** Lists, by name and description. */
  | 'LIST'
  /** Rooms, by name and description. */
  | 'ROOM'
  /** Thread messages, by body. */
  | 'THREAD_MESSAGE'
  /** People, by display name. */
  | 'USER'
  /** Work items, by title and description. */
  | 'WORK_ITEM';

/** A message to a thread the viewer takes part in. */
export type SendThreadMessageInput = {
  /** The text, 1-4,000 characters. */
  body: string;
  /** The thread. */
  threadId: string | number;
};

/** Tests a text. Comparisons are by code point; contains and startsWith ignore ASCII case and take % and _ literally. A null value never matches a comparison; use isNull. */
export type StringFilter = {
  /** Contains this text (1-100 characters). */
  contains?: string | null | undefined;
  /** Equals this exactly. */
  eq?: string | null | undefined;
  /** Sorts after this. */
  gt?: string | null | undefined;
  /** Sorts after this or equals it. */
  gte?: string | null | undefined;
  /** Equals one of these (up to 20). */
  in?: Array<string> | null | undefined;
  /** true: has no value; false: has one. */
  isNull?: boolean | null | undefined;
  /** Sorts before this. */
  lt?: string | null | undefined;
  /** Sorts before this or equals it. */
  lte?: string | null | undefined;
  /** Differs from this. */
  neq?: string | null | undefined;
  /** Equals none of these (up to 20). */
  notIn?: Array<string> | null | undefined;
  /** Starts with this text (1-100 characters). */
  startsWith?: string | null | undefined;
};

/** A setting the gateway reads on every request. */
export type SystemSettingKey =
  /** Integer 1-3650: days API analytics rollups are kept (default 90). */
  | 'ANALYTICS_RETENTION_DAYS'
  /** Comma-separated media types attachments may have (a subset of the supported ones: see SystemSettings.attachmentAllowedTypes). */
  | 'ATTACHMENT_ALLOWED_TYPES'
  /** Integer 1-500000000: bytes one attachment may have. */
  | 'ATTACHMENT_MAX_BYTES'
  /** Integer 1-100000: requests per minute per viewer. */
  | 'DEFAULT_RATE_LIMIT'
  /** Boolean ("true"/"false"): when true, every request of a non-admin is refused. */
  | 'MAINTENANCE_MODE'
  /** Non-negative number of USD: the AI spend per user per UTC day. */
  | 'MAX_AI_COST_PER_USER_DAILY'
  /** Integer: bytes of attachments each workspace may hold. */
  | 'WORKSPACE_STORAGE_QUOTA_BYTES';

/** Where an invite stands. Expiry applies at every read. */
export type ThreadInviteStatus =
  /** Accepted: the invitee joined the thread. */
  | 'ACCEPTED'
  /** Declined by the invitee. */
  | 'DECLINED'
  /** Closed unanswered: expired, or another invitee accepted first. */
  | 'EXPIRED'
  /** Waiting for an answer, not expired. */
  | 'PENDING';

/** How a person takes part in a thread. */
export type ThreadParticipantRole =
  /** Joined by accepting an invite. */
  | 'MEMBER'
  /** Opened the thread. */
  | 'OWNER';

/** Where a thread is in its life. */
export type ThreadStatus =
  /** Open: invites can be answered, messages sent. */
  | 'ACTIVE'
  /** Closed by its owner: readable by its participants, takes nothing new. */
  | 'ARCHIVED'
  /** Deleted by its owner: hidden from everyone (only a filter value, never shown). */
  | 'DELETED';

/** A setting and its new value, validated by the rule of the key. */
export type UpdateSystemSettingInput = {
  /** Which setting. */
  key: SystemSettingKey;
  /** The new value as text: "true"/"false" for MAINTENANCE_MODE, a number >= 0 for MAX_AI_COST_PER_USER_DAILY, an integer 1-100000 for DEFAULT_RATE_LIMIT, an integer number of bytes for ATTACHMENT_MAX_BYTES and WORKSPACE_STORAGE_QUOTA_BYTES, comma-separated media types for ATTACHMENT_ALLOWED_TYPES. */
  value: string;
};

/** Narrows a list of work items; every field given must match (AND). Superseded by WorkItemWhere (`where`). */
export type WorkItemFilter = {
  /** Only items assigned to this user. */
  assigneeId?: string | number | null | undefined;
  /** Due at or after this moment. */
  dueAfter?: string | null | undefined;
  /** Due before this moment. */
  dueBefore?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<WorkItemStatus> | null | undefined;
  /** Title contains this text (case-insensitive for ASCII; up to 100 characters). */
  titleContains?: string | null | undefined;
  /** Only this kind. */
  type?: WorkItemType | null | undefined;
  /** Any of these visibility scopes. */
  visibility?: Array<WorkItemVisibility> | null | undefined;
};

/** What work items are counted by. */
export type WorkItemGroupBy =
  /** Their assignee (null: unassigned). */
  | 'ASSIGNEE'
  /** The week (Monday, UTC) of their due date (null: no due date). */
  | 'DUE_WEEK'
  /** Their list (null: none, or one the viewer cannot see). */
  | 'LIST'
  /** Their room (null: none, or one the viewer cannot see). */
  | 'ROOM'
  /** Their status. */
  | 'STATUS'
  /** Their visibility scope. */
  | 'VISIBILITY';

/** One sort key of a list of work items; later keys break ties of earlier ones, and the id breaks any tie left. */
export type WorkItemOrderBy = {
  /** Which way (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: WorkItemOrderField;
};

/** What a list of work items can be sorted by. */
export type WorkItemOrderField =
  /** When it was created. */
  | 'CREATED_AT'
  /** Its due date; items without one come last going up, first going down. */
  | 'DUE_AT'
  /** Its status, alphabetically by value (cancelled, done, in_progress, todo). */
  | 'STATUS'
  /** Its title, by code point (uppercase before lowercase). */
  | 'TITLE'
  /** When it last changed. */
  | 'UPDATED_AT';

/** A work item to act on. */
export type WorkItemRefInput = {
  /** The work item. */
  workItemId: string | number;
};

/** Where a work item stands. */
export type WorkItemStatus =
  /** Dropped. */
  | 'CANCELLED'
  /** Finished (see completedAt). */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'TODO';

/** Tests a status. */
export type WorkItemStatusFilter = {
  /** Is this value. */
  eq?: WorkItemStatus | null | undefined;
  /** Is one of these values. */
  in?: Array<WorkItemStatus> | null | undefined;
  /** true: is not set; false: is set. */
  isNull?: boolean | null | undefined;
  /** Is set and is not this value. */
  neq?: WorkItemStatus | null | undefined;
  /** Is set and is none of these values. */
  notIn?: Array<WorkItemStatus> | null | undefined;
};

/** What kind of work item it is. */
export type WorkItemType =
  /** Something at a set time (startsAt-endsAt). */
  | 'SCHEDULED'
  /** Something to do, maybe by a due date. */
  | 'TASK';

/** Tests a kind of work item. */
export type WorkItemTypeFilter = {
  /** Is this value. */
  eq?: WorkItemType | null | undefined;
  /** Is one of these values. */
  in?: Array<WorkItemType> | null | undefined;
  /** true: is not set; false: is set. */
  isNull?: boolean | null | undefined;
  /** Is set and is not this value. */
  neq?: WorkItemType | null | undefined;
  /** Is set and is none of these values. */
  notIn?: Array<WorkItemType> | null | undefined;
};

/** Who sees a work item besides its owner and assignee (who always do). Decided in one place, for every path. */
export type WorkItemVisibility =
  /** Nobody else. */
  | 'PRIVATE'
  /** Members of the item's list (the quest). */
  | 'QUEST'
  /** Members of the item's room. */
  | 'ROOM'
  /** Members of the item's workspace (the squad). */
  | 'SQUAD';

/** Tests a visibility scope. */
export type WorkItemVisibilityFilter = {
  /** Is this value. */
  eq?: WorkItemVisibility | null | undefined;
  /** Is one of these values. */
  in?: Array<WorkItemVisibility> | null | undefined;
  /** true: is not set; false: is set. */
  isNull?: boolean | null | undefined;
  /** Is set and is not this value. */
  neq?: WorkItemVisibility | null | undefined;
  /** Is set and is none of these values. */
  notIn?: Array<WorkItemVisibility> | null | undefined;
};

/** A filter over work items: every field given must hold (AND); and/or/not combine filters. At most 4 levels of and/or/not and 20 conditions. */
export type WorkItemWhere = {
  /** Every one of these holds. */
  and?: Array<WorkItemWhere> | null | undefined;
  /** Its assignee (User IDs; null when unassigned). */
  assignee?: IdFilter | null | undefined;
  /** When it was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Its due date (null when none). */
  dueAt?: DateTimeFilter | null | undefined;
  /** Its list (List IDs; null when none). */
  list?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: WorkItemWhere | null | undefined;
  /** At least one of these holds. */
  or?: Array<WorkItemWhere> | null | undefined;
  /** Its owner (User IDs). */
  owner?: IdFilter | null | undefined;
  /** Its room (Room IDs; null when none). */
  room?: IdFilter | null | undefined;
  /** Its status. */
  status?: WorkItemStatusFilter | null | undefined;
  /** Its title. */
  title?: StringFilter | null | undefined;
  /** Its kind. */
  type?: WorkItemTypeFilter | null | undefined;
  /** When it last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
  /** Its visibility scope. */
  visibility?: WorkItemVisibilityFilter | null | undefined;
};

/** What a member may do in a workspace. */
export type WorkspaceRole =
  /** Manages members and settings. */
  | 'ADMIN'
  /** Works in the workspace. */
  | 'MEMBER'
  /** Owns the workspace; manages everything. */
  | 'OWNER'
  /** Reads only. */
  | 'VIEWER';

export type AdminSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSettingsQuery = { systemSettings: { maintenanceMode: boolean, defaultRateLimit: number, maxAiCostPerUserDaily: number } };

export type AdminAuditLogsQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AdminAuditLogsQuery = { auditLogs: { totalCount: number, edges: Array<{ node: { id: string, action: string, targetType: string | null, targetId: string | null, createdAt: string, actor: { displayName: string } | null } }> } };

export type AdminAiUsageReportQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: AiUsageGroupBy;
}>;


export type AdminAiUsageReportQuery = { aiUsageReport: { truncated: boolean, total: { calls: number, costUsd: number, errorCalls: number }, rows: Array<{ key: string | null, figures: { calls: number, costUsd: number, inputTokens: number, outputTokens: number } }> } };

export type UpdateSystemSettingMutationVariables = Exact<{
  input: UpdateSystemSettingInput;
}>;


export type UpdateSystemSettingMutation = { updateSystemSetting:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UpdateSystemSettingSuccess' }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AdminOperationStatsQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: Array<OperationStatsGroupBy> | OperationStatsGroupBy;
  where?: OperationStatsFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type AdminOperationStatsQuery = { operationStats: { truncated: boolean, groups: Array<{ operationName: string | null, clientName: string | null, clientVersion: string | null, status: OperationStatus | null, period: string | null, figures: { requests: number, errors: number, errorRate: number, p50DurationMs: number | null, p95DurationMs: number | null, meanCost: number | null, maxCost: number, d1Statements: number, d1RowsRead: number, d1RowsWritten: number } }>, total: { requests: number, errors: number, errorRate: number, p50DurationMs: number | null, p95DurationMs: number | null, d1RowsRead: number } } };

export type AdminFieldUsageQueryVariables = Exact<{
  coordinate: string;
  days?: number | null | undefined;
}>;


export type AdminFieldUsageQuery = { fieldUsage: { coordinate: string, requests: number, lastSeenAt: string | null, deprecationReason: string | null, clients: Array<{ clientName: string, requests: number, lastSeenAt: string }> } };

export type AdminUsedFieldsQueryVariables = Exact<{
  days?: number | null | undefined;
}>;


export type AdminUsedFieldsQuery = { usedFields: Array<{ coordinate: string, days: number, since: string, requests: number, lastSeenAt: string | null, inSchema: boolean, clients: Array<{ clientName: string, requests: number, lastSeenAt: string }> }> };

export type AdminUnusedFieldsQueryVariables = Exact<{
  days?: number | null | undefined;
}>;


export type AdminUnusedFieldsQuery = { unusedFields: Array<{ coordinate: string, deprecationReason: string | null }> };

export type AdminDeprecatedFieldUsageQueryVariables = Exact<{
  days?: number | null | undefined;
}>;


export type AdminDeprecatedFieldUsageQuery = { deprecatedFieldUsage: Array<{ coordinate: string, deprecationReason: string | null, requests: number, lastSeenAt: string | null, clients: Array<{ clientName: string, requests: number, lastSeenAt: string }> }> };

export type ViewerApiTokensQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeRevoked?: boolean;
}>;


export type ViewerApiTokensQuery = { viewer: { id: string, apiTokens: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, tokenPrefix: string, scopes: Array<ApiTokenScope>, status: ApiTokenStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } }> } | null } | null };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateApiTokenSuccess', data: { token: string, apiToken: { id: string, name: string, tokenPrefix: string, scopes: Array<ApiTokenScope>, status: ApiTokenStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RevokeApiTokenSuccess', data: { id: string, name: string, tokenPrefix: string, scopes: Array<ApiTokenScope>, status: ApiTokenStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type ViewerRateLimitQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerRateLimitQuery = { rateLimit: { cost: { requested: number, limit: number }, budget: { limit: number, remaining: number, resetSeconds: number } | null } };

export type ApiTokenFieldsFragment = { id: string, name: string, tokenPrefix: string, scopes: Array<ApiTokenScope>, status: ApiTokenStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null };

export type DashboardQueryVariables = Exact<{
  itemsPerWorkspace?: number | null | undefined;
}>;


export type DashboardQuery = { viewer: { id: string, displayName: string, workspaceMemberships: { edges: Array<{ node: { role: WorkspaceRole, workspace: { id: string, name: string, workItems: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: WorkItemStatus, visibility: WorkItemVisibility, owner: { displayName: string }, assignee: { displayName: string } | null } }> } } } }> }, inbox: { totalCount: number } } | null };

export type InboxQueryVariables = Exact<{
  read?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxQuery = { viewer: { id: string, inbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: InboxItemKind, title: string, body: string | null, isRead: boolean, createdAt: string } }> } } | null };

export type MarkInboxItemReadMutationVariables = Exact<{
  input: InboxItemInput;
}>;


export type MarkInboxItemReadMutation = { markInboxItemRead:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'MarkInboxItemReadSuccess', data: { id: string, isRead: boolean } }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type InboxUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InboxUpdatesSubscription = { inboxItemAdded: { id: string, kind: InboxItemKind, title: string } };

export type CreateThreadApiMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CreateThreadApiMutation = { createThread:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'BudgetExceededError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateThreadSuccess', data: { requestedCandidates: number, invitedCount: number, shortfallReason: string | null, replayed: boolean, thread: { id: string, title: string, description: string | null, status: ThreadStatus, createdAt: string, owner: { id: string, displayName: string }, workspace: { id: string, name: string } | null }, invites: Array<{ id: string, status: ThreadInviteStatus, emailStatus: InviteEmailStatus, candidateName: string, candidateReason: string | null, expiresAt: string }> } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string, id: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  workspaceId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, rank: number, snippet: { text: string, highlights: Array<{ start: number, length: number }> }, node:
        | { __typename: 'List', id: string, name: string }
        | { __typename: 'Room', id: string, name: string }
        | { __typename: 'ThreadMessage', id: string, body: string, thread: { id: string, title: string } }
        | { __typename: 'User', id: string, displayName: string }
        | { __typename: 'WorkItem', id: string, title: string, status: WorkItemStatus }
       }> } };

export type MyThreadsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyThreadsQuery = { viewer: { id: string, threads: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ThreadStatus, unreadCount: number } }> }, threadInvites: { edges: Array<{ node: { id: string, status: ThreadInviteStatus, expiresAt: string } }> } } | null };

export type ThreadMessagesQueryVariables = Exact<{
  id: string | number;
  last?: number | null | undefined;
}>;


export type ThreadMessagesQuery = { node:
    | { id: string, title: string, participants: { edges: Array<{ node: { role: ThreadParticipantRole, user: { displayName: string } | null } }> }, messages: { edges: Array<{ node: { id: string, body: string, createdAt: string, sender: { displayName: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type CreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CreateThreadMutation = { createThread:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'BudgetExceededError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateThreadSuccess', data: { invitedCount: number, requestedCandidates: number, shortfallReason: string | null, thread: { id: string, title: string } } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type SendThreadMessageMutationVariables = Exact<{
  input: SendThreadMessageInput;
}>;


export type SendThreadMessageMutation = { sendThreadMessage:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'SendThreadMessageSuccess', data: { id: string, body: string } }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AcceptInviteMutationVariables = Exact<{
  input: InviteAnswerInput;
}>;


export type AcceptInviteMutation = { acceptInvite:
    | { __typename: 'AcceptInviteSuccess' }
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'InviteExpiredError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type ThreadMessagesLiveSubscriptionVariables = Exact<{
  threadId: string | number;
}>;


export type ThreadMessagesLiveSubscription = { threadMessageAdded: { id: string, body: string, createdAt: string, sender: { id: string, displayName: string } | null } };

export type WorkItemsQueryVariables = Exact<{
  filter?: WorkItemFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkItemsQuery = { workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: WorkItemStatus, type: WorkItemType, visibility: WorkItemVisibility, dueAt: string | null } }> } };

export type CreateWorkItemMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type CreateWorkItemMutation = { createWorkItem:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateWorkItemSuccess', data: { id: string, title: string, status: WorkItemStatus, visibility: WorkItemVisibility } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CompleteWorkItemMutationVariables = Exact<{
  input: WorkItemRefInput;
}>;


export type CompleteWorkItemMutation = { completeWorkItem:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'CompleteWorkItemSuccess', data: { id: string, status: WorkItemStatus, completedAt: string | null } }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type FilteredWorkItemsQueryVariables = Exact<{
  where?: WorkItemWhere | null | undefined;
  orderBy?: Array<WorkItemOrderBy> | WorkItemOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FilteredWorkItemsQuery = { workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: WorkItemStatus, dueAt: string | null, assignee: { displayName: string } | null } }> } };

export type WorkItemStatsQueryVariables = Exact<{
  workspaceId: string | number;
  where?: WorkItemWhere | null | undefined;
  groupBy: Array<WorkItemGroupBy> | WorkItemGroupBy;
}>;


export type WorkItemStatsQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'EventParticipant' }
    | { __typename: 'HostedEvent' }
    | { __typename: 'InboxItem' }
    | { __typename: 'List' }
    | { __typename: 'ListItem' }
    | { __typename: 'ListMember' }
    | { __typename: 'Relationship' }
    | { __typename: 'RelationshipRequest' }
    | { __typename: 'Room' }
    | { __typename: 'RoomMember' }
    | { __typename: 'Thread' }
    | { __typename: 'ThreadInvite' }
    | { __typename: 'ThreadMessage' }
    | { __typename: 'ThreadParticipant' }
    | { __typename: 'User' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkItem' }
    | { __typename: 'Workspace', name: string, workItemStats: Array<{ count: number, status: WorkItemStatus | null, assignee: { displayName: string } | null }> }
    | { __typename: 'WorkspaceMember' }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiTokenFields on ApiToken {
  id
  name
  tokenPrefix
  scopes
  status
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiTokenFields"}) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const AdminSettingsDocument = new TypedDocumentString(`
    query AdminSettings {
  systemSettings {
    maintenanceMode
    defaultRateLimit
    maxAiCostPerUserDaily
  }
}
    `, {"hash":"sha256:7c8a94b4bc9ce92d544cfddbaf208f99b31c569a9afbad836c2865b6f2d643d1"}) as unknown as TypedDocumentString<AdminSettingsQuery, AdminSettingsQueryVariables>;
export const AdminAuditLogsDocument = new TypedDocumentString(`
    query AdminAuditLogs($filter: AuditLogFilter, $first: Int = 50) {
  auditLogs(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        action
        targetType
        targetId
        createdAt
        actor {
          displayName
        }
      }
    }
  }
}
    `, {"hash":"sha256:0ceec07d791aa69ade2f7a7b4b4d8c996e575928b3d5978c5d1777bf2a2ca432"}) as unknown as TypedDocumentString<AdminAuditLogsQuery, AdminAuditLogsQueryVariables>;
export const AdminAiUsageReportDocument = new TypedDocumentString(`
    query AdminAiUsageReport($from: DateTime!, $to: DateTime!, $groupBy: AiUsageGroupBy!) {
  aiUsageReport(from: $from, to: $to, groupBy: $groupBy) {
    truncated
    total {
      calls
      costUsd
      errorCalls
    }
    rows {
      key
      figures {
        calls
        costUsd
        inputTokens
        outputTokens
      }
    }
  }
}
    `, {"hash":"sha256:328043c1a3bc77f3e4e581ebf7a7ea1ca02d34df85da43a4f70e44a9a33fb959"}) as unknown as TypedDocumentString<AdminAiUsageReportQuery, AdminAiUsageReportQueryVariables>;
export const UpdateSystemSettingDocument = new TypedDocumentString(`
    mutation UpdateSystemSetting($input: UpdateSystemSettingInput!) {
  updateSystemSetting(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"sha256:26260300b93575a202925e05f45eb9a0348f90d5b81dd712e1dd6ffb4beabc7c"}) as unknown as TypedDocumentString<UpdateSystemSettingMutation, UpdateSystemSettingMutationVariables>;
export const AdminOperationStatsDocument = new TypedDocumentString(`
    query AdminOperationStats($from: DateTime!, $to: DateTime!, $groupBy: [OperationStatsGroupBy!]!, $where: OperationStatsFilter, $limit: Int) {
  operationStats(
    from: $from
    to: $to
    groupBy: $groupBy
    where: $where
    limit: $limit
  ) {
    groups {
      operationName
      clientName
      clientVersion
      status
      period
      figures {
        requests
        errors
        errorRate
        p50DurationMs
        p95DurationMs
        meanCost
        maxCost
        d1Statements
        d1RowsRead
        d1RowsWritten
      }
    }
    total {
      requests
      errors
      errorRate
      p50DurationMs
      p95DurationMs
      d1RowsRead
    }
    truncated
  }
}
    `, {"hash":"sha256:d8e14e4612d308a3cc0c6233a9a3043432059372b7290c70e1a4d7aaccf431b3"}) as unknown as TypedDocumentString<AdminOperationStatsQuery, AdminOperationStatsQueryVariables>;
export const AdminFieldUsageDocument = new TypedDocumentString(`
    query AdminFieldUsage($coordinate: String!, $days: Int = 30) {
  fieldUsage(coordinate: $coordinate, days: $days) {
    coordinate
    requests
    lastSeenAt
    deprecationReason
    clients {
      clientName
      requests
      lastSeenAt
    }
  }
}
    `, {"hash":"sha256:0bb9a8781deb2698f071a872a91c090cd6442ec2dbf16ce959a0270ffb38b855"}) as unknown as TypedDocumentString<AdminFieldUsageQuery, AdminFieldUsageQueryVariables>;
export const AdminUsedFieldsDocument = new TypedDocumentString(`
    query AdminUsedFields($days: Int = 30) {
  usedFields(days: $days) {
    coordinate
    days
    since
    requests
    lastSeenAt
    inSchema
    clients {
      clientName
      requests
      lastSeenAt
    }
  }
}
    `, {"hash":"sha256:081a2e00c511d740c3277da4a2820c29a7acbc75bb4837d297c2c50ddc4cb7b1"}) as unknown as TypedDocumentString<AdminUsedFieldsQuery, AdminUsedFieldsQueryVariables>;
export const AdminUnusedFieldsDocument = new TypedDocumentString(`
    query AdminUnusedFields($days: Int = 30) {
  unusedFields(days: $days) {
    coordinate
    deprecationReason
  }
}
    `, {"hash":"sha256:88f666a43440165707ccb83b17f84d2c6a30ec9f41e54b3ce02695441348b47b"}) as unknown as TypedDocumentString<AdminUnusedFieldsQuery, AdminUnusedFieldsQueryVariables>;
export const AdminDeprecatedFieldUsageDocument = new TypedDocumentString(`
    query AdminDeprecatedFieldUsage($days: Int = 30) {
  deprecatedFieldUsage(days: $days) {
    coordinate
    deprecationReason
    requests
    lastSeenAt
    clients {
      clientName
      requests
      lastSeenAt
    }
  }
}
    `, {"hash":"sha256:3439723abb4af416b1cdbd0f65870743174b94b3c3fba19a3cff3edd186cbb61"}) as unknown as TypedDocumentString<AdminDeprecatedFieldUsageQuery, AdminDeprecatedFieldUsageQueryVariables>;
export const ViewerApiTokensDocument = new TypedDocumentString(`
    query ViewerApiTokens($first: Int = 20, $after: String, $includeRevoked: Boolean! = false) {
  viewer {
    id
    apiTokens(first: $first, after: $after, includeRevoked: $includeRevoked) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ApiTokenFields
        }
      }
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  tokenPrefix
  scopes
  status
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`, {"hash":"sha256:f28911cab2c38ad9ca05afabc608e12bd1861b9b31c0cd9099e87537665d6d96"}) as unknown as TypedDocumentString<ViewerApiTokensQuery, ViewerApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    __typename
    ... on CreateApiTokenSuccess {
      data {
        token
        apiToken {
          ...ApiTokenFields
        }
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  tokenPrefix
  scopes
  status
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`, {"hash":"sha256:58d5f583383350a098b0e8fc1812eae6c370211f5d6f4cc541aa7f7addb71463"}) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($input: RevokeApiTokenInput!) {
  revokeApiToken(input: $input) {
    __typename
    ... on RevokeApiTokenSuccess {
      data {
        ...ApiTokenFields
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  name
  tokenPrefix
  scopes
  status
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`, {"hash":"sha256:1c8543b73adf6477b355fe00ee25672e1f9ed8f06eca2c1a534d3aa6d7f4400a"}) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ViewerRateLimitDocument = new TypedDocumentString(`
    query ViewerRateLimit {
  rateLimit {
    cost {
      requested
      limit
    }
    budget {
      limit
      remaining
      resetSeconds
    }
  }
}
    `, {"hash":"sha256:d429a2413d0641046b430cfd3d141ca84ce4df68728fadeb06a33b94f1a764af"}) as unknown as TypedDocumentString<ViewerRateLimitQuery, ViewerRateLimitQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($itemsPerWorkspace: Int = 20) {
  viewer {
    id
    displayName
    workspaceMemberships(first: 10) {
      edges {
        node {
          role
          workspace {
            id
            name
            workItems(first: $itemsPerWorkspace) {
              totalCount
              edges {
                node {
                  id
                  title
                  status
                  visibility
                  owner {
                    displayName
                  }
                  assignee {
                    displayName
                  }
                }
              }
            }
          }
        }
      }
    }
    inbox(first: 5, filter: {read: false}) {
      totalCount
    }
  }
}
    `, {"hash":"sha256:cfd9e6ecf0cd606bdbf54cd06e923db781b40e98d92044c00097a2d2d7fe7d63"}) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox($read: Boolean, $first: Int = 20, $after: String) {
  viewer {
    id
    inbox(filter: {read: $read}, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          body
          isRead
          createdAt
        }
      }
    }
  }
}
    `, {"hash":"sha256:196208e05a2fae93e33fbd27857995587ed990daf6c9d46e5bcc44452c6b62da"}) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const MarkInboxItemReadDocument = new TypedDocumentString(`
    mutation MarkInboxItemRead($input: InboxItemInput!) {
  markInboxItemRead(input: $input) {
    __typename
    ... on MarkInboxItemReadSuccess {
      data {
        id
        isRead
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"sha256:98465b188f022543d124fd944327057e98627cfa673ff096d4f8e42ed6f9843a"}) as unknown as TypedDocumentString<MarkInboxItemReadMutation, MarkInboxItemReadMutationVariables>;
export const InboxUpdatesDocument = new TypedDocumentString(`
    subscription InboxUpdates {
  inboxItemAdded {
    id
    kind
    title
  }
}
    `, {"hash":"sha256:8b7b4c66f3bc0aa6850ba1e3eeba0eef3c10af0c66f5a1313b9772b57b17b5ba"}) as unknown as TypedDocumentString<InboxUpdatesSubscription, InboxUpdatesSubscriptionVariables>;
export const CreateThreadApiDocument = new TypedDocumentString(`
    mutation CreateThreadApi($input: CreateThreadInput!) {
  createThread(input: $input) {
    __typename
    ... on CreateThreadSuccess {
      data {
        thread {
          id
          title
          description
          status
          createdAt
          owner {
            id
            displayName
          }
          workspace {
            id
            name
          }
        }
        invites {
          id
          status
          emailStatus
          candidateName
          candidateReason
          expiresAt
        }
        requestedCandidates
        invitedCount
        shortfallReason
        replayed
      }
    }
    ... on Error {
      message
      code
    }
    ... on ValidationError {
      issues {
        field
        message
      }
    }
    ... on NotFoundError {
      entity
      id
    }
  }
}
    `, {"hash":"sha256:690e781af2b3d401f129e97293352bda2ccee619e59dca9bdb69250c14056deb"}) as unknown as TypedDocumentString<CreateThreadApiMutation, CreateThreadApiMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $types: [SearchType!], $workspaceId: ID, $first: Int = 20, $after: String) {
  search(
    query: $query
    types: $types
    workspaceId: $workspaceId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      rank
      snippet {
        text
        highlights {
          start
          length
        }
      }
      node {
        __typename
        ... on WorkItem {
          id
          title
          status
        }
        ... on ThreadMessage {
          id
          body
          thread {
            id
            title
          }
        }
        ... on List {
          id
          name
        }
        ... on Room {
          id
          name
        }
        ... on User {
          id
          displayName
        }
      }
    }
  }
}
    `, {"hash":"sha256:6dfc14788881f52e680dcd125ca6af1cd6413c1bc2f3a0b12b9f7f6789e56090"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const MyThreadsDocument = new TypedDocumentString(`
    query MyThreads($first: Int = 20) {
  viewer {
    id
    threads(first: $first) {
      totalCount
      edges {
        node {
          id
          title
          status
          unreadCount
        }
      }
    }
    threadInvites(first: 10) {
      edges {
        node {
          id
          status
          expiresAt
        }
      }
    }
  }
}
    `, {"hash":"sha256:babc286e5c4961655767ab61d98ae0781776bd066273438c8e05964ed4258517"}) as unknown as TypedDocumentString<MyThreadsQuery, MyThreadsQueryVariables>;
export const ThreadMessagesDocument = new TypedDocumentString(`
    query ThreadMessages($id: ID!, $last: Int = 50) {
  node(id: $id) {
    ... on Thread {
      id
      title
      participants {
        edges {
          node {
            role
            user {
              displayName
            }
          }
        }
      }
      messages(last: $last) {
        edges {
          node {
            id
            body
            createdAt
            sender {
              displayName
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:568564868fee794d7f73dc9b300f427a8c7b607bf0bc84944f645cc7ef27894b"}) as unknown as TypedDocumentString<ThreadMessagesQuery, ThreadMessagesQueryVariables>;
export const CreateThreadDocument = new TypedDocumentString(`
    mutation CreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    __typename
    ... on CreateThreadSuccess {
      data {
        thread {
          id
          title
        }
        invitedCount
        requestedCandidates
        shortfallReason
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"sha256:463e8ef064653959ce0b1ff0819a1000488f89319573a6f493bddbcae749cb85"}) as unknown as TypedDocumentString<CreateThreadMutation, CreateThreadMutationVariables>;
export const SendThreadMessageDocument = new TypedDocumentString(`
    mutation SendThreadMessage($input: SendThreadMessageInput!) {
  sendThreadMessage(input: $input) {
    __typename
    ... on SendThreadMessageSuccess {
      data {
        id
        body
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"sha256:26b92419f22f1fbe93eab6959206b4e84f18d9c8ffc22e54b401a0190cf7b1d5"}) as unknown as TypedDocumentString<SendThreadMessageMutation, SendThreadMessageMutationVariables>;
export const AcceptInviteDocument = new TypedDocumentString(`
    mutation AcceptInvite($input: InviteAnswerInput!) {
  acceptInvite(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"sha256:82b8094f4a17714300741be1f27a0ac116e99d1c8d8b1c9c1ee9c1f0219fa865"}) as unknown as TypedDocumentString<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const ThreadMessagesLiveDocument = new TypedDocumentString(`
    subscription ThreadMessagesLive($threadId: ID!) {
  threadMessageAdded(threadId: $threadId) {
    id
    body
    createdAt
    sender {
      id
      displayName
    }
  }
}
    `, {"hash":"sha256:d861de7cdbc2e85c2142af7ae44ba90c533d3b12489d3631a76f6e23f107ca70"}) as unknown as TypedDocumentString<ThreadMessagesLiveSubscription, ThreadMessagesLiveSubscriptionVariables>;
export const WorkItemsDocument = new TypedDocumentString(`
    query WorkItems($filter: WorkItemFilter, $first: Int = 20, $after: String) {
  workItems(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        type
        visibility
        dueAt
      }
    }
  }
}
    `, {"hash":"sha256:d79390ad505bece480e100acecf4103ab5ebb637627849c5ba2062ac2899a216"}) as unknown as TypedDocumentString<WorkItemsQuery, WorkItemsQueryVariables>;
export const CreateWorkItemDocument = new TypedDocumentString(`
    mutation CreateWorkItem($input: CreateWorkItemInput!) {
  createWorkItem(input: $input) {
    __typename
    ... on CreateWorkItemSuccess {
      data {
        id
        title
        status
        visibility
      }
    }
    ... on Error {
      code
      message
    }
    ... on ValidationError {
      issues {
        field
        message
      }
    }
  }
}
    `, {"hash":"sha256:c188ac451c92275dbc5dc300fac51cc473fb916e81ec3129ce26fc110fb4f08d"}) as unknown as TypedDocumentString<CreateWorkItemMutation, CreateWorkItemMutationVariables>;
export const CompleteWorkItemDocument = new TypedDocumentString(`
    mutation CompleteWorkItem($input: WorkItemRefInput!) {
  completeWorkItem(input: $input) {
    __typename
    ... on CompleteWorkItemSuccess {
      data {
        id
        status
        completedAt
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `, {"hash":"sha256:b2311765e3bda5834aea569eb57d93cf21df28c3a5960ae8e3dfafd30cfa7c46"}) as unknown as TypedDocumentString<CompleteWorkItemMutation, CompleteWorkItemMutationVariables>;
export const FilteredWorkItemsDocument = new TypedDocumentString(`
    query FilteredWorkItems($where: WorkItemWhere, $orderBy: [WorkItemOrderBy!], $first: Int = 20, $after: String) {
  workItems(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        dueAt
        assignee {
          displayName
        }
      }
    }
  }
}
    `, {"hash":"sha256:1bb7f8ec777a91ffbe10452df488ea11ceba71047700e9387e39fd0f397b9b47"}) as unknown as TypedDocumentString<FilteredWorkItemsQuery, FilteredWorkItemsQueryVariables>;
export const WorkItemStatsDocument = new TypedDocumentString(`
    query WorkItemStats($workspaceId: ID!, $where: WorkItemWhere, $groupBy: [WorkItemGroupBy!]!) {
  node(id: $workspaceId) {
    __typename
    ... on Workspace {
      name
      workItemStats(where: $where, groupBy: $groupBy) {
        count
        status
        assignee {
          displayName
        }
      }
    }
  }
}
    `, {"hash":"sha256:8977cf1e925c4f6561dc7bd4082fc547727b44f97aafb14bdeb28b17f27f1225"}) as unknown as TypedDocumentString<WorkItemStatsQuery, WorkItemStatsQueryVariables>;