// Access has one home (DESIGN.md): who may see or change what. Resolvers ask this folder; the
// authorization matrix (test/access/) is generated from `VISIBILITY_PREDICATES` below, so a
// predicate added here without a matrix row fails the tests.
import { apiTokenVisibleTo } from './api-tokens';
import { attachmentVisibleTo } from './attachments';
import { eventVisibleTo } from './events';
import { inboxItemVisibleTo } from './inbox';
import { listVisibleTo } from './lists';
import { relationshipRequestVisibleTo, relationshipVisibleTo } from './relationships';
import { roomMemberVisibleTo, roomVisibleTo } from './rooms';
import {
  inviteEmailErrorVisibleTo,
  inviteVisibleTo,
  messageDeliveryVisibleTo,
  messageVisibleTo,
  threadOwnedBy,
  threadParticipantOf,
  threadVisibleTo,
} from './threads';
import { ownRowsVisibleTo, userPrivateFieldsVisibleTo, userVisibleTo } from './users';
import { webhookEndpointVisibleTo } from './webhooks';
import { workItemVisibleTo } from './work-items';
import { workspaceVisibleTo } from './workspaces';

export {
  ADMIN_ROLES,
  type AdminGuard,
  type AdminRole,
  adminRoleOf,
  adminRoleSql,
  hasAdminRole,
  knownAdminRole,
  notAllowed,
  readAsAdmin,
} from './admin-role';
export { apiTokenVisibleTo } from './api-tokens';
export {
  type AttachmentColumns,
  attachmentDeletableBy,
  attachmentParentEditableBy,
  attachmentVisibleTo,
} from './attachments';
export { eventJoinableBy, eventOpenTo, eventVisibleTo } from './events';
export { inboxItemVisibleTo } from './inbox';
export {
  inListWorkspace,
  listEditableBy,
  listManagedBy,
  listOwnedBy,
  listVisibleTo,
} from './lists';
export { loadVisibleByIds, nodeJoins } from './load-visible';
export {
  CONTRIBUTOR_ROLES,
  MANAGER_ROLES,
  memberOfWorkspace,
  requireWorkspaceRole,
  workspaceMembershipOf,
  workspaceRoleOf,
} from './membership';
export { relationshipRequestVisibleTo, relationshipVisibleTo } from './relationships';
export { roomMemberVisibleTo, roomVisibleTo } from './rooms';
export { firstHidden, type Target, type TargetEntity, visibleTarget } from './targets';
export {
  inviteAddressedTo,
  inviteEmailErrorVisibleTo,
  inviteVisibleTo,
  messageDeliveryVisibleTo,
  messageVisibleTo,
  threadOwnedBy,
  threadParticipantOf,
  threadVisibleTo,
} from './threads';
export { everyUser, ownRowsVisibleTo, userPrivateFieldsVisibleTo, userVisibleTo } from './users';
export {
  asUser,
  requireReader,
  requireSignedInUser,
  requireUser,
  type WithViewer,
} from './viewer-guards';
export { webhookEndpointVisibleTo } from './webhooks';
export { changeGuard, itemForChange } from './work-item-changes';
export { type ItemLinks, linkGuards, linkProblem } from './work-item-links';
export {
  type WorkItemVisibilityColumns,
  workItemEditableBy,
  workItemVisibleTo,
} from './work-items';
export { workspaceVisibleTo } from './workspaces';

/** A rule of who sees what, and what it decides. */
export interface VisibilityPredicate {
  /** The rule itself; its name is its key in `VISIBILITY_PREDICATES`. */
  predicate: (...args: never[]) => unknown;
  /**
   * What it guards: node types (their `node`, `nodes` and every connection that lists them), or
   * `Type.field` for a rule about one field or connection of a type.
   */
  guards: readonly string[];
}

/** Every visibility rule of the gateway, by name. */
export const VISIBILITY_PREDICATES = {
  workItemVisibleTo: { predicate: workItemVisibleTo, guards: ['WorkItem'] },
  workspaceVisibleTo: { predicate: workspaceVisibleTo, guards: ['Workspace', 'WorkspaceMember'] },
  roomVisibleTo: { predicate: roomVisibleTo, guards: ['Room'] },
  roomMemberVisibleTo: { predicate: roomMemberVisibleTo, guards: ['RoomMember'] },
  listVisibleTo: { predicate: listVisibleTo, guards: ['List', 'ListItem', 'ListMember'] },
  eventVisibleTo: { predicate: eventVisibleTo, guards: ['HostedEvent', 'EventParticipant'] },
  relationshipVisibleTo: { predicate: relationshipVisibleTo, guards: ['Relationship'] },
  relationshipRequestVisibleTo: {
    predicate: relationshipRequestVisibleTo,
    guards: ['RelationshipRequest'],
  },
  inboxItemVisibleTo: { predicate: inboxItemVisibleTo, guards: ['InboxItem'] },
  threadVisibleTo: { predicate: threadVisibleTo, guards: ['Thread'] },
  threadParticipantOf: { predicate: threadParticipantOf, guards: ['ThreadParticipant'] },
  threadOwnedBy: { predicate: threadOwnedBy, guards: ['Thread.invites'] },
  inviteVisibleTo: { predicate: inviteVisibleTo, guards: ['ThreadInvite'] },
  inviteEmailErrorVisibleTo: {
    predicate: inviteEmailErrorVisibleTo,
    guards: ['ThreadInvite.emailError'],
  },
  messageVisibleTo: { predicate: messageVisibleTo, guards: ['ThreadMessage'] },
  messageDeliveryVisibleTo: {
    predicate: messageDeliveryVisibleTo,
    guards: ['ThreadMessage.deliveries'],
  },
  apiTokenVisibleTo: { predicate: apiTokenVisibleTo, guards: ['ApiToken'] },
  webhookEndpointVisibleTo: {
    predicate: webhookEndpointVisibleTo,
    guards: ['WebhookEndpoint', 'WebhookDelivery'],
  },
  attachmentVisibleTo: {
    predicate: attachmentVisibleTo,
    guards: ['WorkItem.attachments', 'ThreadMessage.attachments'],
  },
  userVisibleTo: { predicate: userVisibleTo, guards: ['User'] },
  ownRowsVisibleTo: {
    predicate: ownRowsVisibleTo,
    guards: [
      'User.outgoingRequests',
      'User.incomingRequests',
      'User.threads',
      'User.threadInvites',
    ],
  },
  userPrivateFieldsVisibleTo: {
    predicate: userPrivateFieldsVisibleTo,
    guards: ['User.email', 'User.aiUsage'],
  },
} as const satisfies Record<string, VisibilityPredicate>;

export type VisibilityPredicateName = keyof typeof VISIBILITY_PREDICATES;
