import { encodeGlobalID } from '@pothos/plugin-relay';
import { ConflictError } from '../../resolvers/errors';
import { EventFullError } from '../../resolvers/events/errors';
import {
  createHostedEvent,
  joinHostedEvent,
  leaveHostedEvent,
} from '../../resolvers/events/mutations';
import { idOf } from '../../resolvers/global-id';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { HostedEvent } from './hosted-event';
import { EventParticipant, EventParticipantStatusEnum } from './participant';

const mutationErrors = { types: [...commonMutationErrors, ConflictError] };

const CreateHostedEventInput = builder.inputType('CreateHostedEventInput', {
  description: 'A new event; the viewer hosts it.',
  fields: (t) => ({
    workspaceId: t.id({
      description:
        'The workspace it belongs to (you must not be a VIEWER); omitted: an unlisted event seen by its host and participants.',
    }),
    title: t.string({ required: true, description: 'The name, 1-200 characters.' }),
    description: t.string({ description: 'What it is about (up to 5,000 characters).' }),
    location: t.string({ description: 'Where it happens (up to 300 characters).' }),
    startsAt: t.field({ type: 'DateTime', required: true, description: 'When it starts.' }),
    endsAt: t.field({ type: 'DateTime', description: 'When it ends: after startsAt.' }),
    capacity: t.int({
      description: 'How many may be GOING at most (1-100,000); omitted: no limit.',
    }),
  }),
});

const JoinHostedEventInput = builder.inputType('JoinHostedEventInput', {
  description: 'An event to join, and your answer.',
  fields: (t) => ({
    eventId: t.id({ required: true, description: 'The event.' }),
    status: t.field({
      type: EventParticipantStatusEnum,
      description: 'Your answer; GOING when omitted.',
    }),
  }),
});

const LeaveHostedEventInput = builder.inputType('LeaveHostedEventInput', {
  description: 'An event to leave.',
  fields: (t) => ({
    eventId: t.id({ required: true, description: 'The event.' }),
  }),
});

builder.mutationFields((t) => ({
  createHostedEvent: t.field({
    type: HostedEvent,
    description:
      'Creates an event hosted by the viewer. ValidationError when endsAt is not after startsAt or capacity is not positive; NotFoundError for a workspace you are not in; ForbiddenError for its VIEWERs.',
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: CreateHostedEventInput,
        required: true,
        description: 'What to change.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      createHostedEvent(
        ctx,
        input.workspaceId == null
          ? null
          : idOf('input.workspaceId', input.workspaceId, 'Workspace'),
        input,
      ),
  }),
  joinHostedEvent: t.field({
    type: EventParticipant,
    description:
      'Joins a scheduled event, or changes your answer. EventFullError when GOING would pass its capacity (checked atomically), ConflictError when it is cancelled or over, NotFoundError for an event of a workspace you are not in.',
    errors: { types: [...mutationErrors.types, EventFullError] },
    args: {
      input: t.arg({ type: JoinHostedEventInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { input }, ctx) =>
      joinHostedEvent(
        ctx,
        idOf('input.eventId', input.eventId, 'HostedEvent'),
        input.status ?? 'going',
      ),
  }),
  leaveHostedEvent: t.id({
    description:
      'Leaves an event; returns the removed participation ID. NotFoundError when you are not a participant.',
    errors: mutationErrors,
    args: {
      input: t.arg({ type: LeaveHostedEventInput, required: true, description: 'What to change.' }),
    },
    resolve: async (_root, { input }, ctx) =>
      encodeGlobalID(
        'EventParticipant',
        await leaveHostedEvent(ctx, idOf('input.eventId', input.eventId, 'HostedEvent')),
      ),
  }),
}));
