import {
  type EventParticipantRow,
  loadEventParticipants,
  participantsQuery,
} from '../../resolvers/events/events';
import { loaderOptions } from '../../resolvers/loader-options';
import { loadPage } from '../../resolvers/pagination/load-page';
import { builder } from '../builder';
import { startedWithViewer } from '../started-pages';
import { User } from '../users/user';
import { HostedEvent } from './hosted-event';

export const EventParticipantStatusEnum = builder.enumType('EventParticipantStatus', {
  description: "A participant's answer.",
  values: {
    GOING: { value: 'going', description: 'Will come: takes a place of the capacity.' },
    MAYBE: { value: 'maybe', description: 'Might come.' },
    DECLINED: { value: 'declined', description: 'Will not come.' },
  } as const,
});

export const EventParticipant = builder.loadableNode('EventParticipant', {
  description: "A user's answer to an event. Seen by whoever sees the event.",
  id: { resolve: (participant: EventParticipantRow) => participant.id },
  loaderOptions,
  sort: (participant) => participant.id,
  load: (ids: string[], ctx) => loadEventParticipants(ctx, ids),
  fields: (t) => ({
    status: t.expose('status', {
      type: EventParticipantStatusEnum,
      description: 'Going, maybe or declined.',
    }),
    joinedAt: t.expose('joinedAt', { type: 'DateTime', description: 'When they joined.' }),
    user: t.field({
      type: User,
      description: 'The participant.',
      resolve: (participant) => participant.userId,
    }),
    event: t.field({
      type: HostedEvent,
      description: 'The event.',
      resolve: (participant) => participant.eventId,
    }),
  }),
});

builder.objectField(HostedEvent, 'participants', (t) =>
  t.connection({
    type: EventParticipant,
    description: 'Who answered, earliest first.',
    args: {
      status: t.arg({ type: EventParticipantStatusEnum, description: 'Only this answer.' }),
    },
    resolve: (event, args, ctx) =>
      loadPage(ctx, 'HostedEvent.participants', args, event.id, () =>
        participantsQuery(ctx, 'event', args.status),
      ),
  }),
);

builder.objectField(User, 'eventParticipations', (t) =>
  t.connection({
    type: EventParticipant,
    description: "The user's answers to events the viewer sees, earliest first.",
    args: {
      status: t.arg({ type: EventParticipantStatusEnum, description: 'Only this answer.' }),
    },
    resolve: startedWithViewer('eventParticipations', (user, args, ctx) =>
      loadPage(ctx, 'User.eventParticipations', args, user.id, () =>
        participantsQuery(ctx, 'user', args.status),
      ),
    ),
  }),
);
