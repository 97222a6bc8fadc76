import { encodeGlobalID } from '@pothos/plugin-relay';
import { ConflictError } from '../../resolvers/errors';
import { idOf } from '../../resolvers/global-id';
import {
  addListItem,
  addListMember,
  changeListMemberDeliveryPreference,
  createList,
  removeListItem,
  setListItemCompleted,
} from '../../resolvers/lists/mutations';
import { builder } from '../builder';
import { commonMutationErrors } from '../errors';
import { ListItem } from './item';
import { List, ListKindEnum } from './list';
import { DeliveryPreferenceEnum, ListMember, ListRoleEnum } from './member';

const mutationErrors = { types: [...commonMutationErrors, ConflictError] };

const CreateListInput = builder.inputType('CreateListInput', {
  description: 'A new list in a workspace; the viewer becomes its owner (and first member).',
  fields: (t) => ({
    workspaceId: t.id({ required: true, description: 'The workspace (you must not be a VIEWER).' }),
    name: t.string({ required: true, description: 'Display name, 1-100 characters.' }),
    description: t.string({ description: 'What the list is for (up to 2,000 characters).' }),
    kind: t.field({ type: ListKindEnum, description: 'CHECKLIST (the default) or QUEST.' }),
  }),
});

const AddListItemInput = builder.inputType('AddListItemInput', {
  description: 'A new entry for a list.',
  fields: (t) => ({
    listId: t.id({ required: true, description: 'The list.' }),
    title: t.string({ required: true, description: 'What the entry says, 1-500 characters.' }),
    position: t.int({
      description:
        'Its place (0 to 1,000,000,000); omitted: after the last entry (at most 1,000,000,000, where ties are ordered by id).',
    }),
  }),
});

const ListItemInput = builder.inputType('ListItemInput', {
  description: 'One list entry.',
  fields: (t) => ({
    itemId: t.id({ required: true, description: 'The entry.' }),
  }),
});

const AddListMemberInput = builder.inputType('AddListMemberInput', {
  description: "A member of the list's workspace to add to the list.",
  fields: (t) => ({
    listId: t.id({ required: true, description: 'The list.' }),
    userId: t.id({ required: true, description: "The user: a member of the list's workspace." }),
    role: t.field({ type: ListRoleEnum, description: 'EDITOR (the default) or VIEWER.' }),
    deliveryPreference: t.field({
      type: DeliveryPreferenceEnum,
      description: 'How they hear about changes; INSTANT when omitted.',
    }),
  }),
});

const ChangeListMemberDeliveryPreferenceInput = builder.inputType(
  'ChangeListMemberDeliveryPreferenceInput',
  {
    description: "A list member's new delivery preference.",
    fields: (t) => ({
      memberId: t.id({ required: true, description: 'The list membership (a ListMember ID).' }),
      deliveryPreference: t.field({
        type: DeliveryPreferenceEnum,
        required: true,
        description: 'The new preference.',
      }),
    }),
  },
);

const itemId = (input: { itemId: string }) => idOf('input.itemId', input.itemId, 'ListItem');

builder.mutationFields((t) => ({
  createList: t.field({
    type: List,
    description:
      'Creates a list in a workspace. NotFoundError when you are not a member of it, ForbiddenError for VIEWERs.',
    errors: mutationErrors,
    args: {
      input: t.arg({ type: CreateListInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { input }, ctx) =>
      createList(ctx, idOf('input.workspaceId', input.workspaceId, 'Workspace'), input),
  }),
  addListItem: t.field({
    type: ListItem,
    description:
      'Adds an entry. Allowed to the list owner and EDITORs, workspace owners and admins, and (checklists) workspace MEMBERs; ForbiddenError for others who see the list.',
    errors: mutationErrors,
    args: {
      input: t.arg({ type: AddListItemInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { input }, ctx) =>
      addListItem(ctx, idOf('input.listId', input.listId, 'List'), input),
  }),
  completeListItem: t.field({
    type: ListItem,
    description:
      'Checks an entry off (idempotent: an entry already checked off keeps its time and author). Same permissions as addListItem.',
    errors: mutationErrors,
    args: { input: t.arg({ type: ListItemInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) => setListItemCompleted(ctx, itemId(input), true),
  }),
  uncompleteListItem: t.field({
    type: ListItem,
    description: 'Reopens a checked-off entry. Same permissions as addListItem.',
    errors: mutationErrors,
    args: { input: t.arg({ type: ListItemInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx) => setListItemCompleted(ctx, itemId(input), false),
  }),
  removeListItem: t.id({
    description: 'Deletes an entry; returns its ID. Same permissions as addListItem.',
    errors: mutationErrors,
    args: { input: t.arg({ type: ListItemInput, required: true, description: 'What to change.' }) },
    resolve: async (_root, { input }, ctx) =>
      encodeGlobalID('ListItem', await removeListItem(ctx, itemId(input))),
  }),
  addListMember: t.field({
    type: ListMember,
    description:
      "Adds a member of the list's workspace to the list, with a role and a delivery preference. List owners and workspace owners and admins only. ValidationError for OWNER or a user outside the workspace, NotFoundError for a user that does not exist, ConflictError when already a member.",
    errors: mutationErrors,
    args: {
      input: t.arg({ type: AddListMemberInput, required: true, description: 'What to change.' }),
    },
    resolve: (_root, { input }, ctx) =>
      addListMember(
        ctx,
        idOf('input.listId', input.listId, 'List'),
        idOf('input.userId', input.userId, 'User'),
        input,
      ),
  }),
  changeListMemberDeliveryPreference: t.field({
    type: ListMember,
    description:
      "Changes how a list member hears about the list: the member themself or the list's owner.",
    errors: mutationErrors,
    args: {
      input: t.arg({
        type: ChangeListMemberDeliveryPreferenceInput,
        required: true,
        description: 'What to change.',
      }),
    },
    resolve: (_root, { input }, ctx) =>
      changeListMemberDeliveryPreference(
        ctx,
        idOf('input.memberId', input.memberId, 'ListMember'),
        input.deliveryPreference,
      ),
  }),
}));
