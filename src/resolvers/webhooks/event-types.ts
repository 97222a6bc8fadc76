import type { DomainEventType } from '../../db/tables';

/**
 * The domain events an endpoint may subscribe to: those that belong to a workspace (an endpoint
 * is a workspace's). Thread, invite and inbox events are about one user, not a workspace.
 */
export const WEBHOOK_EVENT_TYPES = [
  'work_item.created',
  'work_item.updated',
  'work_item.completed',
  'work_item.deleted',
  'work_item.visibility_changed',
  'work_item.assigned',
  'workspace_member.added',
  'workspace_member.removed',
  'list_item.added',
  'list_item.completed',
] as const satisfies readonly DomainEventType[];

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * Sent once when an endpoint is created (and by redelivering it): no domain event stands behind
 * it, so it is a delivery row only and never touches the domain_events CHECK.
 */
export const PING_EVENT_TYPE = 'webhook.ping';

/**
 * Events whose subject no longer exists when they are delivered: they carry its id, and are
 * delivered only to an endpoint whose owner did the change (who knew the subject), since the
 * gone subject can no longer be checked against their visibility.
 */
export const TOMBSTONE_EVENT_TYPES: readonly string[] = [
  'work_item.deleted',
  'workspace_member.removed',
];
