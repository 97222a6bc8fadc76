import type { DomainEventRow } from '../../realtime/feeds';
import { eventPayload } from '../../realtime/feeds';
import type { WorkItemRow } from '../../resolvers/work-items/work-items';
import { builder } from '../builder';
import { User } from '../users/user';
import { WorkItem } from './work-item';

export const WorkItemChangeKindEnum = builder.enumType('WorkItemChangeKind', {
  description: 'How a work item changed.',
  values: {
    CREATED: { value: 'work_item.created', description: 'It was created.' },
    UPDATED: { value: 'work_item.updated', description: 'Some of its fields changed.' },
    COMPLETED: { value: 'work_item.completed', description: 'It was marked done.' },
    DELETED: { value: 'work_item.deleted', description: 'It was deleted (only its id remains).' },
    VISIBILITY_CHANGED: {
      value: 'work_item.visibility_changed',
      description: 'Its visibility scope changed.',
    },
    ASSIGNED: { value: 'work_item.assigned', description: 'It was assigned or unassigned.' },
  } as const,
});

/** A work item's change: its event, and the item as the subscriber may see it now. */
export interface WorkItemChangeShape {
  event: DomainEventRow;
  item: WorkItemRow | null;
}

export const WorkItemChange = builder.objectRef<WorkItemChangeShape>('WorkItemChange').implement({
  description: 'A change to a work item you may see, as `Subscription.workItemChanged` tells it.',
  fields: (t) => ({
    kind: t.field({
      type: WorkItemChangeKindEnum,
      description: 'How it changed.',
      resolve: ({ event }) => event.type as 'work_item.created',
    }),
    workItemId: t.id({
      description: 'The global ID of the item (the only trace of a deleted one).',
      resolve: ({ event }) => event.subjectId,
    }),
    workItem: t.field({
      type: WorkItem,
      nullable: true,
      description: 'The item as it is now; null when it was deleted.',
      resolve: ({ item }) => item,
    }),
    changedFields: t.stringList({
      nullable: true,
      description: 'For UPDATED, the names of the fields that changed; null otherwise.',
      resolve: ({ event }) => {
        const fields = eventPayload(event).fields;
        return Array.isArray(fields) ? (fields as string[]) : null;
      },
    }),
    actor: t.field({
      type: User,
      nullable: true,
      description: 'Who made the change (null for the system).',
      resolve: ({ event }) => event.actorId,
    }),
    occurredAt: t.field({
      type: 'DateTime',
      description: 'When it changed.',
      resolve: ({ event }) => event.createdAt,
    }),
  }),
});
