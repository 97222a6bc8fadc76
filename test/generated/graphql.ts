/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where an account stands. */
export type AccountStatus =
  /** In use. */
  | 'ACTIVE'
  /** Deleted (kept for history). */
  | 'DELETED'
  /** Suspended by an admin: cannot sign in. */
  | 'SUSPENDED';

/** Tests an account status. */
export type AccountStatusFilter = {
  /** Is this value. */
  eq?: AccountStatus | null | undefined;
  /** Is one of these values. */
  in?: Array<AccountStatus> | null | undefined;
  /** true: is not set; false: is set. */
  isNull?: boolean | null | undefined;
  /** Is set and is not this value. */
  neq?: AccountStatus | null | undefined;
  /** Is set and is none of these values. */
  notIn?: Array<AccountStatus> | null | undefined;
};

/** A new API key for a provider. */
export type AddAiProviderKeyInput = {
  /** The secret key: stored encrypted, never shown again (only masked). */
  key: string;
  /** GEMINI or OPENAI. */
  provider: AiProvider;
};

/** A new entry for a list. */
export type AddListItemInput = {
  /** The list. */
  listId: string | number;
  /** Its place (0 to 1,000,000,000); omitted: after the last entry (at most 1,000,000,000, where ties are ordered by id). */
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

/** A member to remove from any workspace. */
export type AdminRemoveWorkspaceMemberInput = {
  /** The member (not the owner). */
  userId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** What an admin may do; each role includes the powers of the ones below it. */
export type AdminRole =
  /** Reads and changes: settings, workspaces, imports. */
  | 'ADMIN'
  /** Everything, and manages admins (grant and revoke). */
  | 'OWNER'
  /** Reads only: admin fields, audit trail, data. */
  | 'SUPPORT';

/** What accounts are counted by. */
export type AdminUserGroupBy =
  /** The month (UTC) the account was made. */
  | 'CREATED_MONTH'
  /** The week (Monday, UTC) the account was made. */
  | 'CREATED_WEEK'
  /** Their status. */
  | 'STATUS';

/** One sort key of a list of accounts; later keys break ties of earlier ones, and the id breaks any tie left. */
export type AdminUserOrderBy = {
  /** Which way (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: AdminUserOrderField;
};

/** What the list of accounts can be sorted by. */
export type AdminUserOrderField =
  /** When the account was made. */
  | 'CREATED_AT'
  /** The display name, by code point. */
  | 'DISPLAY_NAME'
  /** When it last changed. */
  | 'UPDATED_AT';

/** A filter over user accounts: every field given must hold (AND); and/or/not combine filters. At most 4 levels of and/or/not and 20 conditions. */
export type AdminUserWhere = {
  /** Every one of these holds. */
  and?: Array<AdminUserWhere> | null | undefined;
  /** When the account was made. */
  createdAt?: DateTimeFilter | null | undefined;
  /** The display name. */
  displayName?: StringFilter | null | undefined;
  /** This does not hold. */
  not?: AdminUserWhere | null | undefined;
  /** At least one of these holds. */
  or?: Array<AdminUserWhere> | null | undefined;
  /** The account status. */
  status?: AccountStatusFilter | null | undefined;
  /** When the account last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** One sort key of a list of workspaces; later keys break ties of earlier ones, and the id breaks any tie left. */
export type AdminWorkspaceOrderBy = {
  /** Which way (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: AdminWorkspaceOrderField;
};

/** What the list of workspaces can be sorted by. */
export type AdminWorkspaceOrderField =
  /** When it was made. */
  | 'CREATED_AT'
  /** The name, by code point. */
  | 'NAME'
  /** When it last changed. */
  | 'UPDATED_AT';

/** A filter over workspaces: every field given must hold (AND); and/or/not combine filters. At most 4 levels of and/or/not and 20 conditions. */
export type AdminWorkspaceWhere = {
  /** Every one of these holds. */
  and?: Array<AdminWorkspaceWhere> | null | undefined;
  /** When it was made. */
  createdAt?: DateTimeFilter | null | undefined;
  /** The name. */
  name?: StringFilter | null | undefined;
  /** This does not hold. */
  not?: AdminWorkspaceWhere | null | undefined;
  /** At least one of these holds. */
  or?: Array<AdminWorkspaceWhere> | null | undefined;
  /** The owner (User IDs). */
  owner?: IdFilter | null | undefined;
  /** The slug. */
  slug?: StringFilter | null | undefined;
  /** When it last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** The span an AI budget covers, in UTC. */
export type AiBudgetPeriod =
  /** One UTC day, from midnight. */
  | 'DAILY'
  /** One calendar month, from the first, UTC. */
  | 'MONTHLY';

/** Routes one feature to a provider and model. */
export type AiFeatureRouteInput = {
  /** The feature: thread_candidates, provider_check. */
  feature: string;
  /** The model; default: that provider's default model. */
  model?: string | null | undefined;
  /** Who answers it; default: the provider being updated. */
  provider?: AiProvider | null | undefined;
};

/** Who answers an AI call. */
export type AiProvider =
  /** Google's Gemini API (generateContent). */
  | 'GEMINI'
  /** The built-in deterministic provider: no network, no cost, always available. */
  | 'LOCAL'
  /** OpenAI's chat completions API. */
  | 'OPENAI';

/** Tests an AI provider. */
export type AiProviderFilter = {
  /** Is this value. */
  eq?: AiProvider | null | undefined;
  /** Is one of these values. */
  in?: Array<AiProvider> | null | undefined;
  /** true: is not set; false: is set. */
  isNull?: boolean | null | undefined;
  /** Is set and is not this value. */
  neq?: AiProvider | null | undefined;
  /** Is set and is none of these values. */
  notIn?: Array<AiProvider> | null | undefined;
};

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

/** Narrows the usage log; all given conditions apply. */
export type AiUsageLogFilter = {
  /** Only this feature. */
  feature?: string | null | undefined;
  /** Made at or after this moment. */
  from?: string | null | undefined;
  /** Only this outcome. */
  outcome?: AiUsageOutcome | null | undefined;
  /** Only this provider. */
  provider?: AiProvider | null | undefined;
  /** Made before this moment. */
  to?: string | null | undefined;
  /** Only this user’s calls. */
  userId?: string | number | null | undefined;
};

/** One sort key of a list of AI calls; later keys break ties of earlier ones, and the id breaks any tie left. */
export type AiUsageLogOrderBy = {
  /** Which way (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: AiUsageLogOrderField;
};

/** What the AI usage log can be sorted by. */
export type AiUsageLogOrderField =
  /** Its cost. */
  | 'COST_USD'
  /** When it was made. */
  | 'CREATED_AT';

/** A filter over AI calls: every field given must hold (AND); and/or/not combine filters. At most 4 levels of and/or/not and 20 conditions. */
export type AiUsageLogWhere = {
  /** Every one of these holds. */
  and?: Array<AiUsageLogWhere> | null | undefined;
  /** Its cost in USD. */
  costUsd?: FloatFilter | null | undefined;
  /** When it was made. */
  createdAt?: DateTimeFilter | null | undefined;
  /** The feature that asked. */
  feature?: StringFilter | null | undefined;
  /** Prompt tokens billed. */
  inputTokens?: FloatFilter | null | undefined;
  /** The model asked. */
  model?: StringFilter | null | undefined;
  /** This does not hold. */
  not?: AiUsageLogWhere | null | undefined;
  /** At least one of these holds. */
  or?: Array<AiUsageLogWhere> | null | undefined;
  /** How it ended. */
  outcome?: AiUsageOutcomeFilter | null | undefined;
  /** Answer tokens billed. */
  outputTokens?: FloatFilter | null | undefined;
  /** Who was called. */
  provider?: AiProviderFilter | null | undefined;
  /** Whose budget paid (User IDs; null for jobs). */
  user?: IdFilter | null | undefined;
};

/** How one AI call ended. */
export type AiUsageOutcome =
  /** This provider failed (HTTP error, timeout, unusable answer), or the call never finished (errorCode `timed_out`): see errorCode. */
  | 'ERROR'
  /** A fallback answered, because the routed provider failed or was disabled or keyless. */
  | 'FALLBACK'
  /** Not made: it could have passed the user’s budget. */
  | 'REFUSED'
  /** The routed provider answered usably. */
  | 'SUCCESS';

/** Tests how a call ended. */
export type AiUsageOutcomeFilter = {
  /** Is this value. */
  eq?: AiUsageOutcome | null | undefined;
  /** Is one of these values. */
  in?: Array<AiUsageOutcome> | null | undefined;
  /** true: is not set; false: is set. */
  isNull?: boolean | null | undefined;
  /** Is set and is not this value. */
  neq?: AiUsageOutcome | null | undefined;
  /** Is set and is none of these values. */
  notIn?: Array<AiUsageOutcome> | null | undefined;
};

/** What AI calls are counted by in aiUsageStats. */
export type AiUsageStatsGroupBy =
  /** The day (UTC) it was made. */
  | 'DAY'
  /** The feature that asked. */
  | 'FEATURE'
  /** The model asked. */
  | 'MODEL'
  /** How it ended. */
  | 'OUTCOME'
  /** Who was called. */
  | 'PROVIDER'
  /** Whose budget paid (null: jobs, deleted users). */
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

/** One sort key of a list of audit entries; later keys break ties of earlier ones, and the id breaks any tie left. */
export type AuditLogOrderBy = {
  /** Which way (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: AuditLogOrderField;
};

/** What the audit trail can be sorted by. */
export type AuditLogOrderField =
  /** The action, by code point. */
  | 'ACTION'
  /** When. */
  | 'CREATED_AT';

/** A filter over audit entries: every field given must hold (AND); and/or/not combine filters. At most 4 levels of and/or/not and 20 conditions. */
export type AuditLogWhere = {
  /** The action, like `workspace.transfer_ownership`. */
  action?: StringFilter | null | undefined;
  /** Who did it (User IDs; null for the system). */
  actor?: IdFilter | null | undefined;
  /** Every one of these holds. */
  and?: Array<AuditLogWhere> | null | undefined;
  /** When. */
  createdAt?: DateTimeFilter | null | undefined;
  /** This does not hold. */
  not?: AuditLogWhere | null | undefined;
  /** At least one of these holds. */
  or?: Array<AuditLogWhere> | null | undefined;
  /** The target: its row id as stored (`wsp_...`). */
  targetId?: StringFilter | null | undefined;
  /** The kind of target, like `Workspace`. */
  targetType?: StringFilter | null | undefined;
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

/** The file to upload, announced before its bytes are sent. */
export type CreateAttachmentUploadInput = {
  /** Its exact size in bytes: the PUT must send exactly this many. */
  byteSize: number;
  /** Its media type: one of SystemSettings.attachmentAllowedTypes. */
  contentType: string;
  /** The file name, 1-255 characters (a path is cut to its last part). */
  filename: string;
  /** The WorkItem (you may edit it) or ThreadMessage (you sent it) to attach the file to. */
  parentId: string | number;
};

/** A new event; the viewer hosts it. */
export type CreateHostedEventInput = {
  /** How many may be GOING at most (1-100,000); omitted: no limit. */
  capacity?: number | null | undefined;
  /** What it is about (up to 5,000 characters). */
  description?: string | null | undefined;
  /** When it ends: after startsAt. */
  endsAt?: string | null | undefined;
  /** Where it happens (up to 300 characters). */
  location?: string | null | undefined;
  /** When it starts. */
  startsAt: string;
  /** The name, 1-200 characters. */
  title: string;
  /** The workspace it belongs to (you must not be a VIEWER); omitted: an unlisted event seen by its host and participants. */
  workspaceId?: string | number | null | undefined;
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

/** A new room in a workspace; the viewer becomes its owner. */
export type CreateRoomInput = {
  /** What the room is for (up to 2,000 characters). */
  description?: string | null | undefined;
  /** Display name, 1-100 characters. */
  name: string;
  /** The workspace. */
  workspaceId: string | number;
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

/** A new webhook endpoint for a workspace the viewer manages. */
export type CreateWebhookEndpointInput = {
  /** What it is for (up to 500 characters). */
  description?: string | null | undefined;
  /** The events it receives; at least one. */
  events: Array<WebhookEventType>;
  /** Where to POST: https:// (http:// to loopback in development), not a private, loopback or link-local address. */
  url: string;
  /** The workspace whose events it receives. */
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

/** A key to delete. */
export type DeleteAiProviderKeyInput = {
  /** The key. */
  keyId: string | number;
};

/** An attachment to delete. */
export type DeleteAttachmentInput = {
  /** The attachment. */
  attachmentId: string | number;
};

/** How a list member hears, by email, of entries others add to the list or check off (never of their own changes). */
export type DeliveryPreference =
  /** One email a day (sent shortly after 00:15 UTC) listing the previous UTC day’s changes on every list where the member chose this. */
  | 'DAILY_DIGEST'
  /** One email per change, sent within moments of it. */
  | 'INSTANT'
  /** No emails about this list. */
  | 'NONE';

/** A participant's answer. */
export type EventParticipantStatus =
  /** Will not come. */
  | 'DECLINED'
  /** Will come: takes a place of the capacity. */
  | 'GOING'
  /** Might come. */
  | 'MAYBE';

/** Tests a number. */
export type FloatFilter = {
  /** Equals this. */
  eq?: number | null | undefined;
  /** More than this. */
  gt?: number | null | undefined;
  /** At least this. */
  gte?: number | null | undefined;
  /** Equals one of these (up to 20). */
  in?: Array<number> | null | undefined;
  /** Less than this. */
  lt?: number | null | undefined;
  /** At most this. */
  lte?: number | null | undefined;
  /** Differs from this. */
  neq?: number | null | undefined;
  /** Equals none of these (up to 20). */
  notIn?: Array<number> | null | undefined;
};

/** Where an event stands. */
export type HostedEventStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Over. */
  | 'COMPLETED'
  /** Coming up (or under way): open to join. */
  | 'SCHEDULED';

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

/** Narrows an inbox; omitted fields do not filter. */
export type InboxFilter = {
  /** true: only archived items; false: only unarchived ones. */
  archived?: boolean | null | undefined;
  /** true: only read items; false: only unread ones. */
  read?: boolean | null | undefined;
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

/** An event to join, and your answer. */
export type JoinHostedEventInput = {
  /** The event. */
  eventId: string | number;
  /** Your answer; GOING when omitted. */
  status?: EventParticipantStatus | null | undefined;
};

/** An event to leave. */
export type LeaveHostedEventInput = {
  /** The event. */
  eventId: string | number;
};

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

/** Messages of a thread that reached the viewer's device. */
export type MarkThreadMessagesDeliveredInput = {
  /** Only these messages (up to 100; an empty list marks none); every pending one when omitted. */
  messageIds?: Array<string | number> | null | undefined;
  /** The thread. */
  threadId: string | number;
};

/** A thread whose messages the viewer has read. */
export type MarkThreadReadInput = {
  /** The thread. */
  threadId: string | number;
};

/** How far a message got with one recipient. */
export type MessageDeliveryStatus =
  /** On the recipient's device. */
  | 'DELIVERED'
  /** Could not be delivered. */
  | 'FAILED'
  /** Sent, not yet fetched by the recipient. */
  | 'PENDING'
  /** Read by the recipient. */
  | 'READ';

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

/** A delivery to send again. */
export type RedeliverWebhookEventInput = {
  /** The WebhookDelivery. */
  deliveryId: string | number;
};

/** How two users know each other. */
export type RelationshipKind =
  /** A colleague. */
  | 'COLLEAGUE'
  /** A friend (what an accepted request creates). */
  | 'FRIEND';

/** A relationship request to answer or withdraw. */
export type RelationshipRequestInput = {
  /** The request. */
  requestId: string | number;
};

/** Where a relationship request stands. */
export type RelationshipRequestStatus =
  /** Accepted: the two users are now related. */
  | 'ACCEPTED'
  /** Withdrawn by the sender. */
  | 'CANCELLED'
  /** Declined by the recipient. */
  | 'DECLINED'
  /** Waiting for the recipient to answer. */
  | 'PENDING';

/** Which of a user's AI budgets to remove. */
export type RemoveAiCostBudgetInput = {
  /** DAILY or MONTHLY. */
  period: AiBudgetPeriod;
  /** The user. */
  userId: string | number;
};

/** A member to remove from a workspace (yourself, to leave it). */
export type RemoveWorkspaceMemberInput = {
  /** The member to remove. */
  userId: string | number;
  /** The workspace. */
  workspaceId: string | number;
};

/** A room to act on. */
export type RoomRefInput = {
  /** The room. */
  roomId: string | number;
};

/** What a member is to a room. */
export type RoomRole =
  /** Joined the room. */
  | 'MEMBER'
  /** Created the room or was made its owner. */
  | 'OWNER';

/** A key's new secret. */
export type RotateAiProviderKeyInput = {
  /** The new secret: stored encrypted. */
  key: string;
  /** The key to rotate. */
  keyId: string | number;
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

/** A request to become related to another user. */
export type SendRelationshipRequestInput = {
  /** A note for them, up to 500 characters. */
  message?: string | null | undefined;
  /** The user to ask (not yourself). */
  toUserId: string | number;
};

/** A message to a thread the viewer takes part in. */
export type SendThreadMessageInput = {
  /** The text, 1-4,000 characters. */
  body: string;
  /** The thread. */
  threadId: string | number;
};

/** A user's AI budget for a period. */
export type SetAiCostBudgetInput = {
  /** The limit in USD (0 blocks paid calls). */
  limitUsd: number;
  /** DAILY or MONTHLY. */
  period: AiBudgetPeriod;
  /** The user. */
  userId: string | number;
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

/** A provider (and optionally a model) to try. */
export type TestAiProviderInput = {
  /** The model; default: the provider's default model. */
  model?: string | null | undefined;
  /** GEMINI or OPENAI. */
  provider: AiProvider;
};

/** What happened in a thread, besides a new message. */
export type ThreadActivityKind =
  /** A participant's client fetched messages (delivery receipts). */
  | 'MESSAGES_DELIVERED'
  /** A participant read the thread (read receipts). */
  | 'MESSAGES_READ'
  /** An invitee accepted and joined the thread. */
  | 'PARTICIPANT_JOINED';

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

/** Changes to one provider; omitted fields keep their value. */
export type UpdateAiProviderSettingsInput = {
  /** The model used when a route names none. */
  defaultModel?: string | null | undefined;
  /** Whether the router may call it. */
  enabled?: boolean | null | undefined;
  /** Who answers when it fails; null removes the fallback (then the local provider). */
  fallbackProvider?: AiProvider | null | undefined;
  /** Replaces all of this provider's feature routes. */
  featureRoutes?: Array<AiFeatureRouteInput> | null | undefined;
  /** GEMINI or OPENAI. */
  provider: AiProvider;
  /** Call deadline in milliseconds, 100-120000. */
  timeoutMs?: number | null | undefined;
};

/** A setting and its new value, validated by the rule of the key. */
export type UpdateSystemSettingInput = {
  /** Which setting. */
  key: SystemSettingKey;
  /** The new value as text: "true"/"false" for MAINTENANCE_MODE, a number >= 0 for MAX_AI_COST_PER_USER_DAILY, an integer 1-100000 for DEFAULT_RATE_LIMIT, an integer number of bytes for ATTACHMENT_MAX_BYTES and WORKSPACE_STORAGE_QUOTA_BYTES, comma-separated media types for ATTACHMENT_ALLOWED_TYPES. */
  value: string;
};

/** What to change on an endpoint; omitted fields stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** A new description; null clears it. */
  description?: string | null | undefined;
  /** Turn it on or off; turning a disabled endpoint on clears its failure count. */
  enabled?: boolean | null | undefined;
  /** The WebhookEndpoint. */
  endpointId: string | number;
  /** The events it receives. */
  events?: Array<WebhookEventType> | null | undefined;
  /** A new URL (same rules as at creation). */
  url?: string | null | undefined;
};

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

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt for about 24 hours failed (or the endpoint was disabled). */
  | 'FAILED'
  /** Being attempted, or waiting for its next attempt. */
  | 'PENDING'
  /** Not sent: the endpoint's owner could not see the subject at delivery time (or it was gone). */
  | 'SKIPPED'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** One endpoint. */
export type WebhookEndpointIdInput = {
  /** The WebhookEndpoint. */
  endpointId: string | number;
};

/** Whether an endpoint receives deliveries. */
export type WebhookEndpointStatus =
  /** Receives nothing (turned off by a manager, or after too many failed deliveries in a row). */
  | 'DISABLED'
  /** Receives deliveries. */
  | 'ENABLED';

/** An event a webhook endpoint may receive: a domain event of its workspace (`work_item.created`...). */
export type WebhookEventType =
  /** `list_item.added` (the payload's `type`). */
  | 'LIST_ITEM_ADDED'
  /** `list_item.completed` (the payload's `type`). */
  | 'LIST_ITEM_COMPLETED'
  /** `workspace_member.added` (the payload's `type`). */
  | 'WORKSPACE_MEMBER_ADDED'
  /** `workspace_member.removed` (the payload's `type`). */
  | 'WORKSPACE_MEMBER_REMOVED'
  /** `work_item.assigned` (the payload's `type`). */
  | 'WORK_ITEM_ASSIGNED'
  /** `work_item.completed` (the payload's `type`). */
  | 'WORK_ITEM_COMPLETED'
  /** `work_item.created` (the payload's `type`). */
  | 'WORK_ITEM_CREATED'
  /** `work_item.deleted` (the payload's `type`). */
  | 'WORK_ITEM_DELETED'
  /** `work_item.updated` (the payload's `type`). */
  | 'WORK_ITEM_UPDATED'
  /** `work_item.visibility_changed` (the payload's `type`). */
  | 'WORK_ITEM_VISIBILITY_CHANGED';

/** How a work item changed. */
export type WorkItemChangeKind =
  /** It was assigned or unassigned. */
  | 'ASSIGNED'
  /** It was marked done. */
  | 'COMPLETED'
  /** It was created. */
  | 'CREATED'
  /** It was deleted (only its id remains). */
  | 'DELETED'
  /** Some of its fields changed. */
  | 'UPDATED'
  /** Its visibility scope changed. */
  | 'VISIBILITY_CHANGED';

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

/** How a list of work items is sorted (ties broken by id, so pages never overlap). */
export type WorkItemOrder =
  /** Oldest first. */
  | 'CREATED_AT_ASC'
  /** Newest first (the default). */
  | 'CREATED_AT_DESC'
  /** Soonest due first; items without a due date last. */
  | 'DUE_AT_ASC';

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

/** A user in a workspace, and the role to give them. */
export type WorkspaceMemberInput = {
  /** The role (not OWNER: ownership is transferred, not granted). */
  role: WorkspaceRole;
  /** The user. */
  userId: string | number;
  /** The workspace. */
  workspaceId: string | number;
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

export type AccessNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessNodeQuery = { node:
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
    | { id: string }
    | { id: string }
   | null };

export type AccessNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AccessNodesQuery = { nodes: Array<
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
    | { id: string }
    | { id: string }
   | null> };

export type AccessWorkspaceWorkItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessWorkspaceWorkItemsQuery = { node:
    | { workItems: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessListWorkItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessListWorkItemsQuery = { node:
    | { workItems: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessWorkspaceMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessWorkspaceMembersQuery = { node:
    | { members: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessWorkspaceRoomsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessWorkspaceRoomsQuery = { node:
    | { rooms: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessRoomMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessRoomMembersQuery = { node:
    | { members: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessWorkspaceListsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessWorkspaceListsQuery = { node:
    | { lists: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessListItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessListItemsQuery = { node:
    | { items: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessListMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessListMembersQuery = { node:
    | { members: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserListMembershipsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserListMembershipsQuery = { node:
    | { listMemberships: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessWorkspaceEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessWorkspaceEventsQuery = { node:
    | { events: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserHostedEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserHostedEventsQuery = { node:
    | { hostedEvents: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessHostedEventParticipantsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessHostedEventParticipantsQuery = { node:
    | { participants: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserEventParticipationsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserEventParticipationsQuery = { node:
    | { eventParticipations: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserRelationshipsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserRelationshipsQuery = { node:
    | { relationships: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserInboxQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserInboxQuery = { node:
    | { inbox: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessThreadParticipantsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessThreadParticipantsQuery = { node:
    | { participants: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessThreadInvitesQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessThreadInvitesQuery = { node:
    | { invites: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessThreadMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessThreadMessagesQuery = { node:
    | { messages: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserApiTokensQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserApiTokensQuery = { node:
    | { apiTokens: { totalCount: number, edges: Array<{ node: { id: string } }> } | null }
    | Record<PropertyKey, never>
   | null };

export type AccessUserOutgoingRequestsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserOutgoingRequestsQuery = { node:
    | { outgoingRequests: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserIncomingRequestsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserIncomingRequestsQuery = { node:
    | { incomingRequests: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserThreadsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserThreadsQuery = { node:
    | { threads: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserThreadInvitesQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserThreadInvitesQuery = { node:
    | { threadInvites: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserWorkspaceMembershipsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserWorkspaceMembershipsQuery = { node:
    | { workspaceMemberships: { edges: Array<{ node: { workspace: { id: string } } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessThreadInviteEmailErrorQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessThreadInviteEmailErrorQuery = { node:
    | { emailError: string | null }
    | Record<PropertyKey, never>
   | null };

export type AccessThreadMessageDeliveriesQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessThreadMessageDeliveriesQuery = { node:
    | { deliveries: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserEmailQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserEmailQuery = { node:
    | { email: string | null }
    | Record<PropertyKey, never>
   | null };

export type AccessUserAiUsageQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserAiUsageQuery = { node:
    | { aiUsage: { todayUsd: number } | null }
    | Record<PropertyKey, never>
   | null };

export type AccessViewerInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerInboxQuery = { viewer: { inbox: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export type AccessViewerIncomingRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerIncomingRequestsQuery = { viewer: { incomingRequests: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export type AccessViewerOutgoingRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerOutgoingRequestsQuery = { viewer: { outgoingRequests: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export type AccessViewerRelationshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessViewerRelationshipsQuery = { viewer: { relationships: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export type AccessUserUnreadInboxQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserUnreadInboxQuery = { node:
    | { inbox: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserPendingIncomingRequestsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserPendingIncomingRequestsQuery = { node:
    | { incomingRequests: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessAdminsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAdminsCountQuery = { admins: { totalCount: number } };

export type AccessAuditLogsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAuditLogsCountQuery = { auditLogs: { totalCount: number } };

export type AccessSystemSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessSystemSettingsQuery = { systemSettings: { maintenanceMode: boolean, defaultRateLimit: number } };

export type AccessAdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessAdminUserQuery = { adminUser: { id: string, privateWorkItems: { totalCount: number } } | null };

export type AccessAdminUserIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessAdminUserIdQuery = { adminUser: { id: string } | null };

export type AccessAdminWorkspacesCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAdminWorkspacesCountQuery = { adminWorkspaces: { totalCount: number } };

export type AccessAdminWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessAdminWorkspaceQuery = { adminWorkspace: { id: string, members: { totalCount: number } } | null };

export type AccessImportSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessImportSessionQuery = { importSession: { id: string } | null };

export type AccessImportSessionsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessImportSessionsCountQuery = { importSessions: { totalCount: number } };

export type AccessDailyLogSummariesCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessDailyLogSummariesCountQuery = { dailyLogSummaries: { totalCount: number } };

export type AccessOperationStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessOperationStatsQuery = { operationStats: { total: { requests: number } } };

export type AccessFieldUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessFieldUsageQuery = { fieldUsage: { requests: number } };

export type AccessUsedFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessUsedFieldsQuery = { usedFields: Array<{ coordinate: string }> };

export type AccessUnusedFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessUnusedFieldsQuery = { unusedFields: Array<{ coordinate: string }> };

export type AccessDeprecatedFieldUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessDeprecatedFieldUsageQuery = { deprecatedFieldUsage: Array<{ coordinate: string }> };

export type AccessUpdateSystemSettingMutationVariables = Exact<{ [key: string]: never; }>;


export type AccessUpdateSystemSettingMutation = { updateSystemSetting:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UpdateSystemSettingSuccess' }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AccessStartImportMutationVariables = Exact<{
  content: string;
}>;


export type AccessStartImportMutation = { startImport:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'StartImportSuccess' }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AccessAdminSetWorkspaceMemberRoleMutationVariables = Exact<{
  w: string | number;
  u: string | number;
}>;


export type AccessAdminSetWorkspaceMemberRoleMutation = { adminSetWorkspaceMemberRole:
    | { __typename: 'AdminSetWorkspaceMemberRoleSuccess' }
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AccessAdminRemoveWorkspaceMemberMutationVariables = Exact<{
  w: string | number;
  u: string | number;
}>;


export type AccessAdminRemoveWorkspaceMemberMutation = { adminRemoveWorkspaceMember:
    | { __typename: 'AdminRemoveWorkspaceMemberSuccess' }
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AccessAdminTransferWorkspaceOwnershipMutationVariables = Exact<{
  w: string | number;
  u: string | number;
}>;


export type AccessAdminTransferWorkspaceOwnershipMutation = { adminTransferWorkspaceOwnership:
    | { __typename: 'AdminTransferWorkspaceOwnershipSuccess' }
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AccessGrantAdminRoleMutationVariables = Exact<{
  u: string | number;
}>;


export type AccessGrantAdminRoleMutation = { grantAdminRole:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'GrantAdminRoleSuccess' }
    | { __typename: 'LastOwnerError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AccessRevokeAdminRoleMutationVariables = Exact<{
  u: string | number;
}>;


export type AccessRevokeAdminRoleMutation = { revokeAdminRole:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'LastOwnerError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RevokeAdminRoleSuccess' }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AccessCreateApiTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type AccessCreateApiTokenMutation = { createApiToken:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateApiTokenSuccess', data: { token: string } }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type AccessCreateWorkItemMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type AccessCreateWorkItemMutation = { createWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateWorkItemSuccess', data: { id: string, listId: string | null, room: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string }> }
   };

export type AccessChangeWorkItemVisibilityMutationVariables = Exact<{
  input: ChangeWorkItemVisibilityInput;
}>;


export type AccessChangeWorkItemVisibilityMutation = { changeWorkItemVisibility:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ChangeWorkItemVisibilitySuccess', data: { id: string, visibility: WorkItemVisibility, listId: string | null } }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string }> }
   };

export type AccessAssignWorkItemMutationVariables = Exact<{
  input: AssignWorkItemInput;
}>;


export type AccessAssignWorkItemMutation = { assignWorkItem:
    | { __typename: 'AssignWorkItemSuccess', data: { assignee: { id: string } | null } }
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string }> }
   };

export type AccessAddListMemberMutationVariables = Exact<{
  input: AddListMemberInput;
}>;


export type AccessAddListMemberMutation = { addListMember:
    | { __typename: 'AddListMemberSuccess' }
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string, entity: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string }> }
   };

export type AccessRemoveWorkspaceMemberMutationVariables = Exact<{
  input: RemoveWorkspaceMemberInput;
}>;


export type AccessRemoveWorkspaceMemberMutation = { removeWorkspaceMember:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'RemoveWorkspaceMemberSuccess' }
    | { __typename: 'ValidationError' }
   };

export type AccessUpdateWorkItemMutationVariables = Exact<{
  input: UpdateWorkItemInput;
}>;


export type AccessUpdateWorkItemMutation = { updateWorkItem:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateWorkItemSuccess' }
    | { __typename: 'ValidationError' }
   };

export type AccessListWorkItemTitlesQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessListWorkItemTitlesQuery = { node:
    | { workItems: { totalCount: number, edges: Array<{ node: { title: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessWorkItemFieldsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessWorkItemFieldsQuery = { node:
    | { title: string, visibility: WorkItemVisibility }
    | Record<PropertyKey, never>
   | null };

export type AccessWorkItemTitleQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessWorkItemTitleQuery = { node:
    | { title: string }
    | Record<PropertyKey, never>
   | null };

export type AccessSearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
}>;


export type AccessSearchQuery = { search: { totalCount: number, edges: Array<{ node:
        | { __typename: 'List', id: string }
        | { __typename: 'Room', id: string }
        | { __typename: 'ThreadMessage', id: string }
        | { __typename: 'User', id: string }
        | { __typename: 'WorkItem', id: string }
       }> } };

export type AccessWorkspaceWebhookEndpointsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessWorkspaceWebhookEndpointsQuery = { node:
    | { webhookEndpoints: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessUserWebhookEndpointsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessUserWebhookEndpointsQuery = { node:
    | { webhookEndpoints: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessWebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
}>;


export type AccessWebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type AccessWorkItemAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessWorkItemAttachmentsQuery = { node:
    | { attachments: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AccessMessageAttachmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccessMessageAttachmentsQuery = { node:
    | { attachments: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

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

export type UpdateAiProviderSettingsDetailedMutationVariables = Exact<{
  input: UpdateAiProviderSettingsInput;
}>;


export type UpdateAiProviderSettingsDetailedMutation = { updateAiProviderSettings:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'UpdateAiProviderSettingsSuccess', data: { provider: AiProvider, enabled: boolean, available: boolean, defaultModel: string, fallbackProvider: AiProvider | null, timeoutMs: number, featureRoutes: Array<{ feature: string, provider: AiProvider, model: string | null }> } }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type AddAiProviderKeyDetailedMutationVariables = Exact<{
  input: AddAiProviderKeyInput;
}>;


export type AddAiProviderKeyDetailedMutation = { addAiProviderKey:
    | { __typename: 'AddAiProviderKeySuccess', data: { id: string, provider: AiProvider, maskedPreview: string, active: boolean } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type RotateAiProviderKeyDetailedMutationVariables = Exact<{
  input: RotateAiProviderKeyInput;
}>;


export type RotateAiProviderKeyDetailedMutation = { rotateAiProviderKey:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'RotateAiProviderKeySuccess', data: { id: string, maskedPreview: string, active: boolean, rotatedAt: string | null } }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type DeleteAiProviderKeyDetailedMutationVariables = Exact<{
  input: DeleteAiProviderKeyInput;
}>;


export type DeleteAiProviderKeyDetailedMutation = { deleteAiProviderKey:
    | { __typename: 'DeleteAiProviderKeySuccess', data: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type AiProviderSettingsWithKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AiProviderSettingsWithKeysQuery = { aiProviderSettings: Array<{ provider: AiProvider, configured: boolean, enabled: boolean, available: boolean, defaultModel: string, fallbackProvider: AiProvider | null, timeoutMs: number, featureRoutes: Array<{ feature: string, provider: AiProvider, model: string | null }>, keys: Array<{ id: string, provider: AiProvider, maskedPreview: string, active: boolean, rotatedAt: string | null, createdBy: { id: string } | null }> }> };

export type TestAiProviderDetailedMutationVariables = Exact<{
  input: TestAiProviderInput;
}>;


export type TestAiProviderDetailedMutation = { testAiProvider:
    | { __typename: 'BudgetExceededError', message: string, code: string, period: AiBudgetPeriod, limitUsd: number, spentUsd: number, estimateUsd: number }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'TestAiProviderSuccess', data: { provider: AiProvider, model: string, ok: boolean, errorCode: string | null } }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type CreateThreadWithinBudgetMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CreateThreadWithinBudgetMutation = { createThread:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'BudgetExceededError', code: string, message: string, period: AiBudgetPeriod, limitUsd: number }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateThreadSuccess', data: { invitedCount: number, thread: { id: string } } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AiUsageOfViewerAndOtherQueryVariables = Exact<{
  other: string | number;
}>;


export type AiUsageOfViewerAndOtherQuery = { viewer: { aiUsage: { todayUsd: number, monthUsd: number, todayCalls: number, monthCalls: number, dailyLimitUsd: number, monthlyLimitUsd: number | null, byFeature: Array<{ feature: string, todayUsd: number, monthUsd: number, monthCalls: number }> } | null } | null, node:
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
    | { __typename: 'User', aiUsage: { todayUsd: number } | null }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkItem' }
    | { __typename: 'Workspace' }
    | { __typename: 'WorkspaceMember' }
   | null };

export type AiUsageReportDetailedQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: AiUsageGroupBy;
  limit?: number | null | undefined;
}>;


export type AiUsageReportDetailedQuery = { aiUsageReport: { groupBy: AiUsageGroupBy, truncated: boolean, rows: Array<{ key: string | null, user: { displayName: string } | null, figures: { calls: number, successCalls: number, fallbackCalls: number, refusedCalls: number, inputTokens: number, costUsd: number } }>, total: { calls: number, costUsd: number, refusedCalls: number } } };

export type AiUsageLogsPageQueryVariables = Exact<{
  filter?: AiUsageLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AiUsageLogsPageQuery = { aiUsageLogs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { feature: string, provider: AiProvider, model: string, costUsd: number, outcome: AiUsageOutcome, createdAt: string, user: { displayName: string } | null } }> } };

export type SetAiCostBudgetDetailedMutationVariables = Exact<{
  input: SetAiCostBudgetInput;
}>;


export type SetAiCostBudgetDetailedMutation = { setAiCostBudget:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'SetAiCostBudgetSuccess', data: { period: AiBudgetPeriod, limitUsd: number, user: { displayName: string } } }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type AiCostBudgetsOfQueryVariables = Exact<{
  userId?: string | number | null | undefined;
}>;


export type AiCostBudgetsOfQuery = { aiCostBudgets: { totalCount: number, edges: Array<{ node: { period: AiBudgetPeriod, limitUsd: number } }> } };

export type RemoveAiCostBudgetDetailedMutationVariables = Exact<{
  input: RemoveAiCostBudgetInput;
}>;


export type RemoveAiCostBudgetDetailedMutation = { removeAiCostBudget:
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'RemoveAiCostBudgetSuccess', data: { period: AiBudgetPeriod, limitUsd: number } }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type AiUsageSpendFragment = { costUsd: number };

export type AiUsageReportFewFiguresQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: AiUsageGroupBy;
}>;


export type AiUsageReportFewFiguresQuery = { aiUsageReport: { rows: Array<{ key: string | null, figures: { costUsd: number, n: number } }>, total: { refusedCalls: number, costUsd: number } } };

export type AnalyticsItemFieldsFragment = { status: WorkItemStatus, createdAt: string, heading: string };

export type AnalyticsItemDatesFragment = { createdAt: string };

export type AnalyticsItemThroughFragmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type AnalyticsItemThroughFragmentsQuery = { item:
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
    | { __typename: 'WorkItem', status: WorkItemStatus, createdAt: string, heading: string }
    | { __typename: 'Workspace' }
    | { __typename: 'WorkspaceMember' }
   | null };

export type AnalyticsViewerNameQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsViewerNameQuery = { me: { displayName: string } | null };

export type AnalyticsOperationStatsQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: Array<OperationStatsGroupBy> | OperationStatsGroupBy;
  where?: OperationStatsFilter | null | undefined;
}>;


export type AnalyticsOperationStatsQuery = { operationStats: { truncated: boolean, groups: Array<{ operationName: string | null, documents: number | null, clientName: string | null, clientVersion: string | null, status: OperationStatus | null, period: string | null, figures: { requests: number, errors: number, errorRate: number, p50DurationMs: number | null, p95DurationMs: number | null, meanDurationMs: number | null, maxDurationMs: number, meanCost: number | null, maxCost: number, d1Statements: number, d1RowsRead: number, d1RowsWritten: number } }>, total: { requests: number, errors: number, errorRate: number, p50DurationMs: number | null, p95DurationMs: number | null, meanDurationMs: number | null, maxDurationMs: number, meanCost: number | null, maxCost: number, d1Statements: number, d1RowsRead: number, d1RowsWritten: number } } };

export type AnalyticsFiguresFragment = { requests: number, errors: number, errorRate: number, p50DurationMs: number | null, p95DurationMs: number | null, meanDurationMs: number | null, maxDurationMs: number, meanCost: number | null, maxCost: number, d1Statements: number, d1RowsRead: number, d1RowsWritten: number };

export type AnalyticsFieldUsageQueryVariables = Exact<{
  coordinate: string;
  days?: number | null | undefined;
}>;


export type AnalyticsFieldUsageQuery = { fieldUsage: { coordinate: string, days: number, requests: number, lastSeenAt: string | null, inSchema: boolean, deprecationReason: string | null, clients: Array<{ clientName: string, requests: number, lastSeenAt: string }> } };

export type AnalyticsUsedFieldsQueryVariables = Exact<{
  days?: number | null | undefined;
}>;


export type AnalyticsUsedFieldsQuery = { usedFields: Array<{ coordinate: string, days: number, requests: number, lastSeenAt: string | null, inSchema: boolean, deprecationReason: string | null, clients: Array<{ clientName: string, requests: number, lastSeenAt: string }> }> };

export type AnalyticsUnusedFieldsQueryVariables = Exact<{
  days?: number | null | undefined;
}>;


export type AnalyticsUnusedFieldsQuery = { unusedFields: Array<{ coordinate: string, requests: number }> };

export type AnalyticsDeprecatedFieldUsageQueryVariables = Exact<{
  days?: number | null | undefined;
}>;


export type AnalyticsDeprecatedFieldUsageQuery = { deprecatedFieldUsage: Array<{ coordinate: string, days: number, requests: number, lastSeenAt: string | null, inSchema: boolean, deprecationReason: string | null, clients: Array<{ clientName: string, requests: number, lastSeenAt: string }> }> };

export type AnalyticsUsageFragment = { coordinate: string, days: number, requests: number, lastSeenAt: string | null, inSchema: boolean, deprecationReason: string | null, clients: Array<{ clientName: string, requests: number, lastSeenAt: string }> };

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

type AttachmentErrors_AuthenticationRequiredError_Fragment = { __typename: 'AuthenticationRequiredError', code: string, message: string };

type AttachmentErrors_BaseError_Fragment = { __typename: 'BaseError', code: string, message: string };

type AttachmentErrors_BudgetExceededError_Fragment = { __typename: 'BudgetExceededError', code: string, message: string };

type AttachmentErrors_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string };

type AttachmentErrors_EventFullError_Fragment = { __typename: 'EventFullError', code: string, message: string };

type AttachmentErrors_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string };

type AttachmentErrors_InviteExpiredError_Fragment = { __typename: 'InviteExpiredError', code: string, message: string };

type AttachmentErrors_LastOwnerError_Fragment = { __typename: 'LastOwnerError', code: string, message: string };

type AttachmentErrors_MaintenanceModeError_Fragment = { __typename: 'MaintenanceModeError', code: string, message: string };

type AttachmentErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string };

type AttachmentErrors_StorageQuotaExceededError_Fragment = { __typename: 'StorageQuotaExceededError', usedBytes: number, quotaBytes: number, requestedBytes: number, code: string, message: string };

type AttachmentErrors_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, issues: Array<{ field: string, message: string }> };

export type AttachmentErrorsFragment =
  | AttachmentErrors_AuthenticationRequiredError_Fragment
  | AttachmentErrors_BaseError_Fragment
  | AttachmentErrors_BudgetExceededError_Fragment
  | AttachmentErrors_ConflictError_Fragment
  | AttachmentErrors_EventFullError_Fragment
  | AttachmentErrors_ForbiddenError_Fragment
  | AttachmentErrors_InviteExpiredError_Fragment
  | AttachmentErrors_LastOwnerError_Fragment
  | AttachmentErrors_MaintenanceModeError_Fragment
  | AttachmentErrors_NotFoundError_Fragment
  | AttachmentErrors_StorageQuotaExceededError_Fragment
  | AttachmentErrors_ValidationError_Fragment
;

export type AttachmentFieldsFragment = { id: string, filename: string, contentType: string, byteSize: number, sha256: string, downloadUrl: string, createdAt: string, uploader: { id: string } | null };

export type AttachmentCreateUploadMutationVariables = Exact<{
  input: CreateAttachmentUploadInput;
}>;


export type AttachmentCreateUploadMutation = { createAttachmentUpload:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'CreateAttachmentUploadSuccess', data: { attachmentId: string, uploadUrl: string, expiresAt: string } }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'StorageQuotaExceededError', usedBytes: number, quotaBytes: number, requestedBytes: number, code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, issues: Array<{ field: string, message: string }> }
   };

export type AttachmentDeleteMutationVariables = Exact<{
  input: DeleteAttachmentInput;
}>;


export type AttachmentDeleteMutation = { deleteAttachment:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'DeleteAttachmentSuccess', data: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, issues: Array<{ field: string, message: string }> }
   };

export type AttachmentDeleteWorkItemMutationVariables = Exact<{
  input: WorkItemRefInput;
}>;


export type AttachmentDeleteWorkItemMutation = { deleteWorkItem:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteWorkItemSuccess' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type AttachmentsOfItemQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentsOfItemQuery = { node:
    | { attachments: { totalCount: number, edges: Array<{ node: { id: string, filename: string, contentType: string, byteSize: number, sha256: string, downloadUrl: string, createdAt: string, uploader: { id: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type AttachmentsOfMessageQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentsOfMessageQuery = { node:
    | { attachments: { totalCount: number, edges: Array<{ node: { id: string, filename: string, contentType: string, byteSize: number, sha256: string, downloadUrl: string, createdAt: string, uploader: { id: string } | null } }> } }
    | Record<PropertyKey, never>
   | null };

export type AttachmentsOfItemsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AttachmentsOfItemsQuery = { nodes: Array<
    | { id: string, attachments: { edges: Array<{ node: { id: string, byteSize: number, uploader: { id: string } | null } }> } }
    | Record<PropertyKey, never>
   | null> };

export type AttachmentStorageQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentStorageQuery = { node:
    | { attachmentStorage: { usedBytes: number, attachmentCount: number, quotaBytes: number } | null }
    | Record<PropertyKey, never>
   | null };

export type AttachmentSettingMutationVariables = Exact<{
  input: UpdateSystemSettingInput;
}>;


export type AttachmentSettingMutation = { updateSystemSetting:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateSystemSettingSuccess', data: { value: string } }
    | { __typename: 'ValidationError' }
   };

export type AttachmentDeleteThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type AttachmentDeleteThreadMutation = { deleteThread:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteThreadSuccess' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type FixedCostTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type FixedCostTypenameQuery = { __typename: 'Query' };

export type FixedCostViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type FixedCostViewerQuery = { viewer: { id: string, displayName: string } | null };

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

export type SessionCreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type SessionCreateWorkspaceMutation = { createWorkspace:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateWorkspaceSuccess', data: { id: string, name: string } }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type SessionWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionWorkspaceQuery = { node:
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
    | { __typename: 'Workspace', name: string }
    | { __typename: 'WorkspaceMember' }
   | null };

export type EvCreateWorkItemMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type EvCreateWorkItemMutation = { createWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateWorkItemSuccess', data: { id: string } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvUpdateWorkItemMutationVariables = Exact<{
  input: UpdateWorkItemInput;
}>;


export type EvUpdateWorkItemMutation = { updateWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateWorkItemSuccess' }
    | { __typename: 'ValidationError', message: string }
   };

export type EvCompleteWorkItemMutationVariables = Exact<{
  input: WorkItemRefInput;
}>;


export type EvCompleteWorkItemMutation = { completeWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'CompleteWorkItemSuccess' }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvDeleteWorkItemMutationVariables = Exact<{
  input: WorkItemRefInput;
}>;


export type EvDeleteWorkItemMutation = { deleteWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeleteWorkItemSuccess' }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvChangeWorkItemVisibilityMutationVariables = Exact<{
  input: ChangeWorkItemVisibilityInput;
}>;


export type EvChangeWorkItemVisibilityMutation = { changeWorkItemVisibility:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ChangeWorkItemVisibilitySuccess' }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvAssignWorkItemMutationVariables = Exact<{
  input: AssignWorkItemInput;
}>;


export type EvAssignWorkItemMutation = { assignWorkItem:
    | { __typename: 'AssignWorkItemSuccess' }
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvSendThreadMessageMutationVariables = Exact<{
  input: SendThreadMessageInput;
}>;


export type EvSendThreadMessageMutation = { sendThreadMessage:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'SendThreadMessageSuccess', data: { id: string } }
    | { __typename: 'ValidationError', message: string }
   };

export type EvMarkThreadReadMutationVariables = Exact<{
  input: MarkThreadReadInput;
}>;


export type EvMarkThreadReadMutation = { markThreadRead:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MarkThreadReadSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvMarkThreadMessagesDeliveredMutationVariables = Exact<{
  input: MarkThreadMessagesDeliveredInput;
}>;


export type EvMarkThreadMessagesDeliveredMutation = { markThreadMessagesDelivered:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MarkThreadMessagesDeliveredSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvAcceptInviteMutationVariables = Exact<{
  input: InviteAnswerInput;
}>;


export type EvAcceptInviteMutation = { acceptInvite:
    | { __typename: 'AcceptInviteSuccess' }
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InviteExpiredError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvDeclineInviteMutationVariables = Exact<{
  input: InviteAnswerInput;
}>;


export type EvDeclineInviteMutation = { declineInvite:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeclineInviteSuccess' }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InviteExpiredError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvAddWorkspaceMemberMutationVariables = Exact<{
  input: WorkspaceMemberInput;
}>;


export type EvAddWorkspaceMemberMutation = { addWorkspaceMember:
    | { __typename: 'AddWorkspaceMemberSuccess', data: { id: string } }
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvRemoveWorkspaceMemberMutationVariables = Exact<{
  input: RemoveWorkspaceMemberInput;
}>;


export type EvRemoveWorkspaceMemberMutation = { removeWorkspaceMember:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RemoveWorkspaceMemberSuccess', data: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvAddListItemMutationVariables = Exact<{
  input: AddListItemInput;
}>;


export type EvAddListItemMutation = { addListItem:
    | { __typename: 'AddListItemSuccess', data: { id: string } }
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvCompleteListItemMutationVariables = Exact<{
  input: ListItemInput;
}>;


export type EvCompleteListItemMutation = { completeListItem:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'CompleteListItemSuccess' }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvSendRelationshipRequestMutationVariables = Exact<{
  input: SendRelationshipRequestInput;
}>;


export type EvSendRelationshipRequestMutation = { sendRelationshipRequest:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'SendRelationshipRequestSuccess' }
    | { __typename: 'ValidationError', message: string }
   };

export type CreateHostedEventDetailedMutationVariables = Exact<{
  input: CreateHostedEventInput;
}>;


export type CreateHostedEventDetailedMutation = { createHostedEvent:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateHostedEventSuccess', data: { id: string, title: string, startsAt: string, endsAt: string | null, capacity: number | null, status: HostedEventStatus, host: { id: string }, workspace: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type JoinHostedEventDetailedMutationVariables = Exact<{
  input: JoinHostedEventInput;
}>;


export type JoinHostedEventDetailedMutation = { joinHostedEvent:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'EventFullError', capacity: number, message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'JoinHostedEventSuccess', data: { id: string, status: EventParticipantStatus, user: { id: string }, event: { id: string, participants: { totalCount: number } } } }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type LeaveHostedEventDetailedMutationVariables = Exact<{
  input: LeaveHostedEventInput;
}>;


export type LeaveHostedEventDetailedMutation = { leaveHostedEvent:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'LeaveHostedEventSuccess', data: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type EventsOfWorkspaceQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type EventsOfWorkspaceQuery = { node:
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
    | { __typename: 'Workspace', events: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | { __typename: 'WorkspaceMember' }
   | null };

export type FilteredItemFragment = { id: string, title: string, status: WorkItemStatus, dueAt: string | null, createdAt: string, updatedAt: string };

export type WorkspaceItemsWhereQueryVariables = Exact<{
  id: string | number;
  where?: WorkItemWhere | null | undefined;
  orderBy?: Array<WorkItemOrderBy> | WorkItemOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type WorkspaceItemsWhereQuery = { node:
    | { workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: WorkItemStatus, dueAt: string | null, createdAt: string, updatedAt: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type RootItemsWhereQueryVariables = Exact<{
  where?: WorkItemWhere | null | undefined;
  orderBy?: Array<WorkItemOrderBy> | WorkItemOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RootItemsWhereQuery = { workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: WorkItemStatus, dueAt: string | null, createdAt: string, updatedAt: string } }> } };

export type EveryItemConnectionWhereQueryVariables = Exact<{
  workspace: string | number;
  room: string | number;
  list: string | number;
  where?: WorkItemWhere | null | undefined;
  orderBy?: Array<WorkItemOrderBy> | WorkItemOrderBy | null | undefined;
}>;


export type EveryItemConnectionWhereQuery = { workspace:
    | { workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: WorkItemStatus, dueAt: string | null, createdAt: string, updatedAt: string } }> } }
    | Record<PropertyKey, never>
   | null, room:
    | { workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: WorkItemStatus, dueAt: string | null, createdAt: string, updatedAt: string } }> } }
    | Record<PropertyKey, never>
   | null, list:
    | { workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: WorkItemStatus, dueAt: string | null, createdAt: string, updatedAt: string } }> } }
    | Record<PropertyKey, never>
   | null, viewer: { ownedWorkItems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: WorkItemStatus, dueAt: string | null, createdAt: string, updatedAt: string } }> }, assignedWorkItems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: WorkItemStatus, dueAt: string | null, createdAt: string, updatedAt: string } }> } } | null, workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: WorkItemStatus, dueAt: string | null, createdAt: string, updatedAt: string } }> } };

export type LegacyAndWhereQueryVariables = Exact<{
  id: string | number;
  filter?: WorkItemFilter | null | undefined;
  order?: WorkItemOrder | null | undefined;
  where?: WorkItemWhere | null | undefined;
  orderBy?: Array<WorkItemOrderBy> | WorkItemOrderBy | null | undefined;
}>;


export type LegacyAndWhereQuery = { node:
    | { workItems: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: WorkItemStatus, dueAt: string | null, createdAt: string, updatedAt: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type WorkspaceItemStatsQueryVariables = Exact<{
  id: string | number;
  where?: WorkItemWhere | null | undefined;
  groupBy: Array<WorkItemGroupBy> | WorkItemGroupBy;
}>;


export type WorkspaceItemStatsQuery = { node:
    | { workItemStats: Array<{ count: number, status: WorkItemStatus | null, visibility: WorkItemVisibility | null, dueWeek: string | null, assignee: { id: string } | null, room: { id: string } | null, list: { id: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type AdminUsersWhereQueryVariables = Exact<{
  where?: AdminUserWhere | null | undefined;
  orderBy?: Array<AdminUserOrderBy> | AdminUserOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersWhereQuery = { adminUsers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: string, createdAt: string, user: { displayName: string } } }> } };

export type AdminUserStatsWhereQueryVariables = Exact<{
  where?: AdminUserWhere | null | undefined;
  groupBy: Array<AdminUserGroupBy> | AdminUserGroupBy;
}>;


export type AdminUserStatsWhereQuery = { adminUserStats: Array<{ count: number, status: AccountStatus | null, createdWeek: string | null, createdMonth: string | null }> };

export type AdminWorkspacesWhereQueryVariables = Exact<{
  where?: AdminWorkspaceWhere | null | undefined;
  orderBy?: Array<AdminWorkspaceOrderBy> | AdminWorkspaceOrderBy | null | undefined;
}>;


export type AdminWorkspacesWhereQuery = { adminWorkspaces: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type AuditLogsWhereQueryVariables = Exact<{
  where?: AuditLogWhere | null | undefined;
  orderBy?: Array<AuditLogOrderBy> | AuditLogOrderBy | null | undefined;
}>;


export type AuditLogsWhereQuery = { auditLogs: { totalCount: number, edges: Array<{ node: { id: string, action: string, targetId: string | null } }> } };

export type AiUsageLogsWhereQueryVariables = Exact<{
  where?: AiUsageLogWhere | null | undefined;
  orderBy?: Array<AiUsageLogOrderBy> | AiUsageLogOrderBy | null | undefined;
}>;


export type AiUsageLogsWhereQuery = { aiUsageLogs: { totalCount: number, edges: Array<{ node: { id: string, feature: string, costUsd: number } }> } };

export type AiUsageStatsWhereQueryVariables = Exact<{
  where?: AiUsageLogWhere | null | undefined;
  groupBy: Array<AiUsageStatsGroupBy> | AiUsageStatsGroupBy;
}>;


export type AiUsageStatsWhereQuery = { aiUsageStats: Array<{ count: number, costUsd: number, inputTokens: number, outputTokens: number, feature: string | null, provider: AiProvider | null, outcome: AiUsageOutcome | null, day: string | null, user: { id: string } | null }> };

export type ManyWorkspacesWhereQueryVariables = Exact<{
  where?: WorkItemWhere | null | undefined;
}>;


export type ManyWorkspacesWhereQuery = { viewer: { workspaceMemberships: { edges: Array<{ node: { workspace: { workItems: { totalCount: number } } } }> } } | null };

export type InboxItemChangeFragment = { id: string, isRead: boolean, readAt: string | null, archivedAt: string | null, user: { id: string } };

export type InboxMarkReadMutationVariables = Exact<{
  input: InboxItemInput;
}>;


export type InboxMarkReadMutation = { markInboxItemRead:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'MarkInboxItemReadSuccess', data: { id: string, isRead: boolean, readAt: string | null, archivedAt: string | null, user: { id: string } } }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type InboxMarkUnreadMutationVariables = Exact<{
  input: InboxItemInput;
}>;


export type InboxMarkUnreadMutation = { markInboxItemUnread:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'MarkInboxItemUnreadSuccess', data: { id: string, isRead: boolean, readAt: string | null, archivedAt: string | null, user: { id: string } } }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type InboxArchiveMutationVariables = Exact<{
  input: InboxItemInput;
}>;


export type InboxArchiveMutation = { archiveInboxItem:
    | { __typename: 'ArchiveInboxItemSuccess', data: { id: string, isRead: boolean, readAt: string | null, archivedAt: string | null, user: { id: string } } }
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type InboxViewerItemsQueryVariables = Exact<{
  filter?: InboxFilter | null | undefined;
}>;


export type InboxViewerItemsQuery = { viewer: { inbox: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export type InboxOfUserQueryVariables = Exact<{
  id: string | number;
}>;


export type InboxOfUserQuery = { node:
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
    | { __typename: 'User', inbox: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkItem' }
    | { __typename: 'Workspace' }
    | { __typename: 'WorkspaceMember' }
   | null };

export type InboxSubjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxSubjectsQuery = { viewer: { inbox: { edges: Array<{ node: { kind: InboxItemKind, subjectType: string | null, subjectNodeId: string | null } }> } } | null };

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
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
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

export type RtThreadMessageAddedSubscriptionVariables = Exact<{
  threadId: string | number;
}>;


export type RtThreadMessageAddedSubscription = { threadMessageAdded: { id: string, body: string, sender: { id: string } | null } };

export type RtThreadActivitySubscriptionVariables = Exact<{
  threadId: string | number;
}>;


export type RtThreadActivitySubscription = { threadActivity: { kind: ThreadActivityKind, messageIds: Array<string> | null, user: { id: string } | null, thread: { id: string } } };

export type RtInboxItemAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RtInboxItemAddedSubscription = { inboxItemAdded: { id: string, kind: InboxItemKind, title: string } };

export type RtWorkItemChangedSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type RtWorkItemChangedSubscription = { workItemChanged: { kind: WorkItemChangeKind, workItemId: string, changedFields: Array<string> | null, workItem: { id: string, title: string } | null } };

export type RtSendThreadMessageMutationVariables = Exact<{
  input: SendThreadMessageInput;
}>;


export type RtSendThreadMessageMutation = { sendThreadMessage:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'SendThreadMessageSuccess', data: { id: string } }
    | { __typename: 'ValidationError', message: string }
   };

export type RtMarkThreadReadMutationVariables = Exact<{
  input: MarkThreadReadInput;
}>;


export type RtMarkThreadReadMutation = { markThreadRead:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MarkThreadReadSuccess' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type RtCreateWorkItemMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type RtCreateWorkItemMutation = { createWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateWorkItemSuccess', data: { id: string } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type RtUpdateWorkItemMutationVariables = Exact<{
  input: UpdateWorkItemInput;
}>;


export type RtUpdateWorkItemMutation = { updateWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateWorkItemSuccess' }
    | { __typename: 'ValidationError', message: string }
   };

export type RtChangeWorkItemVisibilityMutationVariables = Exact<{
  input: ChangeWorkItemVisibilityInput;
}>;


export type RtChangeWorkItemVisibilityMutation = { changeWorkItemVisibility:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ChangeWorkItemVisibilitySuccess' }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type RtDeleteWorkItemMutationVariables = Exact<{
  input: WorkItemRefInput;
}>;


export type RtDeleteWorkItemMutation = { deleteWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeleteWorkItemSuccess' }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type RtRemoveWorkspaceMemberMutationVariables = Exact<{
  input: RemoveWorkspaceMemberInput;
}>;


export type RtRemoveWorkspaceMemberMutation = { removeWorkspaceMember:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RemoveWorkspaceMemberSuccess' }
    | { __typename: 'ValidationError', message: string }
   };

export type RtSendRelationshipRequestMutationVariables = Exact<{
  input: SendRelationshipRequestInput;
}>;


export type RtSendRelationshipRequestMutation = { sendRelationshipRequest:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'SendRelationshipRequestSuccess' }
    | { __typename: 'ValidationError', message: string }
   };

export type RtAcceptInviteMutationVariables = Exact<{
  input: InviteAnswerInput;
}>;


export type RtAcceptInviteMutation = { acceptInvite:
    | { __typename: 'AcceptInviteSuccess' }
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'InviteExpiredError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SendRelationshipRequestDetailedMutationVariables = Exact<{
  input: SendRelationshipRequestInput;
}>;


export type SendRelationshipRequestDetailedMutation = { sendRelationshipRequest:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'SendRelationshipRequestSuccess', data: { id: string, status: RelationshipRequestStatus, message: string | null, fromUser: { id: string }, toUser: { id: string } } }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type AcceptRelationshipRequestDetailedMutationVariables = Exact<{
  input: RelationshipRequestInput;
}>;


export type AcceptRelationshipRequestDetailedMutation = { acceptRelationshipRequest:
    | { __typename: 'AcceptRelationshipRequestSuccess', data: { id: string, kind: RelationshipKind, user: { id: string }, relatedUser: { id: string } } }
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type DeclineRelationshipRequestDetailedMutationVariables = Exact<{
  input: RelationshipRequestInput;
}>;


export type DeclineRelationshipRequestDetailedMutation = { declineRelationshipRequest:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'DeclineRelationshipRequestSuccess', data: { id: string, status: RelationshipRequestStatus, respondedAt: string | null } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type CancelRelationshipRequestDetailedMutationVariables = Exact<{
  input: RelationshipRequestInput;
}>;


export type CancelRelationshipRequestDetailedMutation = { cancelRelationshipRequest:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'CancelRelationshipRequestSuccess', data: { id: string, status: RelationshipRequestStatus, respondedAt: string | null } }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type RelationshipsOfViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipsOfViewerQuery = { viewer: { relationships: { edges: Array<{ node: { relatedUser: { id: string } } }> } } | null };

type RoomResultErrors_AuthenticationRequiredError_Fragment = { message: string, code: string };

type RoomResultErrors_BaseError_Fragment = { message: string, code: string };

type RoomResultErrors_BudgetExceededError_Fragment = { message: string, code: string };

type RoomResultErrors_ConflictError_Fragment = { message: string, code: string };

type RoomResultErrors_EventFullError_Fragment = { message: string, code: string };

type RoomResultErrors_ForbiddenError_Fragment = { message: string, code: string };

type RoomResultErrors_InviteExpiredError_Fragment = { message: string, code: string };

type RoomResultErrors_LastOwnerError_Fragment = { message: string, code: string };

type RoomResultErrors_MaintenanceModeError_Fragment = { message: string, code: string };

type RoomResultErrors_NotFoundError_Fragment = { entity: string, message: string, code: string };

type RoomResultErrors_StorageQuotaExceededError_Fragment = { message: string, code: string };

type RoomResultErrors_ValidationError_Fragment = { message: string, code: string, issues: Array<{ field: string }> };

export type RoomResultErrorsFragment =
  | RoomResultErrors_AuthenticationRequiredError_Fragment
  | RoomResultErrors_BaseError_Fragment
  | RoomResultErrors_BudgetExceededError_Fragment
  | RoomResultErrors_ConflictError_Fragment
  | RoomResultErrors_EventFullError_Fragment
  | RoomResultErrors_ForbiddenError_Fragment
  | RoomResultErrors_InviteExpiredError_Fragment
  | RoomResultErrors_LastOwnerError_Fragment
  | RoomResultErrors_MaintenanceModeError_Fragment
  | RoomResultErrors_NotFoundError_Fragment
  | RoomResultErrors_StorageQuotaExceededError_Fragment
  | RoomResultErrors_ValidationError_Fragment
;

export type CreateRoomDetailedMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type CreateRoomDetailedMutation = { createRoom:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateRoomSuccess', data: { id: string, name: string, description: string | null, isArchived: boolean, createdBy: { id: string } | null, workspace: { id: string }, members: { totalCount: number, edges: Array<{ node: { role: RoomRole, user: { id: string } } }> }, viewerMembership: { role: RoomRole } | null } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', entity: string, message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string }> }
   };

export type JoinRoomDetailedMutationVariables = Exact<{
  input: RoomRefInput;
}>;


export type JoinRoomDetailedMutation = { joinRoom:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'JoinRoomSuccess', data: { id: string, role: RoomRole, user: { id: string }, room: { id: string, members: { totalCount: number } } } }
    | { __typename: 'NotFoundError', entity: string, message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string }> }
   };

export type LeaveRoomDetailedMutationVariables = Exact<{
  input: RoomRefInput;
}>;


export type LeaveRoomDetailedMutation = { leaveRoom:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'LeaveRoomSuccess', data: string }
    | { __typename: 'NotFoundError', entity: string, message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string }> }
   };

export type RoomsOfWorkspaceQueryVariables = Exact<{
  id: string | number;
}>;


export type RoomsOfWorkspaceQuery = { node:
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
    | { __typename: 'Workspace', open: { totalCount: number, edges: Array<{ node: { id: string } }> }, all: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, isArchived: boolean } }> } }
    | { __typename: 'WorkspaceMember' }
   | null };

export type RoomsWorkspaceAndRoomSeenQueryVariables = Exact<{
  id: string | number;
  room: string | number;
}>;


export type RoomsWorkspaceAndRoomSeenQuery = { node:
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
    | { id: string }
    | { id: string }
   | null, room:
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
    | { id: string }
    | { id: string }
   | null };

export type RoomMembersSeenQueryVariables = Exact<{
  id: string | number;
  m: string | number;
}>;


export type RoomMembersSeenQuery = { node:
    | { members: { totalCount: number }, owners: { edges: Array<{ node: { id: string, user: { id: string } } }> } }
    | Record<PropertyKey, never>
   | null, membership:
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
    | { id: string }
    | { id: string }
   | null };

export type SearchAllQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  workspaceId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchAllQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, rank: number, snippet: { text: string, highlights: Array<{ start: number, length: number }> }, node:
        | { __typename: 'List', id: string, name: string }
        | { __typename: 'Room', id: string, name: string }
        | { __typename: 'ThreadMessage', id: string, body: string }
        | { __typename: 'User', id: string, displayName: string }
        | { __typename: 'WorkItem', id: string, title: string }
       }> } };

export type SearchIdsQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchIdsQuery = { search: { totalCount: number, edges: Array<{ node:
        | { __typename: 'List', id: string }
        | { __typename: 'Room', id: string }
        | { __typename: 'ThreadMessage', id: string }
        | { __typename: 'User', id: string }
        | { __typename: 'WorkItem', id: string }
       }> } };

export type SearchRenameWorkItemMutationVariables = Exact<{
  input: UpdateWorkItemInput;
}>;


export type SearchRenameWorkItemMutation = { updateWorkItem:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateWorkItemSuccess' }
    | { __typename: 'ValidationError' }
   };

export type SearchDeleteWorkItemMutationVariables = Exact<{
  input: WorkItemRefInput;
}>;


export type SearchDeleteWorkItemMutation = { deleteWorkItem:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'DeleteWorkItemSuccess' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type SearchSendMessageMutationVariables = Exact<{
  thread: string | number;
  body: string;
}>;


export type SearchSendMessageMutation = { sendThreadMessage:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'SendThreadMessageSuccess' }
    | { __typename: 'ValidationError' }
   };

export type SearchCostQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchCostQuery = { search: { totalCount: number, edges: Array<{ rank: number, node:
        | { __typename: 'List' }
        | { __typename: 'Room' }
        | { __typename: 'ThreadMessage' }
        | { __typename: 'User' }
        | { __typename: 'WorkItem', id: string }
       }> } };

export type CreateThreadDetailedMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CreateThreadDetailedMutation = { createThread:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'BudgetExceededError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateThreadSuccess', data: { requestedCandidates: number, invitedCount: number, shortfallReason: string | null, thread: { id: string, title: string, description: string | null, status: ThreadStatus, owner: { id: string } }, invites: Array<{ id: string, status: ThreadInviteStatus, emailStatus: InviteEmailStatus, candidateName: string, candidateReason: string | null, expiresAt: string, invitee: { id: string } | null }> } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type CreateThreadReplayMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CreateThreadReplayMutation = { createThread:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'BudgetExceededError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateThreadSuccess', data: { replayed: boolean, invitedCount: number, thread: { id: string, title: string }, invites: Array<{ id: string, candidateName: string }> } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type SendThreadMessageDetailedMutationVariables = Exact<{
  thread: string | number;
  body: string;
}>;


export type SendThreadMessageDetailedMutation = { sendThreadMessage:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'SendThreadMessageSuccess', data: { id: string, body: string, createdAt: string, sender: { id: string } | null } }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type ThreadMessagesPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ThreadMessagesPageQuery = { node:
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
    | { __typename: 'Thread', unreadCount: number, messages: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null, startCursor: string | null }, edges: Array<{ cursor: string, node: { body: string, deliveries: { edges: Array<{ node: { status: MessageDeliveryStatus, deliveredAt: string | null, readAt: string | null, recipient: { id: string } } }> } } }> } }
    | { __typename: 'ThreadInvite' }
    | { __typename: 'ThreadMessage' }
    | { __typename: 'ThreadParticipant' }
    | { __typename: 'User' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkItem' }
    | { __typename: 'Workspace' }
    | { __typename: 'WorkspaceMember' }
   | null };

export type MarkThreadMessagesDeliveredDetailedMutationVariables = Exact<{
  thread: string | number;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkThreadMessagesDeliveredDetailedMutation = { markThreadMessagesDelivered:
    | { __typename: 'AuthenticationRequiredError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'ForbiddenError' }
    | { __typename: 'MarkThreadMessagesDeliveredSuccess', data: { changedCount: number, thread: { unreadCount: number } } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type MarkThreadReadDetailedMutationVariables = Exact<{
  thread: string | number;
}>;


export type MarkThreadReadDetailedMutation = { markThreadRead:
    | { __typename: 'AuthenticationRequiredError', code: string }
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'MarkThreadReadSuccess', data: { changedCount: number, thread: { unreadCount: number } } }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type AcceptInviteDetailedMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptInviteDetailedMutation = { acceptInvite:
    | { __typename: 'AcceptInviteSuccess', data: { id: string, status: ThreadInviteStatus, respondedAt: string | null, thread: { id: string, title: string } | null } }
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InviteExpiredError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type DeclineInviteDetailedMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineInviteDetailedMutation = { declineInvite:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'DeclineInviteSuccess', data: { id: string, status: ThreadInviteStatus } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'InviteExpiredError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string }
   };

export type ThreadDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadDetailQuery = { node:
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
    | { __typename: 'Thread', id: string, title: string, status: ThreadStatus, owner: { id: string }, participants: { totalCount: number, edges: Array<{ node: { role: ThreadParticipantRole, user: { id: string } | null } }> }, invites: { totalCount: number, edges: Array<{ node: { id: string, status: ThreadInviteStatus, emailStatus: InviteEmailStatus, emailError: string | null, candidateName: string, candidateReason: string | null } }> } }
    | { __typename: 'ThreadInvite' }
    | { __typename: 'ThreadMessage' }
    | { __typename: 'ThreadParticipant' }
    | { __typename: 'User' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkItem' }
    | { __typename: 'Workspace' }
    | { __typename: 'WorkspaceMember' }
   | null };

export type ThreadInviteStateQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadInviteStateQuery = { node:
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
    | { __typename: 'ThreadInvite', status: ThreadInviteStatus, emailStatus: InviteEmailStatus, emailError: string | null }
    | { __typename: 'ThreadMessage' }
    | { __typename: 'ThreadParticipant' }
    | { __typename: 'User' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkItem' }
    | { __typename: 'Workspace' }
    | { __typename: 'WorkspaceMember' }
   | null };

export type UserThreadListsQueryVariables = Exact<{
  id: string | number;
}>;


export type UserThreadListsQuery = { node:
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
    | { __typename: 'User', threads: { totalCount: number, edges: Array<{ node: { id: string, title: string } }> }, threadInvites: { totalCount: number, edges: Array<{ node: { id: string, candidateReason: string | null, thread: { title: string } | null } }> } }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkItem' }
    | { __typename: 'Workspace' }
    | { __typename: 'WorkspaceMember' }
   | null };

export type UserThreadsPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type UserThreadsPageQuery = { node:
    | { threads: { edges: Array<{ node: { title: string, unreadCount: number, owner: { id: string }, participants: { totalCount: number }, invites: { totalCount: number, edges: Array<{ node: { status: ThreadInviteStatus, candidateName: string } }> }, messages: { totalCount: number } } }> } }
    | Record<PropertyKey, never>
   | null };

export type ArchiveThreadDetailedMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveThreadDetailedMutation = { archiveThread:
    | { __typename: 'ArchiveThreadSuccess', data: { status: ThreadStatus } }
    | { __typename: 'AuthenticationRequiredError', code: string }
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type DeleteThreadDetailedMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteThreadDetailedMutation = { deleteThread:
    | { __typename: 'AuthenticationRequiredError', code: string }
    | { __typename: 'ConflictError', code: string }
    | { __typename: 'DeleteThreadSuccess', data: string }
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'ValidationError', code: string }
   };

export type UsersViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersViewerQuery = { viewer: { id: string, displayName: string, email: string | null } | null };

export type UsersWorkspaceOwnerEmailQueryVariables = Exact<{
  id: string | number;
}>;


export type UsersWorkspaceOwnerEmailQuery = { node:
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
    | { __typename: 'Workspace', owner: { email: string | null } }
    | { __typename: 'WorkspaceMember' }
   | null };

export type UsersWorkspaceMembershipsQueryVariables = Exact<{
  id: string | number;
}>;


export type UsersWorkspaceMembershipsQuery = { node:
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
    | { __typename: 'User', workspaceMemberships: { totalCount: number } }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookEndpoint' }
    | { __typename: 'WorkItem' }
    | { __typename: 'Workspace' }
    | { __typename: 'WorkspaceMember' }
   | null };

type WebhookErrors_AuthenticationRequiredError_Fragment = { __typename: 'AuthenticationRequiredError', message: string };

type WebhookErrors_BaseError_Fragment = { __typename: 'BaseError', message: string };

type WebhookErrors_BudgetExceededError_Fragment = { __typename: 'BudgetExceededError', message: string };

type WebhookErrors_ConflictError_Fragment = { __typename: 'ConflictError', message: string };

type WebhookErrors_EventFullError_Fragment = { __typename: 'EventFullError', message: string };

type WebhookErrors_ForbiddenError_Fragment = { __typename: 'ForbiddenError', message: string };

type WebhookErrors_InviteExpiredError_Fragment = { __typename: 'InviteExpiredError', message: string };

type WebhookErrors_LastOwnerError_Fragment = { __typename: 'LastOwnerError', message: string };

type WebhookErrors_MaintenanceModeError_Fragment = { __typename: 'MaintenanceModeError', message: string };

type WebhookErrors_NotFoundError_Fragment = { __typename: 'NotFoundError', message: string };

type WebhookErrors_StorageQuotaExceededError_Fragment = { __typename: 'StorageQuotaExceededError', message: string };

type WebhookErrors_ValidationError_Fragment = { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> };

export type WebhookErrorsFragment =
  | WebhookErrors_AuthenticationRequiredError_Fragment
  | WebhookErrors_BaseError_Fragment
  | WebhookErrors_BudgetExceededError_Fragment
  | WebhookErrors_ConflictError_Fragment
  | WebhookErrors_EventFullError_Fragment
  | WebhookErrors_ForbiddenError_Fragment
  | WebhookErrors_InviteExpiredError_Fragment
  | WebhookErrors_LastOwnerError_Fragment
  | WebhookErrors_MaintenanceModeError_Fragment
  | WebhookErrors_NotFoundError_Fragment
  | WebhookErrors_StorageQuotaExceededError_Fragment
  | WebhookErrors_ValidationError_Fragment
;

export type WebhookEndpointFieldsFragment = { id: string, url: string, description: string | null, events: Array<WebhookEventType>, status: WebhookEndpointStatus, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, workspace: { id: string }, owner: { id: string } };

export type WebhooksCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WebhooksCreateEndpointMutation = { createWebhookEndpoint:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateWebhookEndpointSuccess', data: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<WebhookEventType>, status: WebhookEndpointStatus, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, workspace: { id: string }, owner: { id: string } } } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type WebhooksUpdateEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WebhooksUpdateEndpointMutation = { updateWebhookEndpoint:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateWebhookEndpointSuccess', data: { id: string, url: string, description: string | null, events: Array<WebhookEventType>, status: WebhookEndpointStatus, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, workspace: { id: string }, owner: { id: string } } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type WebhooksDeleteEndpointMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type WebhooksDeleteEndpointMutation = { deleteWebhookEndpoint:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeleteWebhookEndpointSuccess', data: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type WebhooksRotateSecretMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type WebhooksRotateSecretMutation = { rotateWebhookSecret:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RotateWebhookSecretSuccess', data: { secret: string, endpoint: { id: string, url: string, description: string | null, events: Array<WebhookEventType>, status: WebhookEndpointStatus, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, workspace: { id: string }, owner: { id: string } } } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type WebhooksRedeliverMutationVariables = Exact<{
  input: RedeliverWebhookEventInput;
}>;


export type WebhooksRedeliverMutation = { redeliverWebhookEvent:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RedeliverWebhookEventSuccess', data: { id: string, status: WebhookDeliveryStatus, attemptCount: number } }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

export type WebhooksEndpointListsQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type WebhooksEndpointListsQuery = { viewer: { webhookEndpoints: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null, node:
    | { webhookEndpoints: { totalCount: number, edges: Array<{ node: { id: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type WebhooksDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhooksDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, webhookId: string, eventType: string, subjectId: string | null, status: WebhookDeliveryStatus, attemptCount: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, attempts: Array<{ attempt: number, statusCode: number | null, latencyMs: number, error: string | null, responseBody: string | null }> } }> } };

export type WebhooksCreateWorkItemMutationVariables = Exact<{
  input: CreateWorkItemInput;
}>;


export type WebhooksCreateWorkItemMutation = { createWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateWorkItemSuccess', data: { id: string, title: string } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, issues: Array<{ field: string, message: string }> }
   };

type WorkItemResultErrors_AuthenticationRequiredError_Fragment = { message: string, code: string };

type WorkItemResultErrors_BaseError_Fragment = { message: string, code: string };

type WorkItemResultErrors_BudgetExceededError_Fragment = { message: string, code: string };

type WorkItemResultErrors_ConflictError_Fragment = { message: string, code: string };

type WorkItemResultErrors_EventFullError_Fragment = { message: string, code: string };

type WorkItemResultErrors_ForbiddenError_Fragment = { message: string, code: string };

type WorkItemResultErrors_InviteExpiredError_Fragment = { message: string, code: string };

type WorkItemResultErrors_LastOwnerError_Fragment = { message: string, code: string };

type WorkItemResultErrors_MaintenanceModeError_Fragment = { message: string, code: string };

type WorkItemResultErrors_NotFoundError_Fragment = { entity: string, message: string, code: string };

type WorkItemResultErrors_StorageQuotaExceededError_Fragment = { message: string, code: string };

type WorkItemResultErrors_ValidationError_Fragment = { message: string, code: string, issues: Array<{ field: string, message: string }> };

export type WorkItemResultErrorsFragment =
  | WorkItemResultErrors_AuthenticationRequiredError_Fragment
  | WorkItemResultErrors_BaseError_Fragment
  | WorkItemResultErrors_BudgetExceededError_Fragment
  | WorkItemResultErrors_ConflictError_Fragment
  | WorkItemResultErrors_EventFullError_Fragment
  | WorkItemResultErrors_ForbiddenError_Fragment
  | WorkItemResultErrors_InviteExpiredError_Fragment
  | WorkItemResultErrors_LastOwnerError_Fragment
  | WorkItemResultErrors_MaintenanceModeError_Fragment
  | WorkItemResultErrors_NotFoundError_Fragment
  | WorkItemResultErrors_StorageQuotaExceededError_Fragment
  | WorkItemResultErrors_ValidationError_Fragment
;

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
    | { __typename: 'NotFoundError', entity: string, message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdateWorkItemDetailedMutationVariables = Exact<{
  input: UpdateWorkItemInput;
}>;


export type UpdateWorkItemDetailedMutation = { updateWorkItem:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', entity: string, message: string, code: string }
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
    | { __typename: 'NotFoundError', entity: string, message: string, code: string }
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
    | { __typename: 'NotFoundError', entity: string, message: string, code: string }
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
    | { __typename: 'NotFoundError', entity: string, message: string, code: string }
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
    | { __typename: 'NotFoundError', entity: string, message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type CreateWorkspaceDetailedMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type CreateWorkspaceDetailedMutation = { createWorkspace:
    | { __typename: 'AuthenticationRequiredError', message: string, code: string }
    | { __typename: 'ConflictError', message: string, code: string }
    | { __typename: 'CreateWorkspaceSuccess', data: { id: string, name: string, slug: string, owner: { displayName: string }, members: { totalCount: number, edges: Array<{ node: { role: WorkspaceRole } }> } } }
    | { __typename: 'ForbiddenError', message: string, code: string }
    | { __typename: 'NotFoundError', message: string, code: string }
    | { __typename: 'ValidationError', message: string, code: string, issues: Array<{ field: string, message: string }> }
   };

export type ChangeWorkspaceMemberRoleDetailedMutationVariables = Exact<{
  input: WorkspaceMemberInput;
}>;


export type ChangeWorkspaceMemberRoleDetailedMutation = { changeWorkspaceMemberRole:
    | { __typename: 'AuthenticationRequiredError', message: string }
    | { __typename: 'ChangeWorkspaceMemberRoleSuccess', data: { role: WorkspaceRole } }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type AddWorkspaceMemberDetailedMutationVariables = Exact<{
  input: WorkspaceMemberInput;
}>;


export type AddWorkspaceMemberDetailedMutation = { addWorkspaceMember:
    | { __typename: 'AddWorkspaceMemberSuccess' }
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type RemoveWorkspaceMemberDetailedMutationVariables = Exact<{
  input: RemoveWorkspaceMemberInput;
}>;


export type RemoveWorkspaceMemberDetailedMutation = { removeWorkspaceMember:
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RemoveWorkspaceMemberSuccess' }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type AdminRemoveWorkspaceMemberDetailedMutationVariables = Exact<{
  input: AdminRemoveWorkspaceMemberInput;
}>;


export type AdminRemoveWorkspaceMemberDetailedMutation = { adminRemoveWorkspaceMember:
    | { __typename: 'AdminRemoveWorkspaceMemberSuccess' }
    | { __typename: 'AuthenticationRequiredError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ForbiddenError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type WorkspacesWorkItemReadsQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspacesWorkItemReadsQuery = { node:
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
    | { id: string }
    | { id: string }
   | null, workItems: { edges: Array<{ node: { id: string } }> }, viewer: { assignedWorkItems: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

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
export const AiUsageSpendFragmentDoc = new TypedDocumentString(`
    fragment AiUsageSpend on AiUsageFigures {
  costUsd
}
    `, {"fragmentName":"AiUsageSpend"}) as unknown as TypedDocumentString<AiUsageSpendFragment, unknown>;
export const AnalyticsItemDatesFragmentDoc = new TypedDocumentString(`
    fragment AnalyticsItemDates on WorkItem {
  createdAt
}
    `, {"fragmentName":"AnalyticsItemDates"}) as unknown as TypedDocumentString<AnalyticsItemDatesFragment, unknown>;
export const AnalyticsItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment AnalyticsItemFields on WorkItem {
  heading: title
  status
  ...AnalyticsItemDates
}
    fragment AnalyticsItemDates on WorkItem {
  createdAt
}`, {"fragmentName":"AnalyticsItemFields"}) as unknown as TypedDocumentString<AnalyticsItemFieldsFragment, unknown>;
export const AnalyticsFiguresFragmentDoc = new TypedDocumentString(`
    fragment AnalyticsFigures on OperationStatsFigures {
  requests
  errors
  errorRate
  p50DurationMs
  p95DurationMs
  meanDurationMs
  maxDurationMs
  meanCost
  maxCost
  d1Statements
  d1RowsRead
  d1RowsWritten
}
    `, {"fragmentName":"AnalyticsFigures"}) as unknown as TypedDocumentString<AnalyticsFiguresFragment, unknown>;
export const AnalyticsUsageFragmentDoc = new TypedDocumentString(`
    fragment AnalyticsUsage on FieldUsage {
  coordinate
  days
  requests
  lastSeenAt
  inSchema
  deprecationReason
  clients {
    clientName
    requests
    lastSeenAt
  }
}
    `, {"fragmentName":"AnalyticsUsage"}) as unknown as TypedDocumentString<AnalyticsUsageFragment, unknown>;
export const AttachmentErrorsFragmentDoc = new TypedDocumentString(`
    fragment AttachmentErrors on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      field
      message
    }
  }
  ... on StorageQuotaExceededError {
    usedBytes
    quotaBytes
    requestedBytes
  }
}
    `, {"fragmentName":"AttachmentErrors"}) as unknown as TypedDocumentString<AttachmentErrorsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttachmentFields on Attachment {
  id
  filename
  contentType
  byteSize
  sha256
  downloadUrl
  createdAt
  uploader {
    id
  }
}
    `, {"fragmentName":"AttachmentFields"}) as unknown as TypedDocumentString<AttachmentFieldsFragment, unknown>;
export const FilteredItemFragmentDoc = new TypedDocumentString(`
    fragment FilteredItem on WorkItem {
  id
  title
  status
  dueAt
  createdAt
  updatedAt
}
    `, {"fragmentName":"FilteredItem"}) as unknown as TypedDocumentString<FilteredItemFragment, unknown>;
export const InboxItemChangeFragmentDoc = new TypedDocumentString(`
    fragment InboxItemChange on InboxItem {
  id
  isRead
  readAt
  archivedAt
  user {
    id
  }
}
    `, {"fragmentName":"InboxItemChange"}) as unknown as TypedDocumentString<InboxItemChangeFragment, unknown>;
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
export const RoomResultErrorsFragmentDoc = new TypedDocumentString(`
    fragment RoomResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
    }
  }
  ... on NotFoundError {
    entity
  }
}
    `, {"fragmentName":"RoomResultErrors"}) as unknown as TypedDocumentString<RoomResultErrorsFragment, unknown>;
export const WebhookErrorsFragmentDoc = new TypedDocumentString(`
    fragment WebhookErrors on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      field
      message
    }
  }
}
    `, {"fragmentName":"WebhookErrors"}) as unknown as TypedDocumentString<WebhookErrorsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  workspace {
    id
  }
  owner {
    id
  }
}
    `, {"fragmentName":"WebhookEndpointFields"}) as unknown as TypedDocumentString<WebhookEndpointFieldsFragment, unknown>;
export const WorkItemResultErrorsFragmentDoc = new TypedDocumentString(`
    fragment WorkItemResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
      message
    }
  }
  ... on NotFoundError {
    entity
  }
}
    `, {"fragmentName":"WorkItemResultErrors"}) as unknown as TypedDocumentString<WorkItemResultErrorsFragment, unknown>;
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
export const AccessNodeDocument = new TypedDocumentString(`
    query AccessNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessNodeQuery, AccessNodeQueryVariables>;
export const AccessNodesDocument = new TypedDocumentString(`
    query AccessNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessNodesQuery, AccessNodesQueryVariables>;
export const AccessWorkspaceWorkItemsDocument = new TypedDocumentString(`
    query AccessWorkspaceWorkItems($id: ID!) {
  node(id: $id) {
    ... on Workspace {
      workItems {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessWorkspaceWorkItemsQuery, AccessWorkspaceWorkItemsQueryVariables>;
export const AccessListWorkItemsDocument = new TypedDocumentString(`
    query AccessListWorkItems($id: ID!) {
  node(id: $id) {
    ... on List {
      workItems {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessListWorkItemsQuery, AccessListWorkItemsQueryVariables>;
export const AccessWorkspaceMembersDocument = new TypedDocumentString(`
    query AccessWorkspaceMembers($id: ID!) {
  node(id: $id) {
    ... on Workspace {
      members {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessWorkspaceMembersQuery, AccessWorkspaceMembersQueryVariables>;
export const AccessWorkspaceRoomsDocument = new TypedDocumentString(`
    query AccessWorkspaceRooms($id: ID!) {
  node(id: $id) {
    ... on Workspace {
      rooms {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessWorkspaceRoomsQuery, AccessWorkspaceRoomsQueryVariables>;
export const AccessRoomMembersDocument = new TypedDocumentString(`
    query AccessRoomMembers($id: ID!) {
  node(id: $id) {
    ... on Room {
      members {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessRoomMembersQuery, AccessRoomMembersQueryVariables>;
export const AccessWorkspaceListsDocument = new TypedDocumentString(`
    query AccessWorkspaceLists($id: ID!) {
  node(id: $id) {
    ... on Workspace {
      lists {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessWorkspaceListsQuery, AccessWorkspaceListsQueryVariables>;
export const AccessListItemsDocument = new TypedDocumentString(`
    query AccessListItems($id: ID!) {
  node(id: $id) {
    ... on List {
      items {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessListItemsQuery, AccessListItemsQueryVariables>;
export const AccessListMembersDocument = new TypedDocumentString(`
    query AccessListMembers($id: ID!) {
  node(id: $id) {
    ... on List {
      members {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessListMembersQuery, AccessListMembersQueryVariables>;
export const AccessUserListMembershipsDocument = new TypedDocumentString(`
    query AccessUserListMemberships($id: ID!) {
  node(id: $id) {
    ... on User {
      listMemberships {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserListMembershipsQuery, AccessUserListMembershipsQueryVariables>;
export const AccessWorkspaceEventsDocument = new TypedDocumentString(`
    query AccessWorkspaceEvents($id: ID!) {
  node(id: $id) {
    ... on Workspace {
      events {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessWorkspaceEventsQuery, AccessWorkspaceEventsQueryVariables>;
export const AccessUserHostedEventsDocument = new TypedDocumentString(`
    query AccessUserHostedEvents($id: ID!) {
  node(id: $id) {
    ... on User {
      hostedEvents {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserHostedEventsQuery, AccessUserHostedEventsQueryVariables>;
export const AccessHostedEventParticipantsDocument = new TypedDocumentString(`
    query AccessHostedEventParticipants($id: ID!) {
  node(id: $id) {
    ... on HostedEvent {
      participants {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessHostedEventParticipantsQuery, AccessHostedEventParticipantsQueryVariables>;
export const AccessUserEventParticipationsDocument = new TypedDocumentString(`
    query AccessUserEventParticipations($id: ID!) {
  node(id: $id) {
    ... on User {
      eventParticipations {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserEventParticipationsQuery, AccessUserEventParticipationsQueryVariables>;
export const AccessUserRelationshipsDocument = new TypedDocumentString(`
    query AccessUserRelationships($id: ID!) {
  node(id: $id) {
    ... on User {
      relationships {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserRelationshipsQuery, AccessUserRelationshipsQueryVariables>;
export const AccessUserInboxDocument = new TypedDocumentString(`
    query AccessUserInbox($id: ID!) {
  node(id: $id) {
    ... on User {
      inbox {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserInboxQuery, AccessUserInboxQueryVariables>;
export const AccessThreadParticipantsDocument = new TypedDocumentString(`
    query AccessThreadParticipants($id: ID!) {
  node(id: $id) {
    ... on Thread {
      participants {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessThreadParticipantsQuery, AccessThreadParticipantsQueryVariables>;
export const AccessThreadInvitesDocument = new TypedDocumentString(`
    query AccessThreadInvites($id: ID!) {
  node(id: $id) {
    ... on Thread {
      invites {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessThreadInvitesQuery, AccessThreadInvitesQueryVariables>;
export const AccessThreadMessagesDocument = new TypedDocumentString(`
    query AccessThreadMessages($id: ID!) {
  node(id: $id) {
    ... on Thread {
      messages {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessThreadMessagesQuery, AccessThreadMessagesQueryVariables>;
export const AccessUserApiTokensDocument = new TypedDocumentString(`
    query AccessUserApiTokens($id: ID!) {
  node(id: $id) {
    ... on User {
      apiTokens {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserApiTokensQuery, AccessUserApiTokensQueryVariables>;
export const AccessUserOutgoingRequestsDocument = new TypedDocumentString(`
    query AccessUserOutgoingRequests($id: ID!) {
  node(id: $id) {
    ... on User {
      outgoingRequests {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserOutgoingRequestsQuery, AccessUserOutgoingRequestsQueryVariables>;
export const AccessUserIncomingRequestsDocument = new TypedDocumentString(`
    query AccessUserIncomingRequests($id: ID!) {
  node(id: $id) {
    ... on User {
      incomingRequests {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserIncomingRequestsQuery, AccessUserIncomingRequestsQueryVariables>;
export const AccessUserThreadsDocument = new TypedDocumentString(`
    query AccessUserThreads($id: ID!) {
  node(id: $id) {
    ... on User {
      threads {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserThreadsQuery, AccessUserThreadsQueryVariables>;
export const AccessUserThreadInvitesDocument = new TypedDocumentString(`
    query AccessUserThreadInvites($id: ID!) {
  node(id: $id) {
    ... on User {
      threadInvites {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserThreadInvitesQuery, AccessUserThreadInvitesQueryVariables>;
export const AccessUserWorkspaceMembershipsDocument = new TypedDocumentString(`
    query AccessUserWorkspaceMemberships($id: ID!) {
  node(id: $id) {
    ... on User {
      workspaceMemberships {
        edges {
          node {
            workspace {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserWorkspaceMembershipsQuery, AccessUserWorkspaceMembershipsQueryVariables>;
export const AccessThreadInviteEmailErrorDocument = new TypedDocumentString(`
    query AccessThreadInviteEmailError($id: ID!) {
  node(id: $id) {
    ... on ThreadInvite {
      emailError
    }
  }
}
    `) as unknown as TypedDocumentString<AccessThreadInviteEmailErrorQuery, AccessThreadInviteEmailErrorQueryVariables>;
export const AccessThreadMessageDeliveriesDocument = new TypedDocumentString(`
    query AccessThreadMessageDeliveries($id: ID!) {
  node(id: $id) {
    ... on ThreadMessage {
      deliveries {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessThreadMessageDeliveriesQuery, AccessThreadMessageDeliveriesQueryVariables>;
export const AccessUserEmailDocument = new TypedDocumentString(`
    query AccessUserEmail($id: ID!) {
  node(id: $id) {
    ... on User {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserEmailQuery, AccessUserEmailQueryVariables>;
export const AccessUserAiUsageDocument = new TypedDocumentString(`
    query AccessUserAiUsage($id: ID!) {
  node(id: $id) {
    ... on User {
      aiUsage {
        todayUsd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserAiUsageQuery, AccessUserAiUsageQueryVariables>;
export const AccessViewerInboxDocument = new TypedDocumentString(`
    query AccessViewerInbox {
  viewer {
    inbox {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessViewerInboxQuery, AccessViewerInboxQueryVariables>;
export const AccessViewerIncomingRequestsDocument = new TypedDocumentString(`
    query AccessViewerIncomingRequests {
  viewer {
    incomingRequests {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessViewerIncomingRequestsQuery, AccessViewerIncomingRequestsQueryVariables>;
export const AccessViewerOutgoingRequestsDocument = new TypedDocumentString(`
    query AccessViewerOutgoingRequests {
  viewer {
    outgoingRequests {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessViewerOutgoingRequestsQuery, AccessViewerOutgoingRequestsQueryVariables>;
export const AccessViewerRelationshipsDocument = new TypedDocumentString(`
    query AccessViewerRelationships {
  viewer {
    relationships {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessViewerRelationshipsQuery, AccessViewerRelationshipsQueryVariables>;
export const AccessUserUnreadInboxDocument = new TypedDocumentString(`
    query AccessUserUnreadInbox($id: ID!) {
  node(id: $id) {
    ... on User {
      inbox(filter: {read: false, archived: false}) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserUnreadInboxQuery, AccessUserUnreadInboxQueryVariables>;
export const AccessUserPendingIncomingRequestsDocument = new TypedDocumentString(`
    query AccessUserPendingIncomingRequests($id: ID!) {
  node(id: $id) {
    ... on User {
      incomingRequests(status: PENDING) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserPendingIncomingRequestsQuery, AccessUserPendingIncomingRequestsQueryVariables>;
export const AccessAdminsCountDocument = new TypedDocumentString(`
    query AccessAdminsCount {
  admins {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessAdminsCountQuery, AccessAdminsCountQueryVariables>;
export const AccessAuditLogsCountDocument = new TypedDocumentString(`
    query AccessAuditLogsCount {
  auditLogs(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessAuditLogsCountQuery, AccessAuditLogsCountQueryVariables>;
export const AccessSystemSettingsDocument = new TypedDocumentString(`
    query AccessSystemSettings {
  systemSettings {
    maintenanceMode
    defaultRateLimit
  }
}
    `) as unknown as TypedDocumentString<AccessSystemSettingsQuery, AccessSystemSettingsQueryVariables>;
export const AccessAdminUserDocument = new TypedDocumentString(`
    query AccessAdminUser($id: ID!) {
  adminUser(id: $id) {
    id
    privateWorkItems {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAdminUserQuery, AccessAdminUserQueryVariables>;
export const AccessAdminUserIdDocument = new TypedDocumentString(`
    query AccessAdminUserId($id: ID!) {
  adminUser(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessAdminUserIdQuery, AccessAdminUserIdQueryVariables>;
export const AccessAdminWorkspacesCountDocument = new TypedDocumentString(`
    query AccessAdminWorkspacesCount {
  adminWorkspaces(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessAdminWorkspacesCountQuery, AccessAdminWorkspacesCountQueryVariables>;
export const AccessAdminWorkspaceDocument = new TypedDocumentString(`
    query AccessAdminWorkspace($id: ID!) {
  adminWorkspace(id: $id) {
    id
    members {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAdminWorkspaceQuery, AccessAdminWorkspaceQueryVariables>;
export const AccessImportSessionDocument = new TypedDocumentString(`
    query AccessImportSession($id: ID!) {
  importSession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AccessImportSessionQuery, AccessImportSessionQueryVariables>;
export const AccessImportSessionsCountDocument = new TypedDocumentString(`
    query AccessImportSessionsCount {
  importSessions(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessImportSessionsCountQuery, AccessImportSessionsCountQueryVariables>;
export const AccessDailyLogSummariesCountDocument = new TypedDocumentString(`
    query AccessDailyLogSummariesCount {
  dailyLogSummaries(from: "2020-01-01", to: "2020-01-31") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AccessDailyLogSummariesCountQuery, AccessDailyLogSummariesCountQueryVariables>;
export const AccessOperationStatsDocument = new TypedDocumentString(`
    query AccessOperationStats {
  operationStats(
    from: "2020-01-01T00:00:00Z"
    to: "2020-01-02T00:00:00Z"
    groupBy: [OPERATION]
  ) {
    total {
      requests
    }
  }
}
    `) as unknown as TypedDocumentString<AccessOperationStatsQuery, AccessOperationStatsQueryVariables>;
export const AccessFieldUsageDocument = new TypedDocumentString(`
    query AccessFieldUsage {
  fieldUsage(coordinate: "WorkItem.title") {
    requests
  }
}
    `) as unknown as TypedDocumentString<AccessFieldUsageQuery, AccessFieldUsageQueryVariables>;
export const AccessUsedFieldsDocument = new TypedDocumentString(`
    query AccessUsedFields {
  usedFields(days: 1) {
    coordinate
  }
}
    `) as unknown as TypedDocumentString<AccessUsedFieldsQuery, AccessUsedFieldsQueryVariables>;
export const AccessUnusedFieldsDocument = new TypedDocumentString(`
    query AccessUnusedFields {
  unusedFields(days: 1) {
    coordinate
  }
}
    `) as unknown as TypedDocumentString<AccessUnusedFieldsQuery, AccessUnusedFieldsQueryVariables>;
export const AccessDeprecatedFieldUsageDocument = new TypedDocumentString(`
    query AccessDeprecatedFieldUsage {
  deprecatedFieldUsage {
    coordinate
  }
}
    `) as unknown as TypedDocumentString<AccessDeprecatedFieldUsageQuery, AccessDeprecatedFieldUsageQueryVariables>;
export const AccessUpdateSystemSettingDocument = new TypedDocumentString(`
    mutation AccessUpdateSystemSetting {
  updateSystemSetting(input: {key: DEFAULT_RATE_LIMIT, value: "120"}) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUpdateSystemSettingMutation, AccessUpdateSystemSettingMutationVariables>;
export const AccessStartImportDocument = new TypedDocumentString(`
    mutation AccessStartImport($content: String!) {
  startImport(input: {kind: USERS, format: CSV, content: $content}) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessStartImportMutation, AccessStartImportMutationVariables>;
export const AccessAdminSetWorkspaceMemberRoleDocument = new TypedDocumentString(`
    mutation AccessAdminSetWorkspaceMemberRole($w: ID!, $u: ID!) {
  adminSetWorkspaceMemberRole(input: {workspaceId: $w, userId: $u, role: MEMBER}) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAdminSetWorkspaceMemberRoleMutation, AccessAdminSetWorkspaceMemberRoleMutationVariables>;
export const AccessAdminRemoveWorkspaceMemberDocument = new TypedDocumentString(`
    mutation AccessAdminRemoveWorkspaceMember($w: ID!, $u: ID!) {
  adminRemoveWorkspaceMember(input: {workspaceId: $w, userId: $u}) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAdminRemoveWorkspaceMemberMutation, AccessAdminRemoveWorkspaceMemberMutationVariables>;
export const AccessAdminTransferWorkspaceOwnershipDocument = new TypedDocumentString(`
    mutation AccessAdminTransferWorkspaceOwnership($w: ID!, $u: ID!) {
  adminTransferWorkspaceOwnership(input: {workspaceId: $w, newOwnerId: $u}) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAdminTransferWorkspaceOwnershipMutation, AccessAdminTransferWorkspaceOwnershipMutationVariables>;
export const AccessGrantAdminRoleDocument = new TypedDocumentString(`
    mutation AccessGrantAdminRole($u: ID!) {
  grantAdminRole(input: {userId: $u, role: SUPPORT}) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessGrantAdminRoleMutation, AccessGrantAdminRoleMutationVariables>;
export const AccessRevokeAdminRoleDocument = new TypedDocumentString(`
    mutation AccessRevokeAdminRole($u: ID!) {
  revokeAdminRole(input: {userId: $u}) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AccessRevokeAdminRoleMutation, AccessRevokeAdminRoleMutationVariables>;
export const AccessCreateApiTokenDocument = new TypedDocumentString(`
    mutation AccessCreateApiToken {
  createApiToken(input: {name: "CI", scopes: [READ, WRITE]}) {
    __typename
    ... on CreateApiTokenSuccess {
      data {
        token
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessCreateApiTokenMutation, AccessCreateApiTokenMutationVariables>;
export const AccessCreateWorkItemDocument = new TypedDocumentString(`
    mutation AccessCreateWorkItem($input: CreateWorkItemInput!) {
  createWorkItem(input: $input) {
    __typename
    ... on Error {
      message
      code
    }
    ... on NotFoundError {
      entity
    }
    ... on ValidationError {
      issues {
        field
      }
    }
    ... on CreateWorkItemSuccess {
      data {
        id
        listId
        room {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessCreateWorkItemMutation, AccessCreateWorkItemMutationVariables>;
export const AccessChangeWorkItemVisibilityDocument = new TypedDocumentString(`
    mutation AccessChangeWorkItemVisibility($input: ChangeWorkItemVisibilityInput!) {
  changeWorkItemVisibility(input: $input) {
    __typename
    ... on Error {
      message
      code
    }
    ... on NotFoundError {
      entity
    }
    ... on ValidationError {
      issues {
        field
      }
    }
    ... on ChangeWorkItemVisibilitySuccess {
      data {
        id
        visibility
        listId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessChangeWorkItemVisibilityMutation, AccessChangeWorkItemVisibilityMutationVariables>;
export const AccessAssignWorkItemDocument = new TypedDocumentString(`
    mutation AccessAssignWorkItem($input: AssignWorkItemInput!) {
  assignWorkItem(input: $input) {
    __typename
    ... on Error {
      message
      code
    }
    ... on NotFoundError {
      entity
    }
    ... on ValidationError {
      issues {
        field
      }
    }
    ... on AssignWorkItemSuccess {
      data {
        assignee {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAssignWorkItemMutation, AccessAssignWorkItemMutationVariables>;
export const AccessAddListMemberDocument = new TypedDocumentString(`
    mutation AccessAddListMember($input: AddListMemberInput!) {
  addListMember(input: $input) {
    __typename
    ... on Error {
      message
      code
    }
    ... on NotFoundError {
      entity
    }
    ... on ValidationError {
      issues {
        field
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessAddListMemberMutation, AccessAddListMemberMutationVariables>;
export const AccessRemoveWorkspaceMemberDocument = new TypedDocumentString(`
    mutation AccessRemoveWorkspaceMember($input: RemoveWorkspaceMemberInput!) {
  removeWorkspaceMember(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AccessRemoveWorkspaceMemberMutation, AccessRemoveWorkspaceMemberMutationVariables>;
export const AccessUpdateWorkItemDocument = new TypedDocumentString(`
    mutation AccessUpdateWorkItem($input: UpdateWorkItemInput!) {
  updateWorkItem(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AccessUpdateWorkItemMutation, AccessUpdateWorkItemMutationVariables>;
export const AccessListWorkItemTitlesDocument = new TypedDocumentString(`
    query AccessListWorkItemTitles($id: ID!) {
  node(id: $id) {
    ... on List {
      workItems(first: 50) {
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
    `) as unknown as TypedDocumentString<AccessListWorkItemTitlesQuery, AccessListWorkItemTitlesQueryVariables>;
export const AccessWorkItemFieldsDocument = new TypedDocumentString(`
    query AccessWorkItemFields($id: ID!) {
  node(id: $id) {
    ... on WorkItem {
      title
      visibility
    }
  }
}
    `) as unknown as TypedDocumentString<AccessWorkItemFieldsQuery, AccessWorkItemFieldsQueryVariables>;
export const AccessWorkItemTitleDocument = new TypedDocumentString(`
    query AccessWorkItemTitle($id: ID!) {
  node(id: $id) {
    ... on WorkItem {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<AccessWorkItemTitleQuery, AccessWorkItemTitleQueryVariables>;
export const AccessSearchDocument = new TypedDocumentString(`
    query AccessSearch($query: String!, $types: [SearchType!]) {
  search(query: $query, types: $types, first: 100) {
    totalCount
    edges {
      node {
        __typename
        ... on Node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessSearchQuery, AccessSearchQueryVariables>;
export const AccessWorkspaceWebhookEndpointsDocument = new TypedDocumentString(`
    query AccessWorkspaceWebhookEndpoints($id: ID!) {
  node(id: $id) {
    ... on Workspace {
      webhookEndpoints {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessWorkspaceWebhookEndpointsQuery, AccessWorkspaceWebhookEndpointsQueryVariables>;
export const AccessUserWebhookEndpointsDocument = new TypedDocumentString(`
    query AccessUserWebhookEndpoints($id: ID!) {
  node(id: $id) {
    ... on User {
      webhookEndpoints {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessUserWebhookEndpointsQuery, AccessUserWebhookEndpointsQueryVariables>;
export const AccessWebhookDeliveriesDocument = new TypedDocumentString(`
    query AccessWebhookDeliveries($endpointId: ID!) {
  webhookDeliveries(endpointId: $endpointId) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessWebhookDeliveriesQuery, AccessWebhookDeliveriesQueryVariables>;
export const AccessWorkItemAttachmentsDocument = new TypedDocumentString(`
    query AccessWorkItemAttachments($id: ID!) {
  node(id: $id) {
    ... on WorkItem {
      attachments {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessWorkItemAttachmentsQuery, AccessWorkItemAttachmentsQueryVariables>;
export const AccessMessageAttachmentsDocument = new TypedDocumentString(`
    query AccessMessageAttachments($id: ID!) {
  node(id: $id) {
    ... on ThreadMessage {
      attachments {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccessMessageAttachmentsQuery, AccessMessageAttachmentsQueryVariables>;
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
export const UpdateAiProviderSettingsDetailedDocument = new TypedDocumentString(`
    mutation UpdateAiProviderSettingsDetailed($input: UpdateAiProviderSettingsInput!) {
  updateAiProviderSettings(input: $input) {
    __typename
    ... on UpdateAiProviderSettingsSuccess {
      data {
        provider
        enabled
        available
        defaultModel
        fallbackProvider
        timeoutMs
        featureRoutes {
          feature
          provider
          model
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
    `) as unknown as TypedDocumentString<UpdateAiProviderSettingsDetailedMutation, UpdateAiProviderSettingsDetailedMutationVariables>;
export const AddAiProviderKeyDetailedDocument = new TypedDocumentString(`
    mutation AddAiProviderKeyDetailed($input: AddAiProviderKeyInput!) {
  addAiProviderKey(input: $input) {
    __typename
    ... on AddAiProviderKeySuccess {
      data {
        id
        provider
        maskedPreview
        active
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AddAiProviderKeyDetailedMutation, AddAiProviderKeyDetailedMutationVariables>;
export const RotateAiProviderKeyDetailedDocument = new TypedDocumentString(`
    mutation RotateAiProviderKeyDetailed($input: RotateAiProviderKeyInput!) {
  rotateAiProviderKey(input: $input) {
    __typename
    ... on RotateAiProviderKeySuccess {
      data {
        id
        maskedPreview
        active
        rotatedAt
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RotateAiProviderKeyDetailedMutation, RotateAiProviderKeyDetailedMutationVariables>;
export const DeleteAiProviderKeyDetailedDocument = new TypedDocumentString(`
    mutation DeleteAiProviderKeyDetailed($input: DeleteAiProviderKeyInput!) {
  deleteAiProviderKey(input: $input) {
    __typename
    ... on DeleteAiProviderKeySuccess {
      data
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteAiProviderKeyDetailedMutation, DeleteAiProviderKeyDetailedMutationVariables>;
export const AiProviderSettingsWithKeysDocument = new TypedDocumentString(`
    query AiProviderSettingsWithKeys {
  aiProviderSettings {
    provider
    configured
    enabled
    available
    defaultModel
    fallbackProvider
    timeoutMs
    featureRoutes {
      feature
      provider
      model
    }
    keys {
      id
      provider
      maskedPreview
      active
      rotatedAt
      createdBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AiProviderSettingsWithKeysQuery, AiProviderSettingsWithKeysQueryVariables>;
export const TestAiProviderDetailedDocument = new TypedDocumentString(`
    mutation TestAiProviderDetailed($input: TestAiProviderInput!) {
  testAiProvider(input: $input) {
    __typename
    ... on TestAiProviderSuccess {
      data {
        provider
        model
        ok
        errorCode
      }
    }
    ... on Error {
      message
      code
    }
    ... on BudgetExceededError {
      period
      limitUsd
      spentUsd
      estimateUsd
    }
  }
}
    `) as unknown as TypedDocumentString<TestAiProviderDetailedMutation, TestAiProviderDetailedMutationVariables>;
export const CreateThreadWithinBudgetDocument = new TypedDocumentString(`
    mutation CreateThreadWithinBudget($input: CreateThreadInput!) {
  createThread(input: $input) {
    __typename
    ... on CreateThreadSuccess {
      data {
        invitedCount
        thread {
          id
        }
      }
    }
    ... on Error {
      code
      message
    }
    ... on BudgetExceededError {
      period
      limitUsd
    }
  }
}
    `) as unknown as TypedDocumentString<CreateThreadWithinBudgetMutation, CreateThreadWithinBudgetMutationVariables>;
export const AiUsageOfViewerAndOtherDocument = new TypedDocumentString(`
    query AiUsageOfViewerAndOther($other: ID!) {
  viewer {
    aiUsage {
      todayUsd
      monthUsd
      todayCalls
      monthCalls
      dailyLimitUsd
      monthlyLimitUsd
      byFeature {
        feature
        todayUsd
        monthUsd
        monthCalls
      }
    }
  }
  node(id: $other) {
    __typename
    ... on User {
      aiUsage {
        todayUsd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AiUsageOfViewerAndOtherQuery, AiUsageOfViewerAndOtherQueryVariables>;
export const AiUsageReportDetailedDocument = new TypedDocumentString(`
    query AiUsageReportDetailed($from: DateTime!, $to: DateTime!, $groupBy: AiUsageGroupBy!, $limit: Int) {
  aiUsageReport(from: $from, to: $to, groupBy: $groupBy, limit: $limit) {
    groupBy
    truncated
    rows {
      key
      user {
        displayName
      }
      figures {
        calls
        successCalls
        fallbackCalls
        refusedCalls
        inputTokens
        costUsd
      }
    }
    total {
      calls
      costUsd
      refusedCalls
    }
  }
}
    `) as unknown as TypedDocumentString<AiUsageReportDetailedQuery, AiUsageReportDetailedQueryVariables>;
export const AiUsageLogsPageDocument = new TypedDocumentString(`
    query AiUsageLogsPage($filter: AiUsageLogFilter, $first: Int, $after: String) {
  aiUsageLogs(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        user {
          displayName
        }
        feature
        provider
        model
        costUsd
        outcome
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AiUsageLogsPageQuery, AiUsageLogsPageQueryVariables>;
export const SetAiCostBudgetDetailedDocument = new TypedDocumentString(`
    mutation SetAiCostBudgetDetailed($input: SetAiCostBudgetInput!) {
  setAiCostBudget(input: $input) {
    __typename
    ... on SetAiCostBudgetSuccess {
      data {
        user {
          displayName
        }
        period
        limitUsd
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SetAiCostBudgetDetailedMutation, SetAiCostBudgetDetailedMutationVariables>;
export const AiCostBudgetsOfDocument = new TypedDocumentString(`
    query AiCostBudgetsOf($userId: ID) {
  aiCostBudgets(userId: $userId) {
    totalCount
    edges {
      node {
        period
        limitUsd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AiCostBudgetsOfQuery, AiCostBudgetsOfQueryVariables>;
export const RemoveAiCostBudgetDetailedDocument = new TypedDocumentString(`
    mutation RemoveAiCostBudgetDetailed($input: RemoveAiCostBudgetInput!) {
  removeAiCostBudget(input: $input) {
    __typename
    ... on RemoveAiCostBudgetSuccess {
      data {
        period
        limitUsd
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveAiCostBudgetDetailedMutation, RemoveAiCostBudgetDetailedMutationVariables>;
export const AiUsageReportFewFiguresDocument = new TypedDocumentString(`
    query AiUsageReportFewFigures($from: DateTime!, $to: DateTime!, $groupBy: AiUsageGroupBy!) {
  aiUsageReport(from: $from, to: $to, groupBy: $groupBy) {
    rows {
      key
      figures {
        n: calls
        ...AiUsageSpend
      }
    }
    total {
      ... on AiUsageFigures {
        refusedCalls
      }
      ...AiUsageSpend
    }
  }
}
    fragment AiUsageSpend on AiUsageFigures {
  costUsd
}`) as unknown as TypedDocumentString<AiUsageReportFewFiguresQuery, AiUsageReportFewFiguresQueryVariables>;
export const AnalyticsItemThroughFragmentsDocument = new TypedDocumentString(`
    query AnalyticsItemThroughFragments($id: ID!) {
  item: node(id: $id) {
    __typename
    ...AnalyticsItemFields
  }
}
    fragment AnalyticsItemFields on WorkItem {
  heading: title
  status
  ...AnalyticsItemDates
}
fragment AnalyticsItemDates on WorkItem {
  createdAt
}`) as unknown as TypedDocumentString<AnalyticsItemThroughFragmentsQuery, AnalyticsItemThroughFragmentsQueryVariables>;
export const AnalyticsViewerNameDocument = new TypedDocumentString(`
    query AnalyticsViewerName {
  me: viewer {
    displayName
  }
}
    `) as unknown as TypedDocumentString<AnalyticsViewerNameQuery, AnalyticsViewerNameQueryVariables>;
export const AnalyticsOperationStatsDocument = new TypedDocumentString(`
    query AnalyticsOperationStats($from: DateTime!, $to: DateTime!, $groupBy: [OperationStatsGroupBy!]!, $where: OperationStatsFilter) {
  operationStats(from: $from, to: $to, groupBy: $groupBy, where: $where) {
    groups {
      operationName
      documents
      clientName
      clientVersion
      status
      period
      figures {
        ...AnalyticsFigures
      }
    }
    total {
      ...AnalyticsFigures
    }
    truncated
  }
}
    fragment AnalyticsFigures on OperationStatsFigures {
  requests
  errors
  errorRate
  p50DurationMs
  p95DurationMs
  meanDurationMs
  maxDurationMs
  meanCost
  maxCost
  d1Statements
  d1RowsRead
  d1RowsWritten
}`) as unknown as TypedDocumentString<AnalyticsOperationStatsQuery, AnalyticsOperationStatsQueryVariables>;
export const AnalyticsFieldUsageDocument = new TypedDocumentString(`
    query AnalyticsFieldUsage($coordinate: String!, $days: Int) {
  fieldUsage(coordinate: $coordinate, days: $days) {
    ...AnalyticsUsage
  }
}
    fragment AnalyticsUsage on FieldUsage {
  coordinate
  days
  requests
  lastSeenAt
  inSchema
  deprecationReason
  clients {
    clientName
    requests
    lastSeenAt
  }
}`) as unknown as TypedDocumentString<AnalyticsFieldUsageQuery, AnalyticsFieldUsageQueryVariables>;
export const AnalyticsUsedFieldsDocument = new TypedDocumentString(`
    query AnalyticsUsedFields($days: Int) {
  usedFields(days: $days) {
    ...AnalyticsUsage
  }
}
    fragment AnalyticsUsage on FieldUsage {
  coordinate
  days
  requests
  lastSeenAt
  inSchema
  deprecationReason
  clients {
    clientName
    requests
    lastSeenAt
  }
}`) as unknown as TypedDocumentString<AnalyticsUsedFieldsQuery, AnalyticsUsedFieldsQueryVariables>;
export const AnalyticsUnusedFieldsDocument = new TypedDocumentString(`
    query AnalyticsUnusedFields($days: Int) {
  unusedFields(days: $days) {
    coordinate
    requests
  }
}
    `) as unknown as TypedDocumentString<AnalyticsUnusedFieldsQuery, AnalyticsUnusedFieldsQueryVariables>;
export const AnalyticsDeprecatedFieldUsageDocument = new TypedDocumentString(`
    query AnalyticsDeprecatedFieldUsage($days: Int) {
  deprecatedFieldUsage(days: $days) {
    ...AnalyticsUsage
  }
}
    fragment AnalyticsUsage on FieldUsage {
  coordinate
  days
  requests
  lastSeenAt
  inSchema
  deprecationReason
  clients {
    clientName
    requests
    lastSeenAt
  }
}`) as unknown as TypedDocumentString<AnalyticsDeprecatedFieldUsageQuery, AnalyticsDeprecatedFieldUsageQueryVariables>;
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
export const AttachmentCreateUploadDocument = new TypedDocumentString(`
    mutation AttachmentCreateUpload($input: CreateAttachmentUploadInput!) {
  createAttachmentUpload(input: $input) {
    __typename
    ...AttachmentErrors
    ... on CreateAttachmentUploadSuccess {
      data {
        attachmentId
        uploadUrl
        expiresAt
      }
    }
  }
}
    fragment AttachmentErrors on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      field
      message
    }
  }
  ... on StorageQuotaExceededError {
    usedBytes
    quotaBytes
    requestedBytes
  }
}`) as unknown as TypedDocumentString<AttachmentCreateUploadMutation, AttachmentCreateUploadMutationVariables>;
export const AttachmentDeleteDocument = new TypedDocumentString(`
    mutation AttachmentDelete($input: DeleteAttachmentInput!) {
  deleteAttachment(input: $input) {
    __typename
    ...AttachmentErrors
    ... on DeleteAttachmentSuccess {
      data
    }
  }
}
    fragment AttachmentErrors on Error {
  __typename
  code
  message
  ... on ValidationError {
    issues {
      field
      message
    }
  }
  ... on StorageQuotaExceededError {
    usedBytes
    quotaBytes
    requestedBytes
  }
}`) as unknown as TypedDocumentString<AttachmentDeleteMutation, AttachmentDeleteMutationVariables>;
export const AttachmentDeleteWorkItemDocument = new TypedDocumentString(`
    mutation AttachmentDeleteWorkItem($input: WorkItemRefInput!) {
  deleteWorkItem(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AttachmentDeleteWorkItemMutation, AttachmentDeleteWorkItemMutationVariables>;
export const AttachmentsOfItemDocument = new TypedDocumentString(`
    query AttachmentsOfItem($id: ID!) {
  node(id: $id) {
    ... on WorkItem {
      attachments(first: 50) {
        totalCount
        edges {
          node {
            ...AttachmentFields
          }
        }
      }
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  filename
  contentType
  byteSize
  sha256
  downloadUrl
  createdAt
  uploader {
    id
  }
}`) as unknown as TypedDocumentString<AttachmentsOfItemQuery, AttachmentsOfItemQueryVariables>;
export const AttachmentsOfMessageDocument = new TypedDocumentString(`
    query AttachmentsOfMessage($id: ID!) {
  node(id: $id) {
    ... on ThreadMessage {
      attachments(first: 50) {
        totalCount
        edges {
          node {
            ...AttachmentFields
          }
        }
      }
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  filename
  contentType
  byteSize
  sha256
  downloadUrl
  createdAt
  uploader {
    id
  }
}`) as unknown as TypedDocumentString<AttachmentsOfMessageQuery, AttachmentsOfMessageQueryVariables>;
export const AttachmentsOfItemsDocument = new TypedDocumentString(`
    query AttachmentsOfItems($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on WorkItem {
      id
      attachments(first: 10) {
        edges {
          node {
            id
            byteSize
            uploader {
              id
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttachmentsOfItemsQuery, AttachmentsOfItemsQueryVariables>;
export const AttachmentStorageDocument = new TypedDocumentString(`
    query AttachmentStorage($id: ID!) {
  node(id: $id) {
    ... on Workspace {
      attachmentStorage {
        usedBytes
        attachmentCount
        quotaBytes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttachmentStorageQuery, AttachmentStorageQueryVariables>;
export const AttachmentSettingDocument = new TypedDocumentString(`
    mutation AttachmentSetting($input: UpdateSystemSettingInput!) {
  updateSystemSetting(input: $input) {
    __typename
    ... on UpdateSystemSettingSuccess {
      data {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttachmentSettingMutation, AttachmentSettingMutationVariables>;
export const AttachmentDeleteThreadDocument = new TypedDocumentString(`
    mutation AttachmentDeleteThread($id: ID!) {
  deleteThread(input: {threadId: $id}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<AttachmentDeleteThreadMutation, AttachmentDeleteThreadMutationVariables>;
export const FixedCostTypenameDocument = new TypedDocumentString(`
    query FixedCostTypename {
  __typename
}
    `) as unknown as TypedDocumentString<FixedCostTypenameQuery, FixedCostTypenameQueryVariables>;
export const FixedCostViewerDocument = new TypedDocumentString(`
    query FixedCostViewer {
  viewer {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<FixedCostViewerQuery, FixedCostViewerQueryVariables>;
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
export const SessionCreateWorkspaceDocument = new TypedDocumentString(`
    mutation SessionCreateWorkspace($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    __typename
    ... on CreateWorkspaceSuccess {
      data {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SessionCreateWorkspaceMutation, SessionCreateWorkspaceMutationVariables>;
export const SessionWorkspaceDocument = new TypedDocumentString(`
    query SessionWorkspace($id: ID!) {
  node(id: $id) {
    __typename
    ... on Workspace {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SessionWorkspaceQuery, SessionWorkspaceQueryVariables>;
export const EvCreateWorkItemDocument = new TypedDocumentString(`
    mutation EvCreateWorkItem($input: CreateWorkItemInput!) {
  createWorkItem(input: $input) {
    __typename
    ... on CreateWorkItemSuccess {
      data {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvCreateWorkItemMutation, EvCreateWorkItemMutationVariables>;
export const EvUpdateWorkItemDocument = new TypedDocumentString(`
    mutation EvUpdateWorkItem($input: UpdateWorkItemInput!) {
  updateWorkItem(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvUpdateWorkItemMutation, EvUpdateWorkItemMutationVariables>;
export const EvCompleteWorkItemDocument = new TypedDocumentString(`
    mutation EvCompleteWorkItem($input: WorkItemRefInput!) {
  completeWorkItem(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvCompleteWorkItemMutation, EvCompleteWorkItemMutationVariables>;
export const EvDeleteWorkItemDocument = new TypedDocumentString(`
    mutation EvDeleteWorkItem($input: WorkItemRefInput!) {
  deleteWorkItem(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvDeleteWorkItemMutation, EvDeleteWorkItemMutationVariables>;
export const EvChangeWorkItemVisibilityDocument = new TypedDocumentString(`
    mutation EvChangeWorkItemVisibility($input: ChangeWorkItemVisibilityInput!) {
  changeWorkItemVisibility(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvChangeWorkItemVisibilityMutation, EvChangeWorkItemVisibilityMutationVariables>;
export const EvAssignWorkItemDocument = new TypedDocumentString(`
    mutation EvAssignWorkItem($input: AssignWorkItemInput!) {
  assignWorkItem(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvAssignWorkItemMutation, EvAssignWorkItemMutationVariables>;
export const EvSendThreadMessageDocument = new TypedDocumentString(`
    mutation EvSendThreadMessage($input: SendThreadMessageInput!) {
  sendThreadMessage(input: $input) {
    __typename
    ... on SendThreadMessageSuccess {
      data {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvSendThreadMessageMutation, EvSendThreadMessageMutationVariables>;
export const EvMarkThreadReadDocument = new TypedDocumentString(`
    mutation EvMarkThreadRead($input: MarkThreadReadInput!) {
  markThreadRead(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvMarkThreadReadMutation, EvMarkThreadReadMutationVariables>;
export const EvMarkThreadMessagesDeliveredDocument = new TypedDocumentString(`
    mutation EvMarkThreadMessagesDelivered($input: MarkThreadMessagesDeliveredInput!) {
  markThreadMessagesDelivered(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvMarkThreadMessagesDeliveredMutation, EvMarkThreadMessagesDeliveredMutationVariables>;
export const EvAcceptInviteDocument = new TypedDocumentString(`
    mutation EvAcceptInvite($input: InviteAnswerInput!) {
  acceptInvite(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvAcceptInviteMutation, EvAcceptInviteMutationVariables>;
export const EvDeclineInviteDocument = new TypedDocumentString(`
    mutation EvDeclineInvite($input: InviteAnswerInput!) {
  declineInvite(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvDeclineInviteMutation, EvDeclineInviteMutationVariables>;
export const EvAddWorkspaceMemberDocument = new TypedDocumentString(`
    mutation EvAddWorkspaceMember($input: WorkspaceMemberInput!) {
  addWorkspaceMember(input: $input) {
    __typename
    ... on AddWorkspaceMemberSuccess {
      data {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvAddWorkspaceMemberMutation, EvAddWorkspaceMemberMutationVariables>;
export const EvRemoveWorkspaceMemberDocument = new TypedDocumentString(`
    mutation EvRemoveWorkspaceMember($input: RemoveWorkspaceMemberInput!) {
  removeWorkspaceMember(input: $input) {
    __typename
    ... on RemoveWorkspaceMemberSuccess {
      data
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvRemoveWorkspaceMemberMutation, EvRemoveWorkspaceMemberMutationVariables>;
export const EvAddListItemDocument = new TypedDocumentString(`
    mutation EvAddListItem($input: AddListItemInput!) {
  addListItem(input: $input) {
    __typename
    ... on AddListItemSuccess {
      data {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvAddListItemMutation, EvAddListItemMutationVariables>;
export const EvCompleteListItemDocument = new TypedDocumentString(`
    mutation EvCompleteListItem($input: ListItemInput!) {
  completeListItem(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvCompleteListItemMutation, EvCompleteListItemMutationVariables>;
export const EvSendRelationshipRequestDocument = new TypedDocumentString(`
    mutation EvSendRelationshipRequest($input: SendRelationshipRequestInput!) {
  sendRelationshipRequest(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvSendRelationshipRequestMutation, EvSendRelationshipRequestMutationVariables>;
export const CreateHostedEventDetailedDocument = new TypedDocumentString(`
    mutation CreateHostedEventDetailed($input: CreateHostedEventInput!) {
  createHostedEvent(input: $input) {
    __typename
    ... on CreateHostedEventSuccess {
      data {
        id
        title
        startsAt
        endsAt
        capacity
        status
        host {
          id
        }
        workspace {
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
    `) as unknown as TypedDocumentString<CreateHostedEventDetailedMutation, CreateHostedEventDetailedMutationVariables>;
export const JoinHostedEventDetailedDocument = new TypedDocumentString(`
    mutation JoinHostedEventDetailed($input: JoinHostedEventInput!) {
  joinHostedEvent(input: $input) {
    __typename
    ... on JoinHostedEventSuccess {
      data {
        id
        status
        user {
          id
        }
        event {
          id
          participants {
            totalCount
          }
        }
      }
    }
    ... on EventFullError {
      capacity
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<JoinHostedEventDetailedMutation, JoinHostedEventDetailedMutationVariables>;
export const LeaveHostedEventDetailedDocument = new TypedDocumentString(`
    mutation LeaveHostedEventDetailed($input: LeaveHostedEventInput!) {
  leaveHostedEvent(input: $input) {
    __typename
    ... on LeaveHostedEventSuccess {
      data
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LeaveHostedEventDetailedMutation, LeaveHostedEventDetailedMutationVariables>;
export const EventsOfWorkspaceDocument = new TypedDocumentString(`
    query EventsOfWorkspace($id: ID!, $from: DateTime, $to: DateTime) {
  node(id: $id) {
    __typename
    ... on Workspace {
      events(from: $from, to: $to) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsOfWorkspaceQuery, EventsOfWorkspaceQueryVariables>;
export const WorkspaceItemsWhereDocument = new TypedDocumentString(`
    query WorkspaceItemsWhere($id: ID!, $where: WorkItemWhere, $orderBy: [WorkItemOrderBy!], $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on Workspace {
      workItems(
        where: $where
        orderBy: $orderBy
        first: $first
        after: $after
        last: $last
        before: $before
      ) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            ...FilteredItem
          }
        }
      }
    }
  }
}
    fragment FilteredItem on WorkItem {
  id
  title
  status
  dueAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<WorkspaceItemsWhereQuery, WorkspaceItemsWhereQueryVariables>;
export const RootItemsWhereDocument = new TypedDocumentString(`
    query RootItemsWhere($where: WorkItemWhere, $orderBy: [WorkItemOrderBy!], $first: Int, $after: String) {
  workItems(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...FilteredItem
      }
    }
  }
}
    fragment FilteredItem on WorkItem {
  id
  title
  status
  dueAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RootItemsWhereQuery, RootItemsWhereQueryVariables>;
export const EveryItemConnectionWhereDocument = new TypedDocumentString(`
    query EveryItemConnectionWhere($workspace: ID!, $room: ID!, $list: ID!, $where: WorkItemWhere, $orderBy: [WorkItemOrderBy!]) {
  workspace: node(id: $workspace) {
    ... on Workspace {
      workItems(where: $where, orderBy: $orderBy, first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            ...FilteredItem
          }
        }
      }
    }
  }
  room: node(id: $room) {
    ... on Room {
      workItems(where: $where, orderBy: $orderBy, first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            ...FilteredItem
          }
        }
      }
    }
  }
  list: node(id: $list) {
    ... on List {
      workItems(where: $where, orderBy: $orderBy, first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            ...FilteredItem
          }
        }
      }
    }
  }
  viewer {
    ownedWorkItems(where: $where, orderBy: $orderBy, first: 100) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          ...FilteredItem
        }
      }
    }
    assignedWorkItems(where: $where, orderBy: $orderBy, first: 100) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          ...FilteredItem
        }
      }
    }
  }
  workItems(where: $where, orderBy: $orderBy, first: 100) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ...FilteredItem
      }
    }
  }
}
    fragment FilteredItem on WorkItem {
  id
  title
  status
  dueAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<EveryItemConnectionWhereQuery, EveryItemConnectionWhereQueryVariables>;
export const LegacyAndWhereDocument = new TypedDocumentString(`
    query LegacyAndWhere($id: ID!, $filter: WorkItemFilter, $order: WorkItemOrder, $where: WorkItemWhere, $orderBy: [WorkItemOrderBy!]) {
  node(id: $id) {
    ... on Workspace {
      workItems(
        filter: $filter
        order: $order
        where: $where
        orderBy: $orderBy
        first: 100
      ) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            ...FilteredItem
          }
        }
      }
    }
  }
}
    fragment FilteredItem on WorkItem {
  id
  title
  status
  dueAt
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<LegacyAndWhereQuery, LegacyAndWhereQueryVariables>;
export const WorkspaceItemStatsDocument = new TypedDocumentString(`
    query WorkspaceItemStats($id: ID!, $where: WorkItemWhere, $groupBy: [WorkItemGroupBy!]!) {
  node(id: $id) {
    ... on Workspace {
      workItemStats(where: $where, groupBy: $groupBy) {
        count
        status
        visibility
        dueWeek
        assignee {
          id
        }
        room {
          id
        }
        list {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceItemStatsQuery, WorkspaceItemStatsQueryVariables>;
export const AdminUsersWhereDocument = new TypedDocumentString(`
    query AdminUsersWhere($where: AdminUserWhere, $orderBy: [AdminUserOrderBy!], $first: Int, $after: String) {
  adminUsers(where: $where, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        createdAt
        user {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersWhereQuery, AdminUsersWhereQueryVariables>;
export const AdminUserStatsWhereDocument = new TypedDocumentString(`
    query AdminUserStatsWhere($where: AdminUserWhere, $groupBy: [AdminUserGroupBy!]!) {
  adminUserStats(where: $where, groupBy: $groupBy) {
    count
    status
    createdWeek
    createdMonth
  }
}
    `) as unknown as TypedDocumentString<AdminUserStatsWhereQuery, AdminUserStatsWhereQueryVariables>;
export const AdminWorkspacesWhereDocument = new TypedDocumentString(`
    query AdminWorkspacesWhere($where: AdminWorkspaceWhere, $orderBy: [AdminWorkspaceOrderBy!]) {
  adminWorkspaces(where: $where, orderBy: $orderBy, first: 50) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminWorkspacesWhereQuery, AdminWorkspacesWhereQueryVariables>;
export const AuditLogsWhereDocument = new TypedDocumentString(`
    query AuditLogsWhere($where: AuditLogWhere, $orderBy: [AuditLogOrderBy!]) {
  auditLogs(where: $where, orderBy: $orderBy, first: 50) {
    totalCount
    edges {
      node {
        id
        action
        targetId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogsWhereQuery, AuditLogsWhereQueryVariables>;
export const AiUsageLogsWhereDocument = new TypedDocumentString(`
    query AiUsageLogsWhere($where: AiUsageLogWhere, $orderBy: [AiUsageLogOrderBy!]) {
  aiUsageLogs(where: $where, orderBy: $orderBy, first: 50) {
    totalCount
    edges {
      node {
        id
        feature
        costUsd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AiUsageLogsWhereQuery, AiUsageLogsWhereQueryVariables>;
export const AiUsageStatsWhereDocument = new TypedDocumentString(`
    query AiUsageStatsWhere($where: AiUsageLogWhere, $groupBy: [AiUsageStatsGroupBy!]!) {
  aiUsageStats(where: $where, groupBy: $groupBy) {
    count
    costUsd
    inputTokens
    outputTokens
    feature
    provider
    outcome
    day
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AiUsageStatsWhereQuery, AiUsageStatsWhereQueryVariables>;
export const ManyWorkspacesWhereDocument = new TypedDocumentString(`
    query ManyWorkspacesWhere($where: WorkItemWhere) {
  viewer {
    workspaceMemberships(first: 100) {
      edges {
        node {
          workspace {
            workItems(first: 2, where: $where, orderBy: [{field: DUE_AT}, {field: TITLE}]) {
              totalCount
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ManyWorkspacesWhereQuery, ManyWorkspacesWhereQueryVariables>;
export const InboxMarkReadDocument = new TypedDocumentString(`
    mutation InboxMarkRead($input: InboxItemInput!) {
  markInboxItemRead(input: $input) {
    __typename
    ... on MarkInboxItemReadSuccess {
      data {
        ...InboxItemChange
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    fragment InboxItemChange on InboxItem {
  id
  isRead
  readAt
  archivedAt
  user {
    id
  }
}`) as unknown as TypedDocumentString<InboxMarkReadMutation, InboxMarkReadMutationVariables>;
export const InboxMarkUnreadDocument = new TypedDocumentString(`
    mutation InboxMarkUnread($input: InboxItemInput!) {
  markInboxItemUnread(input: $input) {
    __typename
    ... on MarkInboxItemUnreadSuccess {
      data {
        ...InboxItemChange
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    fragment InboxItemChange on InboxItem {
  id
  isRead
  readAt
  archivedAt
  user {
    id
  }
}`) as unknown as TypedDocumentString<InboxMarkUnreadMutation, InboxMarkUnreadMutationVariables>;
export const InboxArchiveDocument = new TypedDocumentString(`
    mutation InboxArchive($input: InboxItemInput!) {
  archiveInboxItem(input: $input) {
    __typename
    ... on ArchiveInboxItemSuccess {
      data {
        ...InboxItemChange
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    fragment InboxItemChange on InboxItem {
  id
  isRead
  readAt
  archivedAt
  user {
    id
  }
}`) as unknown as TypedDocumentString<InboxArchiveMutation, InboxArchiveMutationVariables>;
export const InboxViewerItemsDocument = new TypedDocumentString(`
    query InboxViewerItems($filter: InboxFilter) {
  viewer {
    inbox(filter: $filter) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InboxViewerItemsQuery, InboxViewerItemsQueryVariables>;
export const InboxOfUserDocument = new TypedDocumentString(`
    query InboxOfUser($id: ID!) {
  node(id: $id) {
    __typename
    ... on User {
      inbox {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InboxOfUserQuery, InboxOfUserQueryVariables>;
export const InboxSubjectsDocument = new TypedDocumentString(`
    query InboxSubjects {
  viewer {
    inbox {
      edges {
        node {
          kind
          subjectType
          subjectNodeId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InboxSubjectsQuery, InboxSubjectsQueryVariables>;
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
export const RtThreadMessageAddedDocument = new TypedDocumentString(`
    subscription RtThreadMessageAdded($threadId: ID!) {
  threadMessageAdded(threadId: $threadId) {
    id
    body
    sender {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RtThreadMessageAddedSubscription, RtThreadMessageAddedSubscriptionVariables>;
export const RtThreadActivityDocument = new TypedDocumentString(`
    subscription RtThreadActivity($threadId: ID!) {
  threadActivity(threadId: $threadId) {
    kind
    user {
      id
    }
    messageIds
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RtThreadActivitySubscription, RtThreadActivitySubscriptionVariables>;
export const RtInboxItemAddedDocument = new TypedDocumentString(`
    subscription RtInboxItemAdded {
  inboxItemAdded {
    id
    kind
    title
  }
}
    `) as unknown as TypedDocumentString<RtInboxItemAddedSubscription, RtInboxItemAddedSubscriptionVariables>;
export const RtWorkItemChangedDocument = new TypedDocumentString(`
    subscription RtWorkItemChanged($workspaceId: ID!) {
  workItemChanged(workspaceId: $workspaceId) {
    kind
    workItemId
    changedFields
    workItem {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<RtWorkItemChangedSubscription, RtWorkItemChangedSubscriptionVariables>;
export const RtSendThreadMessageDocument = new TypedDocumentString(`
    mutation RtSendThreadMessage($input: SendThreadMessageInput!) {
  sendThreadMessage(input: $input) {
    __typename
    ... on SendThreadMessageSuccess {
      data {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RtSendThreadMessageMutation, RtSendThreadMessageMutationVariables>;
export const RtMarkThreadReadDocument = new TypedDocumentString(`
    mutation RtMarkThreadRead($input: MarkThreadReadInput!) {
  markThreadRead(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RtMarkThreadReadMutation, RtMarkThreadReadMutationVariables>;
export const RtCreateWorkItemDocument = new TypedDocumentString(`
    mutation RtCreateWorkItem($input: CreateWorkItemInput!) {
  createWorkItem(input: $input) {
    __typename
    ... on CreateWorkItemSuccess {
      data {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RtCreateWorkItemMutation, RtCreateWorkItemMutationVariables>;
export const RtUpdateWorkItemDocument = new TypedDocumentString(`
    mutation RtUpdateWorkItem($input: UpdateWorkItemInput!) {
  updateWorkItem(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RtUpdateWorkItemMutation, RtUpdateWorkItemMutationVariables>;
export const RtChangeWorkItemVisibilityDocument = new TypedDocumentString(`
    mutation RtChangeWorkItemVisibility($input: ChangeWorkItemVisibilityInput!) {
  changeWorkItemVisibility(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RtChangeWorkItemVisibilityMutation, RtChangeWorkItemVisibilityMutationVariables>;
export const RtDeleteWorkItemDocument = new TypedDocumentString(`
    mutation RtDeleteWorkItem($input: WorkItemRefInput!) {
  deleteWorkItem(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RtDeleteWorkItemMutation, RtDeleteWorkItemMutationVariables>;
export const RtRemoveWorkspaceMemberDocument = new TypedDocumentString(`
    mutation RtRemoveWorkspaceMember($input: RemoveWorkspaceMemberInput!) {
  removeWorkspaceMember(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RtRemoveWorkspaceMemberMutation, RtRemoveWorkspaceMemberMutationVariables>;
export const RtSendRelationshipRequestDocument = new TypedDocumentString(`
    mutation RtSendRelationshipRequest($input: SendRelationshipRequestInput!) {
  sendRelationshipRequest(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RtSendRelationshipRequestMutation, RtSendRelationshipRequestMutationVariables>;
export const RtAcceptInviteDocument = new TypedDocumentString(`
    mutation RtAcceptInvite($input: InviteAnswerInput!) {
  acceptInvite(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RtAcceptInviteMutation, RtAcceptInviteMutationVariables>;
export const SendRelationshipRequestDetailedDocument = new TypedDocumentString(`
    mutation SendRelationshipRequestDetailed($input: SendRelationshipRequestInput!) {
  sendRelationshipRequest(input: $input) {
    __typename
    ... on SendRelationshipRequestSuccess {
      data {
        id
        status
        message
        fromUser {
          id
        }
        toUser {
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
    `) as unknown as TypedDocumentString<SendRelationshipRequestDetailedMutation, SendRelationshipRequestDetailedMutationVariables>;
export const AcceptRelationshipRequestDetailedDocument = new TypedDocumentString(`
    mutation AcceptRelationshipRequestDetailed($input: RelationshipRequestInput!) {
  acceptRelationshipRequest(input: $input) {
    __typename
    ... on AcceptRelationshipRequestSuccess {
      data {
        id
        kind
        user {
          id
        }
        relatedUser {
          id
        }
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptRelationshipRequestDetailedMutation, AcceptRelationshipRequestDetailedMutationVariables>;
export const DeclineRelationshipRequestDetailedDocument = new TypedDocumentString(`
    mutation DeclineRelationshipRequestDetailed($input: RelationshipRequestInput!) {
  declineRelationshipRequest(input: $input) {
    __typename
    ... on DeclineRelationshipRequestSuccess {
      data {
        id
        status
        respondedAt
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineRelationshipRequestDetailedMutation, DeclineRelationshipRequestDetailedMutationVariables>;
export const CancelRelationshipRequestDetailedDocument = new TypedDocumentString(`
    mutation CancelRelationshipRequestDetailed($input: RelationshipRequestInput!) {
  cancelRelationshipRequest(input: $input) {
    __typename
    ... on CancelRelationshipRequestSuccess {
      data {
        id
        status
        respondedAt
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CancelRelationshipRequestDetailedMutation, CancelRelationshipRequestDetailedMutationVariables>;
export const RelationshipsOfViewerDocument = new TypedDocumentString(`
    query RelationshipsOfViewer {
  viewer {
    relationships {
      edges {
        node {
          relatedUser {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationshipsOfViewerQuery, RelationshipsOfViewerQueryVariables>;
export const CreateRoomDetailedDocument = new TypedDocumentString(`
    mutation CreateRoomDetailed($input: CreateRoomInput!) {
  createRoom(input: $input) {
    __typename
    ...RoomResultErrors
    ... on CreateRoomSuccess {
      data {
        id
        name
        description
        isArchived
        createdBy {
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
              user {
                id
              }
            }
          }
        }
        viewerMembership {
          role
        }
      }
    }
  }
}
    fragment RoomResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
    }
  }
  ... on NotFoundError {
    entity
  }
}`) as unknown as TypedDocumentString<CreateRoomDetailedMutation, CreateRoomDetailedMutationVariables>;
export const JoinRoomDetailedDocument = new TypedDocumentString(`
    mutation JoinRoomDetailed($input: RoomRefInput!) {
  joinRoom(input: $input) {
    __typename
    ...RoomResultErrors
    ... on JoinRoomSuccess {
      data {
        id
        role
        user {
          id
        }
        room {
          id
          members {
            totalCount
          }
        }
      }
    }
  }
}
    fragment RoomResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
    }
  }
  ... on NotFoundError {
    entity
  }
}`) as unknown as TypedDocumentString<JoinRoomDetailedMutation, JoinRoomDetailedMutationVariables>;
export const LeaveRoomDetailedDocument = new TypedDocumentString(`
    mutation LeaveRoomDetailed($input: RoomRefInput!) {
  leaveRoom(input: $input) {
    __typename
    ...RoomResultErrors
    ... on LeaveRoomSuccess {
      data
    }
  }
}
    fragment RoomResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
    }
  }
  ... on NotFoundError {
    entity
  }
}`) as unknown as TypedDocumentString<LeaveRoomDetailedMutation, LeaveRoomDetailedMutationVariables>;
export const RoomsOfWorkspaceDocument = new TypedDocumentString(`
    query RoomsOfWorkspace($id: ID!) {
  node(id: $id) {
    __typename
    ... on Workspace {
      open: rooms {
        totalCount
        edges {
          node {
            id
          }
        }
      }
      all: rooms(includeArchived: true, first: 2) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
            isArchived
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoomsOfWorkspaceQuery, RoomsOfWorkspaceQueryVariables>;
export const RoomsWorkspaceAndRoomSeenDocument = new TypedDocumentString(`
    query RoomsWorkspaceAndRoomSeen($id: ID!, $room: ID!) {
  node(id: $id) {
    id
  }
  room: node(id: $room) {
    id
  }
}
    `) as unknown as TypedDocumentString<RoomsWorkspaceAndRoomSeenQuery, RoomsWorkspaceAndRoomSeenQueryVariables>;
export const RoomMembersSeenDocument = new TypedDocumentString(`
    query RoomMembersSeen($id: ID!, $m: ID!) {
  node(id: $id) {
    ... on Room {
      members {
        totalCount
      }
      owners: members(role: OWNER) {
        edges {
          node {
            id
            user {
              id
            }
          }
        }
      }
    }
  }
  membership: node(id: $m) {
    id
  }
}
    `) as unknown as TypedDocumentString<RoomMembersSeenQuery, RoomMembersSeenQueryVariables>;
export const SearchAllDocument = new TypedDocumentString(`
    query SearchAll($query: String!, $types: [SearchType!], $workspaceId: ID, $first: Int, $after: String) {
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
      hasPreviousPage
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
        }
        ... on ThreadMessage {
          id
          body
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
    `) as unknown as TypedDocumentString<SearchAllQuery, SearchAllQueryVariables>;
export const SearchIdsDocument = new TypedDocumentString(`
    query SearchIds($query: String!, $types: [SearchType!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    totalCount
    edges {
      node {
        __typename
        ... on WorkItem {
          id
        }
        ... on ThreadMessage {
          id
        }
        ... on List {
          id
        }
        ... on Room {
          id
        }
        ... on User {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchIdsQuery, SearchIdsQueryVariables>;
export const SearchRenameWorkItemDocument = new TypedDocumentString(`
    mutation SearchRenameWorkItem($input: UpdateWorkItemInput!) {
  updateWorkItem(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SearchRenameWorkItemMutation, SearchRenameWorkItemMutationVariables>;
export const SearchDeleteWorkItemDocument = new TypedDocumentString(`
    mutation SearchDeleteWorkItem($input: WorkItemRefInput!) {
  deleteWorkItem(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SearchDeleteWorkItemMutation, SearchDeleteWorkItemMutationVariables>;
export const SearchSendMessageDocument = new TypedDocumentString(`
    mutation SearchSendMessage($thread: ID!, $body: String!) {
  sendThreadMessage(input: {threadId: $thread, body: $body}) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<SearchSendMessageMutation, SearchSendMessageMutationVariables>;
export const SearchCostDocument = new TypedDocumentString(`
    query SearchCost($query: String!, $types: [SearchType!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    totalCount
    edges {
      rank
      node {
        __typename
        ... on WorkItem {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchCostQuery, SearchCostQueryVariables>;
export const CreateThreadDetailedDocument = new TypedDocumentString(`
    mutation CreateThreadDetailed($input: CreateThreadInput!) {
  createThread(input: $input) {
    __typename
    ... on CreateThreadSuccess {
      data {
        thread {
          id
          title
          description
          status
          owner {
            id
          }
        }
        invites {
          id
          status
          emailStatus
          candidateName
          candidateReason
          expiresAt
          invitee {
            id
          }
        }
        requestedCandidates
        invitedCount
        shortfallReason
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateThreadDetailedMutation, CreateThreadDetailedMutationVariables>;
export const CreateThreadReplayDocument = new TypedDocumentString(`
    mutation CreateThreadReplay($input: CreateThreadInput!) {
  createThread(input: $input) {
    __typename
    ... on CreateThreadSuccess {
      data {
        replayed
        invitedCount
        thread {
          id
          title
        }
        invites {
          id
          candidateName
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
    `) as unknown as TypedDocumentString<CreateThreadReplayMutation, CreateThreadReplayMutationVariables>;
export const SendThreadMessageDetailedDocument = new TypedDocumentString(`
    mutation SendThreadMessageDetailed($thread: ID!, $body: String!) {
  sendThreadMessage(input: {threadId: $thread, body: $body}) {
    __typename
    ... on SendThreadMessageSuccess {
      data {
        id
        body
        sender {
          id
        }
        createdAt
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SendThreadMessageDetailedMutation, SendThreadMessageDetailedMutationVariables>;
export const ThreadMessagesPageDocument = new TypedDocumentString(`
    query ThreadMessagesPage($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    __typename
    ... on Thread {
      unreadCount
      messages(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
          startCursor
        }
        edges {
          cursor
          node {
            body
            deliveries {
              edges {
                node {
                  status
                  recipient {
                    id
                  }
                  deliveredAt
                  readAt
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadMessagesPageQuery, ThreadMessagesPageQueryVariables>;
export const MarkThreadMessagesDeliveredDetailedDocument = new TypedDocumentString(`
    mutation MarkThreadMessagesDeliveredDetailed($thread: ID!, $ids: [ID!]) {
  markThreadMessagesDelivered(input: {threadId: $thread, messageIds: $ids}) {
    __typename
    ... on MarkThreadMessagesDeliveredSuccess {
      data {
        changedCount
        thread {
          unreadCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MarkThreadMessagesDeliveredDetailedMutation, MarkThreadMessagesDeliveredDetailedMutationVariables>;
export const MarkThreadReadDetailedDocument = new TypedDocumentString(`
    mutation MarkThreadReadDetailed($thread: ID!) {
  markThreadRead(input: {threadId: $thread}) {
    __typename
    ... on MarkThreadReadSuccess {
      data {
        changedCount
        thread {
          unreadCount
        }
      }
    }
    ... on Error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MarkThreadReadDetailedMutation, MarkThreadReadDetailedMutationVariables>;
export const AcceptInviteDetailedDocument = new TypedDocumentString(`
    mutation AcceptInviteDetailed($id: ID!) {
  acceptInvite(input: {inviteId: $id}) {
    __typename
    ... on AcceptInviteSuccess {
      data {
        id
        status
        respondedAt
        thread {
          id
          title
        }
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInviteDetailedMutation, AcceptInviteDetailedMutationVariables>;
export const DeclineInviteDetailedDocument = new TypedDocumentString(`
    mutation DeclineInviteDetailed($id: ID!) {
  declineInvite(input: {inviteId: $id}) {
    __typename
    ... on DeclineInviteSuccess {
      data {
        id
        status
      }
    }
    ... on Error {
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineInviteDetailedMutation, DeclineInviteDetailedMutationVariables>;
export const ThreadDetailDocument = new TypedDocumentString(`
    query ThreadDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Thread {
      id
      title
      status
      owner {
        id
      }
      participants {
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
      invites {
        totalCount
        edges {
          node {
            id
            status
            emailStatus
            emailError
            candidateName
            candidateReason
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadDetailQuery, ThreadDetailQueryVariables>;
export const ThreadInviteStateDocument = new TypedDocumentString(`
    query ThreadInviteState($id: ID!) {
  node(id: $id) {
    __typename
    ... on ThreadInvite {
      status
      emailStatus
      emailError
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadInviteStateQuery, ThreadInviteStateQueryVariables>;
export const UserThreadListsDocument = new TypedDocumentString(`
    query UserThreadLists($id: ID!) {
  node(id: $id) {
    __typename
    ... on User {
      threads {
        totalCount
        edges {
          node {
            id
            title
          }
        }
      }
      threadInvites(status: PENDING) {
        totalCount
        edges {
          node {
            id
            candidateReason
            thread {
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UserThreadListsQuery, UserThreadListsQueryVariables>;
export const UserThreadsPageDocument = new TypedDocumentString(`
    query UserThreadsPage($id: ID!, $first: Int) {
  node(id: $id) {
    ... on User {
      threads(first: $first) {
        edges {
          node {
            title
            unreadCount
            owner {
              id
            }
            participants {
              totalCount
            }
            invites {
              totalCount
              edges {
                node {
                  status
                  candidateName
                }
              }
            }
            messages(last: 5) {
              totalCount
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UserThreadsPageQuery, UserThreadsPageQueryVariables>;
export const ArchiveThreadDetailedDocument = new TypedDocumentString(`
    mutation ArchiveThreadDetailed($id: ID!) {
  archiveThread(input: {threadId: $id}) {
    __typename
    ... on ArchiveThreadSuccess {
      data {
        status
      }
    }
    ... on Error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveThreadDetailedMutation, ArchiveThreadDetailedMutationVariables>;
export const DeleteThreadDetailedDocument = new TypedDocumentString(`
    mutation DeleteThreadDetailed($id: ID!) {
  deleteThread(input: {threadId: $id}) {
    __typename
    ... on DeleteThreadSuccess {
      data
    }
    ... on Error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteThreadDetailedMutation, DeleteThreadDetailedMutationVariables>;
export const UsersViewerDocument = new TypedDocumentString(`
    query UsersViewer {
  viewer {
    id
    displayName
    email
  }
}
    `) as unknown as TypedDocumentString<UsersViewerQuery, UsersViewerQueryVariables>;
export const UsersWorkspaceOwnerEmailDocument = new TypedDocumentString(`
    query UsersWorkspaceOwnerEmail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Workspace {
      owner {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersWorkspaceOwnerEmailQuery, UsersWorkspaceOwnerEmailQueryVariables>;
export const UsersWorkspaceMembershipsDocument = new TypedDocumentString(`
    query UsersWorkspaceMemberships($id: ID!) {
  node(id: $id) {
    __typename
    ... on User {
      workspaceMemberships {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersWorkspaceMembershipsQuery, UsersWorkspaceMembershipsQueryVariables>;
export const WebhooksCreateEndpointDocument = new TypedDocumentString(`
    mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    __typename
    ...WebhookErrors
    ... on CreateWebhookEndpointSuccess {
      data {
        secret
        endpoint {
          ...WebhookEndpointFields
        }
      }
    }
  }
}
    fragment WebhookErrors on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      field
      message
    }
  }
}
fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  workspace {
    id
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<WebhooksCreateEndpointMutation, WebhooksCreateEndpointMutationVariables>;
export const WebhooksUpdateEndpointDocument = new TypedDocumentString(`
    mutation WebhooksUpdateEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    __typename
    ...WebhookErrors
    ... on UpdateWebhookEndpointSuccess {
      data {
        ...WebhookEndpointFields
      }
    }
  }
}
    fragment WebhookErrors on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      field
      message
    }
  }
}
fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  workspace {
    id
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<WebhooksUpdateEndpointMutation, WebhooksUpdateEndpointMutationVariables>;
export const WebhooksDeleteEndpointDocument = new TypedDocumentString(`
    mutation WebhooksDeleteEndpoint($input: WebhookEndpointIdInput!) {
  deleteWebhookEndpoint(input: $input) {
    __typename
    ...WebhookErrors
    ... on DeleteWebhookEndpointSuccess {
      data
    }
  }
}
    fragment WebhookErrors on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<WebhooksDeleteEndpointMutation, WebhooksDeleteEndpointMutationVariables>;
export const WebhooksRotateSecretDocument = new TypedDocumentString(`
    mutation WebhooksRotateSecret($input: WebhookEndpointIdInput!) {
  rotateWebhookSecret(input: $input) {
    __typename
    ...WebhookErrors
    ... on RotateWebhookSecretSuccess {
      data {
        secret
        endpoint {
          ...WebhookEndpointFields
        }
      }
    }
  }
}
    fragment WebhookErrors on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      field
      message
    }
  }
}
fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  description
  events
  status
  disabledReason
  consecutiveFailures
  previousSecretExpiresAt
  workspace {
    id
  }
  owner {
    id
  }
}`) as unknown as TypedDocumentString<WebhooksRotateSecretMutation, WebhooksRotateSecretMutationVariables>;
export const WebhooksRedeliverDocument = new TypedDocumentString(`
    mutation WebhooksRedeliver($input: RedeliverWebhookEventInput!) {
  redeliverWebhookEvent(input: $input) {
    __typename
    ...WebhookErrors
    ... on RedeliverWebhookEventSuccess {
      data {
        id
        status
        attemptCount
      }
    }
  }
}
    fragment WebhookErrors on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<WebhooksRedeliverMutation, WebhooksRedeliverMutationVariables>;
export const WebhooksEndpointListsDocument = new TypedDocumentString(`
    query WebhooksEndpointLists($workspaceId: ID!) {
  viewer {
    webhookEndpoints {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
  node(id: $workspaceId) {
    ... on Workspace {
      webhookEndpoints {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksEndpointListsQuery, WebhooksEndpointListsQueryVariables>;
export const WebhooksDeliveriesDocument = new TypedDocumentString(`
    query WebhooksDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(
    endpointId: $endpointId
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        webhookId
        eventType
        subjectId
        status
        attemptCount
        lastStatusCode
        lastError
        nextAttemptAt
        attempts {
          attempt
          statusCode
          latencyMs
          error
          responseBody
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksDeliveriesQuery, WebhooksDeliveriesQueryVariables>;
export const WebhooksCreateWorkItemDocument = new TypedDocumentString(`
    mutation WebhooksCreateWorkItem($input: CreateWorkItemInput!) {
  createWorkItem(input: $input) {
    __typename
    ...WebhookErrors
    ... on CreateWorkItemSuccess {
      data {
        id
        title
      }
    }
  }
}
    fragment WebhookErrors on Error {
  __typename
  message
  ... on ValidationError {
    issues {
      field
      message
    }
  }
}`) as unknown as TypedDocumentString<WebhooksCreateWorkItemMutation, WebhooksCreateWorkItemMutationVariables>;
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
    ...WorkItemResultErrors
    ... on CreateWorkItemSuccess {
      data {
        ...WorkItemDetail
      }
    }
  }
}
    fragment WorkItemResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
      message
    }
  }
  ... on NotFoundError {
    entity
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
    ...WorkItemResultErrors
    ... on UpdateWorkItemSuccess {
      data {
        ...WorkItemDetail
      }
    }
  }
}
    fragment WorkItemResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
      message
    }
  }
  ... on NotFoundError {
    entity
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
    ...WorkItemResultErrors
    ... on ChangeWorkItemVisibilitySuccess {
      data {
        ...WorkItemDetail
      }
    }
  }
}
    fragment WorkItemResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
      message
    }
  }
  ... on NotFoundError {
    entity
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
    ...WorkItemResultErrors
    ... on AssignWorkItemSuccess {
      data {
        ...WorkItemDetail
      }
    }
  }
}
    fragment WorkItemResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
      message
    }
  }
  ... on NotFoundError {
    entity
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
    ...WorkItemResultErrors
    ... on CompleteWorkItemSuccess {
      data {
        ...WorkItemDetail
      }
    }
  }
}
    fragment WorkItemResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
      message
    }
  }
  ... on NotFoundError {
    entity
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
    ...WorkItemResultErrors
    ... on DeleteWorkItemSuccess {
      data
    }
  }
}
    fragment WorkItemResultErrors on Error {
  message
  code
  ... on ValidationError {
    issues {
      field
      message
    }
  }
  ... on NotFoundError {
    entity
  }
}`) as unknown as TypedDocumentString<DeleteWorkItemDetailedMutation, DeleteWorkItemDetailedMutationVariables>;
export const CreateWorkspaceDetailedDocument = new TypedDocumentString(`
    mutation CreateWorkspaceDetailed($input: CreateWorkspaceInput!) {
  createWorkspace(input: $input) {
    __typename
    ... on CreateWorkspaceSuccess {
      data {
        id
        name
        slug
        owner {
          displayName
        }
        members {
          totalCount
          edges {
            node {
              role
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
    `) as unknown as TypedDocumentString<CreateWorkspaceDetailedMutation, CreateWorkspaceDetailedMutationVariables>;
export const ChangeWorkspaceMemberRoleDetailedDocument = new TypedDocumentString(`
    mutation ChangeWorkspaceMemberRoleDetailed($input: WorkspaceMemberInput!) {
  changeWorkspaceMemberRole(input: $input) {
    __typename
    ... on ChangeWorkspaceMemberRoleSuccess {
      data {
        role
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeWorkspaceMemberRoleDetailedMutation, ChangeWorkspaceMemberRoleDetailedMutationVariables>;
export const AddWorkspaceMemberDetailedDocument = new TypedDocumentString(`
    mutation AddWorkspaceMemberDetailed($input: WorkspaceMemberInput!) {
  addWorkspaceMember(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AddWorkspaceMemberDetailedMutation, AddWorkspaceMemberDetailedMutationVariables>;
export const RemoveWorkspaceMemberDetailedDocument = new TypedDocumentString(`
    mutation RemoveWorkspaceMemberDetailed($input: RemoveWorkspaceMemberInput!) {
  removeWorkspaceMember(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveWorkspaceMemberDetailedMutation, RemoveWorkspaceMemberDetailedMutationVariables>;
export const AdminRemoveWorkspaceMemberDetailedDocument = new TypedDocumentString(`
    mutation AdminRemoveWorkspaceMemberDetailed($input: AdminRemoveWorkspaceMemberInput!) {
  adminRemoveWorkspaceMember(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRemoveWorkspaceMemberDetailedMutation, AdminRemoveWorkspaceMemberDetailedMutationVariables>;
export const WorkspacesWorkItemReadsDocument = new TypedDocumentString(`
    query WorkspacesWorkItemReads($id: ID!) {
  node(id: $id) {
    id
  }
  workItems(first: 50) {
    edges {
      node {
        id
      }
    }
  }
  viewer {
    assignedWorkItems(first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacesWorkItemReadsQuery, WorkspacesWorkItemReadsQueryVariables>;