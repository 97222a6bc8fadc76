/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new entry for a list. */
export type AddListItemInput = {
  /** The list. */
  listId: string | number;
  /** Its place (0 to 1,000,000,000); omitted: after the last entry. */
  position?: number | null | undefined;
  /** What the entry says, 1-500 characters. */
  title: string;
};

/** A member of the list's workspace to add to the list. */
export type AddListMemberInput = {
  /** How they hear about changes; INSTANT when omitted. */
  deliveryPreference?: DeliveryPreference | null | undefined;
  /** The list. */
  listId: string | number;
  /** EDITOR (the default) or VIEWER. */
  role?: ListRole | null | undefined;
  /** The user: a member of the list's workspace. */
  userId: string | number;
};

/** What an admin may do; each role includes the powers of the ones below it. */
export type AdminRole =
  /** Reads and changes: settings, workspaces, imports. */
  | 'ADMIN'
  /** Everything, and manages admins (grant and revoke). */
  | 'OWNER'
  /** Reads only: admin fields, audit trail, data. */
  | 'SUPPORT';

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

/** Whom a work item is assigned to. */
export type AssignWorkItemInput = {
  /** A member of the item's workspace; null or omitted unassigns it. */
  assigneeId?: string | number | null | undefined;
  /** The work item. */
  workItemId: string | number;
};

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

/** A list member's new delivery preference. */
export type ChangeListMemberDeliveryPreferenceInput = {
  /** The new preference. */
  deliveryPreference: DeliveryPreference;
  /** The list membership (a ListMember ID). */
  memberId: string | number;
};

/** Who else may see a work item. */
export type ChangeWorkItemVisibilityInput = {
  /** The list (of the item's workspace) for QUEST; omitted keeps the item's list, null clears it. */
  listId?: string | number | null | undefined;
  /** The room (of the item's workspace) for ROOM; omitted keeps the item's room, null clears it. */
  roomId?: string | number | null | undefined;
  /** The new scope. */
  visibility: WorkItemVisibility;
  /** The work item. */
  workItemId: string | number;
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

/** A new list in a workspace; the viewer becomes its owner (and first member). */
export type CreateListInput = {
  /** What the list is for (up to 2,000 characters). */
  description?: string | null | undefined;
  /** CHECKLIST (the default) or QUEST. */
  kind?: ListKind | null | undefined;
  /** Display name, 1-100 characters. */
  name: string;
  /** The workspace (you must not be a VIEWER). */
  workspaceId: string | number;
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

/** A new workspace; the viewer becomes its owner. */
export type CreateWorkspaceInput = {
  /** What the workspace is for (up to 2,000 characters). */
  description?: string | null | undefined;
  /** Display name, 1-100 characters. */
  name: string;
  /** Unique URL-safe name (lowercase letters, digits, dashes); derived from the name when omitted. */
  slug?: string | null | undefined;
};

/** How a list member hears, by email, of entries others add to the list or check off (never of their own changes). */
export type DeliveryPreference =
  /** One email a day (sent shortly after 00:15 UTC) listing the previous UTC day’s changes on every list where the member chose this. */
  | 'DAILY_DIGEST'
  /** One email per change, sent within moments of it. */
  | 'INSTANT'
  /** No emails about this list. */
  | 'NONE';

/** How the content is written. */
export type ImportFormat =
  /** RFC 4180 CSV with a header row naming the fields (any case, `_` allowed). */
  | 'CSV'
  /** A JSON array of objects, one per row. */
  | 'JSON';

/** What an import creates. */
export type ImportKind =
  /** Users. Fields: email (required, unique: an existing email is skipped), displayName (required, up to 100 characters), bio, timezone (IANA, like Europe/Paris). */
  | 'USERS'
  /** Work items. Fields: workspaceId, ownerId, title (required); assigneeId, roomId, listId, description, type (task|scheduled), status (todo|in_progress|done|cancelled), visibilityScope (private|room|quest|squad), dueAt (ISO-8601), externalKey (a stable key per workspace; without it a row is known by the file and its row number). Ids are row ids (`wsp_...`) and must exist. */
  | 'WORK_ITEMS';

/** Where an import is. */
export type ImportStatus =
  /** Every row was written or reported. */
  | 'COMPLETED'
  /** Stopped by an unexpected error, or found still running after 30 minutes without progress (its Worker stopped); see failureReason. */
  | 'FAILED'
  /** Created, not started. */
  | 'PENDING'
  /** Rows are being written. A session without progress for 30 minutes is marked FAILED by the sweep: run the file again. */
  | 'RUNNING';

/** One list entry. */
export type ListItemInput = {
  /** The entry. */
  itemId: string | number;
};

/** What a list is for. */
export type ListKind =
  /** A checklist of the workspace: every workspace member sees it. */
  | 'CHECKLIST'
  /** A shared quest: seen by its list members and the workspace owner and admins only. */
  | 'QUEST';

/** What a list member may do. */
export type ListRole =
  /** Adds, completes and removes items. */
  | 'EDITOR'
  /** Owns the list: manages its members. */
  | 'OWNER'
  /** Reads only. */
  | 'VIEWER';

/** What a member is to a room. */
export type RoomRole =
  /** Joined the room. */
  | 'MEMBER'
  /** Created the room or was made its owner. */
  | 'OWNER';

/** A setting the gateway reads on every request. */
export type SystemSettingKey =
  /** Integer 1-100000: requests per minute per viewer. */
  | 'DEFAULT_RATE_LIMIT'
  /** Boolean ("true"/"false"): when true, every request of a non-admin is refused. */
  | 'MAINTENANCE_MODE'
  /** Non-negative number of USD: the AI spend per user per UTC day. */
  | 'MAX_AI_COST_PER_USER_DAILY';

/** Fields to change: omitted ones stay; null clears description, dueAt, startsAt, endsAt. */
export type UpdateWorkItemInput = {
  /** New details; null clears them. */
  description?: string | null | undefined;
  /** A new due date; null clears it. */
  dueAt?: string | null | undefined;
  /** A new end (SCHEDULED items); null clears it. */
  endsAt?: string | null | undefined;
  /** A new start (SCHEDULED items). */
  startsAt?: string | null | undefined;
  /** A new status; DONE sets completedAt, any other clears it. */
  status?: WorkItemStatus | null | undefined;
  /** A new title, 1-200 characters. */
  title?: string | null | undefined;
  /** A new kind; turning SCHEDULED into TASK drops startsAt and endsAt. */
  type?: WorkItemType | null | undefined;
  /** The work item. */
  workItemId: string | number;
};

/** Narrows a list of work items; every field given must match (AND). */
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

/** How a list of work items is sorted (ties broken by id, so pages never overlap). */
export type WorkItemOrder =
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first (the default). */
  | 'CREATED_AT_DESC'
  /** Soonest due first; items without a due date last. */
  | 'DUE_AT_ASC';

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

/** What kind of work item it is. */
export type WorkItemType =
  /** Something at a set time (startsAt-endsAt). */
  | 'SCHEDULED'
  /** Something to do, maybe by a due date. */
  | 'TASK';

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

export type AdminGrantRoleMutationVariables = Exact<{
  u: string | number;
  role: AdminRole;
}>;


export type AdminGrantRoleMutation = { grantAdminRole:
    | { __typename: 'AuthenticationRequiredError', code: string }
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'GrantAdminRoleSuccess', data: { role: AdminRole, user: { id: string }, createdBy: { id: string } | null } }
    | { __typename: 'LastOwnerError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type AdminRevokeRoleMutationVariables = Exact<{
  u: string | number;
}>;


export type AdminRevokeRoleMutation = { revokeAdminRole:
    | { __typename: 'AuthenticationRequiredError', code: string }
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'LastOwnerError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'RevokeAdminRoleSuccess', data: { role: AdminRole } }
    | { __typename: 'ValidationError', code: string }
   };

export type AdminMaintenanceFlagQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMaintenanceFlagQuery = { systemSettings: { maintenanceMode: boolean } };

export type AdminSupportAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSupportAccountsQuery = { admins: { totalCount: number, edges: Array<{ node: { role: AdminRole, user: { id: string } } }> } };

export type AdminSettingsDetailedQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSettingsDetailedQuery = { systemSettings: { maintenanceMode: boolean, maxAiCostPerUserDaily: number, defaultRateLimit: number, entries: Array<{ key: SystemSettingKey, value: string, valueType: string, description: string, updatedAt: string | null, updatedBy: { id: string } | null }> } };

export type AdminUpdateSettingDetailedMutationVariables = Exact<{
  key: SystemSettingKey;
  value: string;
}>;


export type AdminUpdateSettingDetailedMutation = { updateSystemSetting:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateSystemSettingSuccess', data: { key: SystemSettingKey, value: string, valueType: string, updatedBy: { id: string } | null } }
    | { __typename: 'ValidationError', issues: Array<{ field: string, message: string }> }
   };

export type AdminUpdateAiCostLimitMutationVariables = Exact<{
  value: string;
}>;


export type AdminUpdateAiCostLimitMutation = { updateSystemSetting:
    | { __typename: 'AuthenticationRequiredError', code: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'UpdateSystemSettingSuccess', data: { key: SystemSettingKey, value: string } }
    | { __typename: 'ValidationError', code: string }
   };

export type AdminSetMaintenanceMutationVariables = Exact<{
  value: string;
}>;


export type AdminSetMaintenanceMutation = { updateSystemSetting:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateSystemSettingSuccess', data: { value: string } }
    | { __typename: 'ValidationError' }
   };

export type AdminCreateWorkspaceMutationVariables = Exact<{
  name: string;
}>;


export type AdminCreateWorkspaceMutation = { createWorkspace:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateWorkspaceSuccess', data: { name: string } }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type AdminViewerNameQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerNameQuery = { viewer: { displayName: string } | null };

export type AdminPingQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPingQuery = { __typename: 'Query' };

export type AdminUserPrivateDataQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUserPrivateDataQuery = { adminUser: { email: string | null, privateWorkItems: { totalCount: number, edges: Array<{ node: { title: string, visibilityScope: string } }> }, inbox: { totalCount: number, edges: Array<{ node: { title: string } }> } } | null };

export type AdminUserPrivateWorkItemCountQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type AdminUserPrivateWorkItemCountQuery = { adminUser: { privateWorkItems: { totalCount: number } } | null };

export type AdminAuditTrailQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
}>;


export type AdminAuditTrailQuery = { auditLogs: { totalCount: number, edges: Array<{ node: { action: string, targetId: string | null, changes: string | null, requestId: string | null, actor: { id: string } | null } }> } };

export type AdminDailySummariesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AdminDailySummariesQuery = { dailyLogSummaries: { totalCount: number, edges: Array<{ node: { date: string, aiCalls: number, errorCount: number, details: string | null } }> } };

export type AdminStartImportMutationVariables = Exact<{
  kind: ImportKind;
  format: ImportFormat;
  content: string;
}>;


export type AdminStartImportMutation = { startImport:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'StartImportSuccess', data: { id: string, status: ImportStatus, kind: ImportKind, format: ImportFormat, contentHash: string, totalRows: number, processedRows: number, successRows: number, errorRows: number, progress: number, startedBy: { id: string } | null, errors: { totalCount: number, edges: Array<{ node: { rowNumber: number, reason: string, rawRow: string | null } }> } } }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AdminImportSessionAndCompletedQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminImportSessionAndCompletedQuery = { importSession: { id: string, status: ImportStatus, errorRows: number, startedBy: { id: string } | null, errors: { edges: Array<{ node: { rowNumber: number } }> } } | null, importSessions: { edges: Array<{ node: { id: string } }> } };

export type AdminImportSessionOutcomeQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminImportSessionOutcomeQuery = { importSession: { status: ImportStatus, failureReason: string | null, completedAt: string | null, processedRows: number } | null };

export type AdminFailedImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminFailedImportsQuery = { importSessions: { edges: Array<{ node: { id: string } }> } };

export type AdminAiUsageByUserQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AdminAiUsageByUserQuery = { aiUsageReport: { rows: Array<{ key: string | null, figures: { calls: number, successCalls: number, inFlightCalls: number, errorCalls: number } }> } };

export type AdminWorkspacesByNameQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type AdminWorkspacesByNameQuery = { adminWorkspaces: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type AdminWorkspaceCountByNameQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type AdminWorkspaceCountByNameQuery = { adminWorkspaces: { totalCount: number } };

export type AdminSetMemberRoleMutationVariables = Exact<{
  w: string | number;
  u: string | number;
  role: WorkspaceRole;
}>;


export type AdminSetMemberRoleMutation = { adminSetWorkspaceMemberRole:
    | { __typename: 'AdminSetWorkspaceMemberRoleSuccess', data: { role: WorkspaceRole, user: { id: string } } }
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AdminRemoveMemberMutationVariables = Exact<{
  w: string | number;
  u: string | number;
}>;


export type AdminRemoveMemberMutation = { adminRemoveWorkspaceMember:
    | { __typename: 'AdminRemoveWorkspaceMemberSuccess', data: { role: WorkspaceRole } }
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AdminTransferOwnershipMutationVariables = Exact<{
  w: string | number;
  u: string | number;
}>;


export type AdminTransferOwnershipMutation = { adminTransferWorkspaceOwnership:
    | { __typename: 'AdminTransferWorkspaceOwnershipSuccess', data: { owner: { id: string } } }
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AdminInspectWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminInspectWorkspaceQuery = { adminWorkspace: { name: string, owner: { id: string }, members: { totalCount: number, edges: Array<{ node: { role: WorkspaceRole, user: { id: string } } }> } } | null };

export type ApiTokensCreateMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type ApiTokensCreateMutation = { createApiToken:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateApiTokenSuccess', data: { token: string, apiToken: { id: string, name: string, tokenPrefix: string, scopes: Array<ApiTokenScope>, status: ApiTokenStatus, expiresAt: string | null } } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type ApiTokensRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiTokensRevokeMutation = { revokeApiToken:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RevokeApiTokenSuccess', data: { id: string, status: ApiTokenStatus, revokedAt: string | null } }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type ApiTokensListQueryVariables = Exact<{
  includeRevoked?: boolean;
}>;


export type ApiTokensListQuery = { viewer: { apiTokens: { totalCount: number, edges: Array<{ node: { id: string, name: string, tokenPrefix: string, scopes: Array<ApiTokenScope>, status: ApiTokenStatus, lastUsedAt: string | null } }> } | null } | null };

export type ApiTokensUserTokenCountQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiTokensUserTokenCountQuery = { node:
    | { apiTokens: { totalCount: number } | null }
    | Record<PropertyKey, never>
   | null };

export type ApiTokensNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiTokensNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ApiTokensViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensViewerQuery = { viewer: { id: string } | null };

export type ApiTokensPingQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensPingQuery = { __typename: 'Query' };

export type ApiTokensCreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type ApiTokensCreateWorkspaceMutation = { createWorkspace:
    | { __typename: 'AuthenticationRequiredError', code: string }
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'CreateWorkspaceSuccess' }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type ApiTokensSystemSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensSystemSettingsQuery = { systemSettings: { maintenanceMode: boolean } };

export type ReadBatchingWorkspaceListsEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadBatchingWorkspaceListsEventsQuery = { viewer: { workspaceMemberships: { edges: Array<{ node: { workspace: { lists: { totalCount: number, edges: Array<{ node: { id: string, kind: ListKind, owner: { id: string }, workspace: { id: string } | null } }> }, events: { totalCount: number, edges: Array<{ node: { id: string, host: { id: string }, workspace: { id: string } | null } }> } } } }> } } | null };

export type ReadBatchingListChildrenQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadBatchingListChildrenQuery = { node:
    | { lists: { edges: Array<{ node: { id: string, items: { totalCount: number, edges: Array<{ node: { id: string, list: { id: string }, createdBy: { id: string } | null, completedBy: { id: string } | null } }> }, members: { totalCount: number, edges: Array<{ node: { id: string, user: { id: string }, list: { id: string } } }> }, workItems: { totalCount: number, edges: Array<{ node: { id: string, list: { id: string } | null } }> } } }> } }
    | Record<PropertyKey, never>
   | null };

export type ReadBatchingEventParticipantsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReadBatchingEventParticipantsQuery = { node:
    | { events: { edges: Array<{ node: { participants: { totalCount: number, edges: Array<{ node: { id: string, user: { id: string }, event: { id: string } } }> } } }> } }
    | Record<PropertyKey, never>
   | null };

export type ReadBatchingUserConnectionsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReadBatchingUserConnectionsQuery = { nodes: Array<
    | { relationships: { totalCount: number, edges: Array<{ node: { id: string, user: { id: string }, relatedUser: { id: string } } }> }, incomingRequests: { totalCount: number }, outgoingRequests: { totalCount: number }, inbox: { totalCount: number }, listMemberships: { totalCount: number, edges: Array<{ node: { id: string, list: { id: string } } }> }, hostedEvents: { totalCount: number }, eventParticipations: { totalCount: number, edges: Array<{ node: { id: string, event: { id: string } } }> } }
    | Record<PropertyKey, never>
   | null> };

export type ReadBatchingViewerSocialQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadBatchingViewerSocialQuery = { viewer: { inbox: { edges: Array<{ node: { id: string, user: { id: string } } }> }, incomingRequests: { edges: Array<{ node: { id: string, fromUser: { id: string }, toUser: { id: string } } }> }, outgoingRequests: { edges: Array<{ node: { id: string, fromUser: { id: string }, toUser: { id: string } } }> }, relationships: { edges: Array<{ node: { id: string, relatedUser: { id: string } } }> } } | null };

export type ReadBatchingNodeIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReadBatchingNodeIdsQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type ReadBatchingWorkspaceRoomsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReadBatchingWorkspaceRoomsQuery = { nodes: Array<
    | { rooms: { totalCount: number, edges: Array<{ node: { name: string } }> } }
    | Record<PropertyKey, never>
   | null> };

export type ReadBatchingRoomMembersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReadBatchingRoomMembersQuery = { nodes: Array<
    | { members: { totalCount: number, edges: Array<{ node: { role: RoomRole, user: { displayName: string } } }> } }
    | Record<PropertyKey, never>
   | null> };

export type ReadBatchingWorkspaceWorkItemsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReadBatchingWorkspaceWorkItemsQuery = { nodes: Array<
    | { workItems: { totalCount: number, edges: Array<{ node: { title: string } }> } }
    | Record<PropertyKey, never>
   | null> };

export type ReadBatchingRoomWorkItemsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReadBatchingRoomWorkItemsQuery = { nodes: Array<
    | { workItems: { totalCount: number, edges: Array<{ node: { title: string } }> } }
    | Record<PropertyKey, never>
   | null> };

export type ReadBatchingWorkItemParentsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReadBatchingWorkItemParentsQuery = { nodes: Array<
    | { owner: { displayName: string }, assignee: { displayName: string } | null, room: { name: string } | null, workspace: { name: string } | null }
    | Record<PropertyKey, never>
   | null> };

export type ReadBatchingWorkItemPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadBatchingWorkItemPeopleQuery = { workItems: { totalCount: number, edges: Array<{ node: { owner: { displayName: string }, assignee: { displayName: string } | null } }> } };

export type ReadBatchingWorkItemsPagedQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  filter?: WorkItemFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ReadBatchingWorkItemsPagedQuery = { nodes: Array<
    | { workItems: { totalCount: number, pageInfo: { endCursor: string | null }, edges: Array<{ node: { dueAt: string | null } }> } }
    | Record<PropertyKey, never>
   | null> };

export type ListItemDetailFragment = { id: string, title: string, position: number, isCompleted: boolean, completedAt: string | null, completedBy: { id: string } | null, list: { id: string } };

export type CreateListDetailedMutationVariables = Exact<{
  input: CreateListInput;
}>;


export type CreateListDetailedMutation = { createList:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateListSuccess', data: { id: string, name: string, kind: ListKind, owner: { id: string }, workspace: { id: string } | null, members: { totalCount: number, edges: Array<{ node: { role: ListRole, deliveryPreference: DeliveryPreference, user: { id: string } } }> } } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type AddListItemDetailedMutationVariables = Exact<{
  input: AddListItemInput;
}>;


export type AddListItemDetailedMutation = { addListItem:
    | { __typename: 'AddListItemSuccess', data: { id: string, title: string, position: number, isCompleted: boolean, completedAt: string | null, completedBy: { id: string } | null, list: { id: string } } }
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type CompleteListItemDetailedMutationVariables = Exact<{
  input: ListItemInput;
}>;


export type CompleteListItemDetailedMutation = { completeListItem:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'CompleteListItemSuccess', data: { id: string, title: string, position: number, isCompleted: boolean, completedAt: string | null, completedBy: { id: string } | null, list: { id: string } } }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type UncompleteListItemDetailedMutationVariables = Exact<{
  input: ListItemInput;
}>;


export type UncompleteListItemDetailedMutation = { uncompleteListItem:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UncompleteListItemSuccess', data: { id: string, title: string, position: number, isCompleted: boolean, completedAt: string | null, completedBy: { id: string } | null, list: { id: string } } }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type RemoveListItemDetailedMutationVariables = Exact<{
  input: ListItemInput;
}>;


export type RemoveListItemDetailedMutation = { removeListItem:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'RemoveListItemSuccess', data: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type AddListMemberDetailedMutationVariables = Exact<{
  input: AddListMemberInput;
}>;


export type AddListMemberDetailedMutation = { addListMember:
    | { __typename: 'AddListMemberSuccess', data: { id: string, role: ListRole, deliveryPreference: DeliveryPreference, user: { id: string }, list: { id: string } } }
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type ChangeListMemberDeliveryPreferenceDetailedMutationVariables = Exact<{
  input: ChangeListMemberDeliveryPreferenceInput;
}>;


export type ChangeListMemberDeliveryPreferenceDetailedMutation = { changeListMemberDeliveryPreference:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ChangeListMemberDeliveryPreferenceSuccess', data: { deliveryPreference: DeliveryPreference } }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type ListsSeenQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ListsSeenQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type WorkspaceListCountQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceListCountQuery = { node:
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
    | { __typename: 'WorkItem' }
    | { __typename: 'Workspace', lists: { totalCount: number } }
    | { __typename: 'WorkspaceMember' }
   | null };

export type ObservabilityMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ObservabilityMeQuery = { viewer: { id: string } | null };

export type ObservabilityMembershipsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ObservabilityMembershipsQuery = { viewer: { id: string, workspaceMemberships: { totalCount: number } } | null };

export type RateLimitPingQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitPingQuery = { __typename: 'Query' };

export type RateLimitViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitViewerQuery = { viewer: { id: string } | null };

export type WorkItemDetailFragment = { id: string, title: string, description: string | null, type: WorkItemType, status: WorkItemStatus, visibility: WorkItemVisibility, dueAt: string | null, startsAt: string | null, endsAt: string | null, completedAt: string | null, listId: string | null, assignee: { id: string } | null, room: { id: string } | null, workspace: { id: string } | null, owner: { id: string } };

export type WorkItemsPageQueryVariables = Exact<{
  filter?: WorkItemFilter | null | undefined;
  order?: WorkItemOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkItemsPageQuery = { workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { title: string } }> } };

export type NodeSeenQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeSeenQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CreateWorkItemDetailedMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type CreateWorkItemDetailedMutation = { createWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateWorkItemSuccess', data: { id: string, title: string, description: string | null, type: WorkItemType, status: WorkItemStatus, visibility: WorkItemVisibility, dueAt: string | null, startsAt: string | null, endsAt: string | null, completedAt: string | null, listId: string | null, assignee: { id: string } | null, room: { id: string } | null, workspace: { id: string } | null, owner: { id: string } } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdateWorkItemDetailedMutationVariables = Exact<{
  input: UpdateWorkItemInput;
}>;


export type UpdateWorkItemDetailedMutation = { updateWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string }
    | { __typename: 'UpdateWorkItemSuccess', data: { id: string, title: string, description: string | null, type: WorkItemType, status: WorkItemStatus, visibility: WorkItemVisibility, dueAt: string | null, startsAt: string | null, endsAt: string | null, completedAt: string | null, listId: string | null, assignee: { id: string } | null, room: { id: string } | null, workspace: { id: string } | null, owner: { id: string } } }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type ChangeWorkItemVisibilityDetailedMutationVariables = Exact<{
  input: ChangeWorkItemVisibilityInput;
}>;


export type ChangeWorkItemVisibilityDetailedMutation = { changeWorkItemVisibility:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ChangeWorkItemVisibilitySuccess', data: { id: string, title: string, description: string | null, type: WorkItemType, status: WorkItemStatus, visibility: WorkItemVisibility, dueAt: string | null, startsAt: string | null, endsAt: string | null, completedAt: string | null, listId: string | null, assignee: { id: string } | null, room: { id: string } | null, workspace: { id: string } | null, owner: { id: string } } }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type AssignWorkItemDetailedMutationVariables = Exact<{
  input: AssignWorkItemInput;
}>;


export type AssignWorkItemDetailedMutation = { assignWorkItem:
    | { __typename: 'AssignWorkItemSuccess', data: { id: string, title: string, description: string | null, type: WorkItemType, status: WorkItemStatus, visibility: WorkItemVisibility, dueAt: string | null, startsAt: string | null, endsAt: string | null, completedAt: string | null, listId: string | null, assignee: { id: string } | null, room: { id: string } | null, workspace: { id: string } | null, owner: { id: string } } }
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type CompleteWorkItemDetailedMutationVariables = Exact<{
  input: WorkItemRefInput;
}>;


export type CompleteWorkItemDetailedMutation = { completeWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'CompleteWorkItemSuccess', data: { id: string, title: string, description: string | null, type: WorkItemType, status: WorkItemStatus, visibility: WorkItemVisibility, dueAt: string | null, startsAt: string | null, endsAt: string | null, completedAt: string | null, listId: string | null, assignee: { id: string } | null, room: { id: string } | null, workspace: { id: string } | null, owner: { id: string } } }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type DeleteWorkItemDetailedMutationVariables = Exact<{
  input: WorkItemRefInput;
}>;


export type DeleteWorkItemDetailedMutation = { deleteWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'DeleteWorkItemSuccess', data: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

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
export const ListItemDetailFragmentDoc = new TypedDocumentString(`
    fragment ListItemDetail on ListItem {
  id
  title
  position
  isCompleted
  completedAt
  completedBy {
    id
  }
  list {
    id
  }
}
    `, {"fragmentName":"ListItemDetail"}) as unknown as TypedDocumentString<ListItemDetailFragment, unknown>;
export const WorkItemDetailFragmentDoc = new TypedDocumentString(`
    fragment WorkItemDetail on WorkItem {
  id
  title
  description
  type
  status
  visibility
  dueAt
  startsAt
  endsAt
  completedAt
  listId
  assignee {
    id
  }
  room {
    id
  }
  workspace {
    id
  }
  owner {
    id
  }
}
    `, {"fragmentName":"WorkItemDetail"}) as unknown as TypedDocumentString<WorkItemDetailFragment, unknown>;
export const AdminGrantRoleDocument = new TypedDocumentString(`
    mutation AdminGrantRole($u: ID!, $role: AdminRole!) {
  grantAdminRole(input: {userId: $u, role: $role}) {
    __typename
    ... on Error {
      code
    }
    ... on GrantAdminRoleSuccess {
      data {
        role
        user {
          id
        }
        createdBy {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminGrantRoleMutation, AdminGrantRoleMutationVariables>;
export const AdminRevokeRoleDocument = new TypedDocumentString(`
    mutation AdminRevokeRole($u: ID!) {
  revokeAdminRole(input: {userId: $u}) {
    __typename
    ... on Error {
      code
    }
    ... on RevokeAdminRoleSuccess {
      data {
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRevokeRoleMutation, AdminRevokeRoleMutationVariables>;
export const AdminMaintenanceFlagDocument = new TypedDocumentString(`
    query AdminMaintenanceFlag {
  systemSettings {
    maintenanceMode
  }
}
    `) as unknown as TypedDocumentString<AdminMaintenanceFlagQuery, AdminMaintenanceFlagQueryVariables>;
export const AdminSupportAccountsDocument = new TypedDocumentString(`
    query AdminSupportAccounts {
  admins(role: SUPPORT, first: 100) {
    totalCount
    edges {
      node {
        role
        user {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSupportAccountsQuery, AdminSupportAccountsQueryVariables>;
export const AdminSettingsDetailedDocument = new TypedDocumentString(`
    query AdminSettingsDetailed {
  systemSettings {
    maintenanceMode
    maxAiCostPerUserDaily
    defaultRateLimit
    entries {
      key
      value
      valueType
      description
      updatedAt
      updatedBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSettingsDetailedQuery, AdminSettingsDetailedQueryVariables>;
export const AdminUpdateSettingDetailedDocument = new TypedDocumentString(`
    mutation AdminUpdateSettingDetailed($key: SystemSettingKey!, $value: String!) {
  updateSystemSetting(input: {key: $key, value: $value}) {
    __typename
    ... on UpdateSystemSettingSuccess {
      data {
        key
        value
        valueType
        updatedBy {
          id
        }
      }
    }
    ... on ValidationError {
      issues {
        field
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateSettingDetailedMutation, AdminUpdateSettingDetailedMutationVariables>;
export const AdminUpdateAiCostLimitDocument = new TypedDocumentString(`
    mutation AdminUpdateAiCostLimit($value: String!) {
  updateSystemSetting(input: {key: MAX_AI_COST_PER_USER_DAILY, value: $value}) {
    __typename
    ... on UpdateSystemSettingSuccess {
      data {
        key
        value
      }
    }
    ... on Error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateAiCostLimitMutation, AdminUpdateAiCostLimitMutationVariables>;
export const AdminSetMaintenanceDocument = new TypedDocumentString(`
    mutation AdminSetMaintenance($value: String!) {
  updateSystemSetting(input: {key: MAINTENANCE_MODE, value: $value}) {
    __typename
    ... on UpdateSystemSettingSuccess {
      data {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSetMaintenanceMutation, AdminSetMaintenanceMutationVariables>;
export const AdminCreateWorkspaceDocument = new TypedDocumentString(`
    mutation AdminCreateWorkspace($name: String!) {
  createWorkspace(input: {name: $name}) {
    __typename
    ... on CreateWorkspaceSuccess {
      data {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateWorkspaceMutation, AdminCreateWorkspaceMutationVariables>;
export const AdminViewerNameDocument = new TypedDocumentString(`
    query AdminViewerName {
  viewer {
    displayName
  }
}
    `) as unknown as TypedDocumentString<AdminViewerNameQuery, AdminViewerNameQueryVariables>;
export const AdminPingDocument = new TypedDocumentString(`
    query AdminPing {
  __typename
}
    `) as unknown as TypedDocumentString<AdminPingQuery, AdminPingQueryVariables>;
export const AdminUserPrivateDataDocument = new TypedDocumentString(`
    query AdminUserPrivateData($id: ID!) {
  adminUser(id: $id) {
    email
    privateWorkItems {
      totalCount
      edges {
        node {
          title
          visibilityScope
        }
      }
    }
    inbox {
      totalCount
      edges {
        node {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUserPrivateDataQuery, AdminUserPrivateDataQueryVariables>;
export const AdminUserPrivateWorkItemCountDocument = new TypedDocumentString(`
    query AdminUserPrivateWorkItemCount($id: ID!, $first: Int) {
  adminUser(id: $id) {
    privateWorkItems(first: $first) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUserPrivateWorkItemCountQuery, AdminUserPrivateWorkItemCountQueryVariables>;
export const AdminAuditTrailDocument = new TypedDocumentString(`
    query AdminAuditTrail($filter: AuditLogFilter) {
  auditLogs(filter: $filter) {
    totalCount
    edges {
      node {
        action
        targetId
        changes
        actor {
          id
        }
        requestId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAuditTrailQuery, AdminAuditTrailQueryVariables>;
export const AdminDailySummariesDocument = new TypedDocumentString(`
    query AdminDailySummaries($from: String!, $to: String!) {
  dailyLogSummaries(from: $from, to: $to) {
    totalCount
    edges {
      node {
        date
        aiCalls
        errorCount
        details
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminDailySummariesQuery, AdminDailySummariesQueryVariables>;
export const AdminStartImportDocument = new TypedDocumentString(`
    mutation AdminStartImport($kind: ImportKind!, $format: ImportFormat!, $content: String!) {
  startImport(input: {kind: $kind, format: $format, content: $content}) {
    __typename
    ... on Error {
      code
      message
    }
    ... on StartImportSuccess {
      data {
        id
        status
        kind
        format
        contentHash
        totalRows
        processedRows
        successRows
        errorRows
        progress
        startedBy {
          id
        }
        errors(first: 100) {
          totalCount
          edges {
            node {
              rowNumber
              reason
              rawRow
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminStartImportMutation, AdminStartImportMutationVariables>;
export const AdminImportSessionAndCompletedDocument = new TypedDocumentString(`
    query AdminImportSessionAndCompleted($id: ID!) {
  importSession(id: $id) {
    id
    status
    errorRows
    startedBy {
      id
    }
    errors {
      edges {
        node {
          rowNumber
        }
      }
    }
  }
  importSessions(status: COMPLETED, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminImportSessionAndCompletedQuery, AdminImportSessionAndCompletedQueryVariables>;
export const AdminImportSessionOutcomeDocument = new TypedDocumentString(`
    query AdminImportSessionOutcome($id: ID!) {
  importSession(id: $id) {
    status
    failureReason
    completedAt
    processedRows
  }
}
    `) as unknown as TypedDocumentString<AdminImportSessionOutcomeQuery, AdminImportSessionOutcomeQueryVariables>;
export const AdminFailedImportsDocument = new TypedDocumentString(`
    query AdminFailedImports {
  importSessions(status: FAILED, first: 50) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminFailedImportsQuery, AdminFailedImportsQueryVariables>;
export const AdminAiUsageByUserDocument = new TypedDocumentString(`
    query AdminAiUsageByUser($from: DateTime!, $to: DateTime!) {
  aiUsageReport(from: $from, to: $to, groupBy: USER) {
    rows {
      key
      figures {
        calls
        successCalls
        inFlightCalls
        errorCalls
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAiUsageByUserQuery, AdminAiUsageByUserQueryVariables>;
export const AdminWorkspacesByNameDocument = new TypedDocumentString(`
    query AdminWorkspacesByName($name: String) {
  adminWorkspaces(filter: {name: $name}) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminWorkspacesByNameQuery, AdminWorkspacesByNameQueryVariables>;
export const AdminWorkspaceCountByNameDocument = new TypedDocumentString(`
    query AdminWorkspaceCountByName($name: String) {
  adminWorkspaces(filter: {name: $name}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AdminWorkspaceCountByNameQuery, AdminWorkspaceCountByNameQueryVariables>;
export const AdminSetMemberRoleDocument = new TypedDocumentString(`
    mutation AdminSetMemberRole($w: ID!, $u: ID!, $role: WorkspaceRole!) {
  adminSetWorkspaceMemberRole(input: {workspaceId: $w, userId: $u, role: $role}) {
    __typename
    ... on Error {
      code
      message
    }
    ... on AdminSetWorkspaceMemberRoleSuccess {
      data {
        role
        user {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSetMemberRoleMutation, AdminSetMemberRoleMutationVariables>;
export const AdminRemoveMemberDocument = new TypedDocumentString(`
    mutation AdminRemoveMember($w: ID!, $u: ID!) {
  adminRemoveWorkspaceMember(input: {workspaceId: $w, userId: $u}) {
    __typename
    ... on Error {
      code
      message
    }
    ... on AdminRemoveWorkspaceMemberSuccess {
      data {
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRemoveMemberMutation, AdminRemoveMemberMutationVariables>;
export const AdminTransferOwnershipDocument = new TypedDocumentString(`
    mutation AdminTransferOwnership($w: ID!, $u: ID!) {
  adminTransferWorkspaceOwnership(input: {workspaceId: $w, newOwnerId: $u}) {
    __typename
    ... on Error {
      code
      message
    }
    ... on AdminTransferWorkspaceOwnershipSuccess {
      data {
        owner {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminTransferOwnershipMutation, AdminTransferOwnershipMutationVariables>;
export const AdminInspectWorkspaceDocument = new TypedDocumentString(`
    query AdminInspectWorkspace($id: ID!) {
  adminWorkspace(id: $id) {
    name
    owner {
      id
    }
    members {
      totalCount
      edges {
        node {
          role
          user {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminInspectWorkspaceQuery, AdminInspectWorkspaceQueryVariables>;
export const ApiTokensCreateDocument = new TypedDocumentString(`
    mutation ApiTokensCreate($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    __typename
    ... on CreateApiTokenSuccess {
      data {
        token
        apiToken {
          id
          name
          tokenPrefix
          scopes
          status
          expiresAt
        }
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokensCreateMutation, ApiTokensCreateMutationVariables>;
export const ApiTokensRevokeDocument = new TypedDocumentString(`
    mutation ApiTokensRevoke($id: ID!) {
  revokeApiToken(input: {id: $id}) {
    __typename
    ... on RevokeApiTokenSuccess {
      data {
        id
        status
        revokedAt
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokensRevokeMutation, ApiTokensRevokeMutationVariables>;
export const ApiTokensListDocument = new TypedDocumentString(`
    query ApiTokensList($includeRevoked: Boolean! = false) {
  viewer {
    apiTokens(includeRevoked: $includeRevoked) {
      totalCount
      edges {
        node {
          id
          name
          tokenPrefix
          scopes
          status
          lastUsedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokensListQuery, ApiTokensListQueryVariables>;
export const ApiTokensUserTokenCountDocument = new TypedDocumentString(`
    query ApiTokensUserTokenCount($id: ID!) {
  node(id: $id) {
    ... on User {
      apiTokens {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokensUserTokenCountQuery, ApiTokensUserTokenCountQueryVariables>;
export const ApiTokensNodeDocument = new TypedDocumentString(`
    query ApiTokensNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiTokensNodeQuery, ApiTokensNodeQueryVariables>;
export const ApiTokensViewerDocument = new TypedDocumentString(`
    query ApiTokensViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiTokensViewerQuery, ApiTokensViewerQueryVariables>;
export const ApiTokensPingDocument = new TypedDocumentString(`
    query ApiTokensPing {
  __typename
}
    `) as unknown as TypedDocumentString<ApiTokensPingQuery, ApiTokensPingQueryVariables>;
export const ApiTokensCreateWorkspaceDocument = new TypedDocumentString(`
    mutation ApiTokensCreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    __typename
    ... on Error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokensCreateWorkspaceMutation, ApiTokensCreateWorkspaceMutationVariables>;
export const ApiTokensSystemSettingsDocument = new TypedDocumentString(`
    query ApiTokensSystemSettings {
  systemSettings {
    maintenanceMode
  }
}
    `) as unknown as TypedDocumentString<ApiTokensSystemSettingsQuery, ApiTokensSystemSettingsQueryVariables>;
export const ReadBatchingWorkspaceListsEventsDocument = new TypedDocumentString(`
    query ReadBatchingWorkspaceListsEvents {
  viewer {
    workspaceMemberships(first: 100) {
      edges {
        node {
          workspace {
            lists {
              totalCount
              edges {
                node {
                  id
                  kind
                  owner {
                    id
                  }
                  workspace {
                    id
                  }
                }
              }
            }
            events(from: "2029-01-01T00:00:00Z", to: "2031-01-01T00:00:00Z") {
              totalCount
              edges {
                node {
                  id
                  host {
                    id
                  }
                  workspace {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingWorkspaceListsEventsQuery, ReadBatchingWorkspaceListsEventsQueryVariables>;
export const ReadBatchingListChildrenDocument = new TypedDocumentString(`
    query ReadBatchingListChildren($id: ID!) {
  node(id: $id) {
    ... on Workspace {
      lists(first: 100) {
        edges {
          node {
            id
            items {
              totalCount
              edges {
                node {
                  id
                  list {
                    id
                  }
                  createdBy {
                    id
                  }
                  completedBy {
                    id
                  }
                }
              }
            }
            members(role: EDITOR) {
              totalCount
              edges {
                node {
                  id
                  user {
                    id
                  }
                  list {
                    id
                  }
                }
              }
            }
            workItems {
              totalCount
              edges {
                node {
                  id
                  list {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingListChildrenQuery, ReadBatchingListChildrenQueryVariables>;
export const ReadBatchingEventParticipantsDocument = new TypedDocumentString(`
    query ReadBatchingEventParticipants($id: ID!) {
  node(id: $id) {
    ... on Workspace {
      events(first: 100) {
        edges {
          node {
            participants(status: GOING) {
              totalCount
              edges {
                node {
                  id
                  user {
                    id
                  }
                  event {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingEventParticipantsQuery, ReadBatchingEventParticipantsQueryVariables>;
export const ReadBatchingUserConnectionsDocument = new TypedDocumentString(`
    query ReadBatchingUserConnections($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on User {
      relationships {
        totalCount
        edges {
          node {
            id
            user {
              id
            }
            relatedUser {
              id
            }
          }
        }
      }
      incomingRequests(status: PENDING) {
        totalCount
      }
      outgoingRequests {
        totalCount
      }
      inbox(filter: {read: false}) {
        totalCount
      }
      listMemberships(role: EDITOR) {
        totalCount
        edges {
          node {
            id
            list {
              id
            }
          }
        }
      }
      hostedEvents {
        totalCount
      }
      eventParticipations {
        totalCount
        edges {
          node {
            id
            event {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingUserConnectionsQuery, ReadBatchingUserConnectionsQueryVariables>;
export const ReadBatchingViewerSocialDocument = new TypedDocumentString(`
    query ReadBatchingViewerSocial {
  viewer {
    inbox(first: 100) {
      edges {
        node {
          id
          user {
            id
          }
        }
      }
    }
    incomingRequests(first: 100) {
      edges {
        node {
          id
          fromUser {
            id
          }
          toUser {
            id
          }
        }
      }
    }
    outgoingRequests(first: 100, status: DECLINED) {
      edges {
        node {
          id
          fromUser {
            id
          }
          toUser {
            id
          }
        }
      }
    }
    relationships(first: 100) {
      edges {
        node {
          id
          relatedUser {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingViewerSocialQuery, ReadBatchingViewerSocialQueryVariables>;
export const ReadBatchingNodeIdsDocument = new TypedDocumentString(`
    query ReadBatchingNodeIds($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingNodeIdsQuery, ReadBatchingNodeIdsQueryVariables>;
export const ReadBatchingWorkspaceRoomsDocument = new TypedDocumentString(`
    query ReadBatchingWorkspaceRooms($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Workspace {
      rooms {
        totalCount
        edges {
          node {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingWorkspaceRoomsQuery, ReadBatchingWorkspaceRoomsQueryVariables>;
export const ReadBatchingRoomMembersDocument = new TypedDocumentString(`
    query ReadBatchingRoomMembers($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Room {
      members {
        totalCount
        edges {
          node {
            role
            user {
              displayName
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingRoomMembersQuery, ReadBatchingRoomMembersQueryVariables>;
export const ReadBatchingWorkspaceWorkItemsDocument = new TypedDocumentString(`
    query ReadBatchingWorkspaceWorkItems($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Workspace {
      workItems(order: DUE_AT_ASC, filter: {status: [TODO], titleContains: "Item"}) {
        totalCount
        edges {
          node {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingWorkspaceWorkItemsQuery, ReadBatchingWorkspaceWorkItemsQueryVariables>;
export const ReadBatchingRoomWorkItemsDocument = new TypedDocumentString(`
    query ReadBatchingRoomWorkItems($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Room {
      workItems {
        totalCount
        edges {
          node {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingRoomWorkItemsQuery, ReadBatchingRoomWorkItemsQueryVariables>;
export const ReadBatchingWorkItemParentsDocument = new TypedDocumentString(`
    query ReadBatchingWorkItemParents($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on WorkItem {
      owner {
        displayName
      }
      assignee {
        displayName
      }
      room {
        name
      }
      workspace {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingWorkItemParentsQuery, ReadBatchingWorkItemParentsQueryVariables>;
export const ReadBatchingWorkItemPeopleDocument = new TypedDocumentString(`
    query ReadBatchingWorkItemPeople {
  workItems(first: 100) {
    totalCount
    edges {
      node {
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
    `) as unknown as TypedDocumentString<ReadBatchingWorkItemPeopleQuery, ReadBatchingWorkItemPeopleQueryVariables>;
export const ReadBatchingWorkItemsPagedDocument = new TypedDocumentString(`
    query ReadBatchingWorkItemsPaged($ids: [ID!]!, $filter: WorkItemFilter, $after: String) {
  nodes(ids: $ids) {
    ... on Workspace {
      workItems(first: 1, after: $after, order: DUE_AT_ASC, filter: $filter) {
        totalCount
        pageInfo {
          endCursor
        }
        edges {
          node {
            dueAt
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReadBatchingWorkItemsPagedQuery, ReadBatchingWorkItemsPagedQueryVariables>;
export const CreateListDetailedDocument = new TypedDocumentString(`
    mutation CreateListDetailed($input: CreateListInput!) {
  createList(input: $input) {
    __typename
    ... on CreateListSuccess {
      data {
        id
        name
        kind
        owner {
          id
        }
        workspace {
          id
        }
        members {
          totalCount
          edges {
            node {
              role
              deliveryPreference
              user {
                id
              }
            }
          }
        }
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
  }
}
    `) as unknown as TypedDocumentString<CreateListDetailedMutation, CreateListDetailedMutationVariables>;
export const AddListItemDetailedDocument = new TypedDocumentString(`
    mutation AddListItemDetailed($input: AddListItemInput!) {
  addListItem(input: $input) {
    __typename
    ... on AddListItemSuccess {
      data {
        ...ListItemDetail
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
  }
}
    fragment ListItemDetail on ListItem {
  id
  title
  position
  isCompleted
  completedAt
  completedBy {
    id
  }
  list {
    id
  }
}`) as unknown as TypedDocumentString<AddListItemDetailedMutation, AddListItemDetailedMutationVariables>;
export const CompleteListItemDetailedDocument = new TypedDocumentString(`
    mutation CompleteListItemDetailed($input: ListItemInput!) {
  completeListItem(input: $input) {
    __typename
    ... on CompleteListItemSuccess {
      data {
        ...ListItemDetail
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
  }
}
    fragment ListItemDetail on ListItem {
  id
  title
  position
  isCompleted
  completedAt
  completedBy {
    id
  }
  list {
    id
  }
}`) as unknown as TypedDocumentString<CompleteListItemDetailedMutation, CompleteListItemDetailedMutationVariables>;
export const UncompleteListItemDetailedDocument = new TypedDocumentString(`
    mutation UncompleteListItemDetailed($input: ListItemInput!) {
  uncompleteListItem(input: $input) {
    __typename
    ... on UncompleteListItemSuccess {
      data {
        ...ListItemDetail
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
  }
}
    fragment ListItemDetail on ListItem {
  id
  title
  position
  isCompleted
  completedAt
  completedBy {
    id
  }
  list {
    id
  }
}`) as unknown as TypedDocumentString<UncompleteListItemDetailedMutation, UncompleteListItemDetailedMutationVariables>;
export const RemoveListItemDetailedDocument = new TypedDocumentString(`
    mutation RemoveListItemDetailed($input: ListItemInput!) {
  removeListItem(input: $input) {
    __typename
    ... on RemoveListItemSuccess {
      data
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
  }
}
    `) as unknown as TypedDocumentString<RemoveListItemDetailedMutation, RemoveListItemDetailedMutationVariables>;
export const AddListMemberDetailedDocument = new TypedDocumentString(`
    mutation AddListMemberDetailed($input: AddListMemberInput!) {
  addListMember(input: $input) {
    __typename
    ... on AddListMemberSuccess {
      data {
        id
        role
        deliveryPreference
        user {
          id
        }
        list {
          id
        }
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
  }
}
    `) as unknown as TypedDocumentString<AddListMemberDetailedMutation, AddListMemberDetailedMutationVariables>;
export const ChangeListMemberDeliveryPreferenceDetailedDocument = new TypedDocumentString(`
    mutation ChangeListMemberDeliveryPreferenceDetailed($input: ChangeListMemberDeliveryPreferenceInput!) {
  changeListMemberDeliveryPreference(input: $input) {
    __typename
    ... on ChangeListMemberDeliveryPreferenceSuccess {
      data {
        deliveryPreference
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
  }
}
    `) as unknown as TypedDocumentString<ChangeListMemberDeliveryPreferenceDetailedMutation, ChangeListMemberDeliveryPreferenceDetailedMutationVariables>;
export const ListsSeenDocument = new TypedDocumentString(`
    query ListsSeen($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<ListsSeenQuery, ListsSeenQueryVariables>;
export const WorkspaceListCountDocument = new TypedDocumentString(`
    query WorkspaceListCount($id: ID!) {
  node(id: $id) {
    __typename
    ... on Workspace {
      lists {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceListCountQuery, WorkspaceListCountQueryVariables>;
export const ObservabilityMeDocument = new TypedDocumentString(`
    query ObservabilityMe {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<ObservabilityMeQuery, ObservabilityMeQueryVariables>;
export const ObservabilityMembershipsDocument = new TypedDocumentString(`
    query ObservabilityMemberships($first: Int) {
  viewer {
    id
    workspaceMemberships(first: $first) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ObservabilityMembershipsQuery, ObservabilityMembershipsQueryVariables>;
export const RateLimitPingDocument = new TypedDocumentString(`
    query RateLimitPing {
  __typename
}
    `) as unknown as TypedDocumentString<RateLimitPingQuery, RateLimitPingQueryVariables>;
export const RateLimitViewerDocument = new TypedDocumentString(`
    query RateLimitViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<RateLimitViewerQuery, RateLimitViewerQueryVariables>;
export const WorkItemsPageDocument = new TypedDocumentString(`
    query WorkItemsPage($filter: WorkItemFilter, $order: WorkItemOrder, $first: Int, $after: String) {
  workItems(filter: $filter, order: $order, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkItemsPageQuery, WorkItemsPageQueryVariables>;
export const NodeSeenDocument = new TypedDocumentString(`
    query NodeSeen($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<NodeSeenQuery, NodeSeenQueryVariables>;
export const CreateWorkItemDetailedDocument = new TypedDocumentString(`
    mutation CreateWorkItemDetailed($input: CreateWorkItemInput!) {
  createWorkItem(input: $input) {
    __typename
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
    }
    ... on CreateWorkItemSuccess {
      data {
        ...WorkItemDetail
      }
    }
  }
}
    fragment WorkItemDetail on WorkItem {
  id
  title
  description
  type
  status
  visibility
  dueAt
  startsAt
  endsAt
  completedAt
  listId
  assignee {
    id
  }
  room {
    id
  }
  workspace {
    id
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<CreateWorkItemDetailedMutation, CreateWorkItemDetailedMutationVariables>;
export const UpdateWorkItemDetailedDocument = new TypedDocumentString(`
    mutation UpdateWorkItemDetailed($input: UpdateWorkItemInput!) {
  updateWorkItem(input: $input) {
    __typename
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
    }
    ... on UpdateWorkItemSuccess {
      data {
        ...WorkItemDetail
      }
    }
  }
}
    fragment WorkItemDetail on WorkItem {
  id
  title
  description
  type
  status
  visibility
  dueAt
  startsAt
  endsAt
  completedAt
  listId
  assignee {
    id
  }
  room {
    id
  }
  workspace {
    id
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<UpdateWorkItemDetailedMutation, UpdateWorkItemDetailedMutationVariables>;
export const ChangeWorkItemVisibilityDetailedDocument = new TypedDocumentString(`
    mutation ChangeWorkItemVisibilityDetailed($input: ChangeWorkItemVisibilityInput!) {
  changeWorkItemVisibility(input: $input) {
    __typename
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
    }
    ... on ChangeWorkItemVisibilitySuccess {
      data {
        ...WorkItemDetail
      }
    }
  }
}
    fragment WorkItemDetail on WorkItem {
  id
  title
  description
  type
  status
  visibility
  dueAt
  startsAt
  endsAt
  completedAt
  listId
  assignee {
    id
  }
  room {
    id
  }
  workspace {
    id
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<ChangeWorkItemVisibilityDetailedMutation, ChangeWorkItemVisibilityDetailedMutationVariables>;
export const AssignWorkItemDetailedDocument = new TypedDocumentString(`
    mutation AssignWorkItemDetailed($input: AssignWorkItemInput!) {
  assignWorkItem(input: $input) {
    __typename
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
    }
    ... on AssignWorkItemSuccess {
      data {
        ...WorkItemDetail
      }
    }
  }
}
    fragment WorkItemDetail on WorkItem {
  id
  title
  description
  type
  status
  visibility
  dueAt
  startsAt
  endsAt
  completedAt
  listId
  assignee {
    id
  }
  room {
    id
  }
  workspace {
    id
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<AssignWorkItemDetailedMutation, AssignWorkItemDetailedMutationVariables>;
export const CompleteWorkItemDetailedDocument = new TypedDocumentString(`
    mutation CompleteWorkItemDetailed($input: WorkItemRefInput!) {
  completeWorkItem(input: $input) {
    __typename
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
    }
    ... on CompleteWorkItemSuccess {
      data {
        ...WorkItemDetail
      }
    }
  }
}
    fragment WorkItemDetail on WorkItem {
  id
  title
  description
  type
  status
  visibility
  dueAt
  startsAt
  endsAt
  completedAt
  listId
  assignee {
    id
  }
  room {
    id
  }
  workspace {
    id
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<CompleteWorkItemDetailedMutation, CompleteWorkItemDetailedMutationVariables>;
export const DeleteWorkItemDetailedDocument = new TypedDocumentString(`
    mutation DeleteWorkItemDetailed($input: WorkItemRefInput!) {
  deleteWorkItem(input: $input) {
    __typename
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
    }
    ... on DeleteWorkItemSuccess {
      data
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteWorkItemDetailedMutation, DeleteWorkItemDetailedMutationVariables>;