import type { VisibilityPredicateName } from '../../src/resolvers/access';
import type { SearchType, TypedDocumentString } from '../generated/graphql';
import * as docs from '../generated/graphql';
import type { Kind, World } from './matrix-world';

/** One way to reach a guarded thing: an operation, and whether its answer shows the thing. */
export interface MatrixPath {
  name: string;
  /** A typed document of test/documents/access.graphql (sent as text: rows differ in type). */
  document: { toString(): string };
  variables: Record<string, unknown>;
  /** Whether the answer shows the thing; by default, whether it holds the thing's global ID. */
  seen?: (data: unknown) => boolean;
  /** Who sees it through this path, when not the case's `allowed` (a connection of one's own). */
  allowed?: readonly Kind[];
  /** Kinds a scope of the field refuses outright (FORBIDDEN) rather than answering empty. */
  forbidden?: readonly Kind[];
}

/** What one rule guards (an entry of its registry `guards`), who sees it, and the paths tried. */
export interface MatrixCase {
  guards: string;
  subject: string;
  allowed: readonly Kind[];
  paths: MatrixPath[];
}

/** The owner, the token acting for them, and the workspace's members: who sees the workspace. */
const WORKSPACE: readonly Kind[] = ['owner', 'member', 'listMember', 'token'];
/** A quest list and its work: its list members and the owner (a workspace manager). */
const QUEST: readonly Kind[] = ['owner', 'listMember', 'token'];
/** The thread's participants. */
const PARTICIPANTS: readonly Kind[] = ['owner', 'member', 'token'];
const OWNER: readonly Kind[] = ['owner', 'token'];

/** A path whose variables tsc checks against its document, then stored as any row's. */
const path = <R, V extends Record<string, unknown>>({
  document,
  ...row
}: Omit<MatrixPath, 'document' | 'variables'> & {
  document: TypedDocumentString<R, V>;
  variables: V;
}): MatrixPath => ({ ...row, document });

const byId = (subject: string): MatrixPath[] => [
  path({ name: 'node', document: docs.AccessNodeDocument, variables: { id: subject } }),
  path({ name: 'nodes', document: docs.AccessNodesDocument, variables: { ids: [subject] } }),
];

/** A connection of the node `parent`, listing node ids (`document` selects it on its type). */
const listed = (
  name: string,
  parent: string,
  document: TypedDocumentString<unknown, { id: string }>,
  extra: Pick<MatrixPath, 'seen' | 'allowed' | 'forbidden'> = {},
): MatrixPath => path({ name, document, variables: { id: parent }, ...extra });

const field = (data: unknown, name: string): unknown =>
  (data as { node?: Record<string, unknown> | null }).node?.[name] ?? null;

/**
 * `Query.search` for words only the guarded row holds, within its type: it is seen when found
 * or merely counted (a hidden row must be neither ranked, counted nor returned).
 */
const searched = (subject: string, query: string, type: SearchType): MatrixPath =>
  path({
    name: `Query.search ${type}`,
    document: docs.AccessSearchDocument,
    variables: { query, types: [type] },
    seen: (data) => {
      const found = (
        data as { search?: { totalCount: number; edges: { node: { id?: string } }[] } }
      ).search;
      return (
        (found?.totalCount ?? 0) > 0 || !!found?.edges.some((edge) => edge.node.id === subject)
      );
    },
  });

/**
 * A matrix row per visibility predicate of `src/resolvers/access` (its `VISIBILITY_PREDICATES`),
 * with a case per thing the predicate guards. The record's type requires a row for every
 * predicate; the matrix test also fails at run time on a predicate without one.
 */
export const MATRIX_ROWS: Record<VisibilityPredicateName, (world: World) => MatrixCase[]> = {
  attachmentVisibleTo: (w) => [
    {
      guards: 'WorkItem.attachments',
      subject: w.itemAttachment,
      allowed: QUEST,
      paths: [listed('WorkItem.attachments', w.workItem, docs.AccessWorkItemAttachmentsDocument)],
    },
    {
      guards: 'ThreadMessage.attachments',
      subject: w.messageAttachment,
      allowed: PARTICIPANTS,
      paths: [
        listed('ThreadMessage.attachments', w.message, docs.AccessMessageAttachmentsDocument),
      ],
    },
  ],
  workItemVisibleTo: (w) => [
    {
      guards: 'WorkItem',
      subject: w.workItem,
      allowed: QUEST,
      paths: [
        ...byId(w.workItem),
        listed('Workspace.workItems', w.workspace, docs.AccessWorkspaceWorkItemsDocument),
        listed('List.workItems', w.list, docs.AccessListWorkItemsDocument),
        searched(w.workItem, '"quest work"', 'WORK_ITEM'),
      ],
    },
  ],
  workspaceVisibleTo: (w) => [
    {
      guards: 'Workspace',
      subject: w.workspace,
      allowed: WORKSPACE,
      paths: [
        ...byId(w.workspace),
        path({
          name: 'User.workspaceMemberships of a member',
          document: docs.AccessUserWorkspaceMembershipsDocument,
          variables: { id: btoa(`User:${w.users.member}`) },
        }),
      ],
    },
    {
      guards: 'WorkspaceMember',
      subject: w.membership,
      allowed: WORKSPACE,
      paths: [
        ...byId(w.membership),
        listed('Workspace.members', w.workspace, docs.AccessWorkspaceMembersDocument),
      ],
    },
  ],
  roomVisibleTo: (w) => [
    {
      guards: 'Room',
      subject: w.room,
      allowed: WORKSPACE,
      paths: [
        ...byId(w.room),
        listed('Workspace.rooms', w.workspace, docs.AccessWorkspaceRoomsDocument),
        searched(w.room, 'room', 'ROOM'),
      ],
    },
  ],
  roomMemberVisibleTo: (w) => [
    {
      guards: 'RoomMember',
      subject: w.roomMember,
      allowed: WORKSPACE,
      paths: [
        ...byId(w.roomMember),
        listed('Room.members', w.room, docs.AccessRoomMembersDocument),
      ],
    },
  ],
  listVisibleTo: (w) => [
    {
      guards: 'List',
      subject: w.list,
      allowed: QUEST,
      paths: [
        ...byId(w.list),
        listed('Workspace.lists', w.workspace, docs.AccessWorkspaceListsDocument),
        searched(w.list, 'quest', 'LIST'),
      ],
    },
    {
      guards: 'ListItem',
      subject: w.listItem,
      allowed: QUEST,
      paths: [...byId(w.listItem), listed('List.items', w.list, docs.AccessListItemsDocument)],
    },
    {
      guards: 'ListMember',
      subject: w.listMember,
      allowed: QUEST,
      paths: [
        ...byId(w.listMember),
        listed('List.members', w.list, docs.AccessListMembersDocument),
        listed(
          'User.listMemberships of the list member',
          btoa(`User:${w.users.listMember}`),
          docs.AccessUserListMembershipsDocument,
        ),
      ],
    },
  ],
  eventVisibleTo: (w) => [
    {
      guards: 'HostedEvent',
      subject: w.event,
      allowed: WORKSPACE,
      paths: [
        ...byId(w.event),
        listed('Workspace.events', w.workspace, docs.AccessWorkspaceEventsDocument),
        listed(
          'User.hostedEvents of the host',
          btoa(`User:${w.users.owner}`),
          docs.AccessUserHostedEventsDocument,
        ),
      ],
    },
    {
      guards: 'EventParticipant',
      subject: w.eventParticipant,
      allowed: WORKSPACE,
      paths: [
        ...byId(w.eventParticipant),
        listed('HostedEvent.participants', w.event, docs.AccessHostedEventParticipantsDocument),
        listed(
          'User.eventParticipations of the participant',
          btoa(`User:${w.users.member}`),
          docs.AccessUserEventParticipationsDocument,
        ),
      ],
    },
  ],
  relationshipVisibleTo: (w) => [
    {
      guards: 'Relationship',
      subject: w.relationship,
      allowed: ['owner', 'party', 'token'],
      paths: [
        ...byId(w.relationship),
        listed(
          'User.relationships of its user',
          btoa(`User:${w.users.owner}`),
          docs.AccessUserRelationshipsDocument,
        ),
      ],
    },
  ],
  relationshipRequestVisibleTo: (w) => [
    {
      guards: 'RelationshipRequest',
      subject: w.request,
      allowed: ['owner', 'party', 'token'],
      paths: byId(w.request),
    },
  ],
  inboxItemVisibleTo: (w) => [
    {
      guards: 'InboxItem',
      subject: w.inboxItem,
      allowed: OWNER,
      paths: [
        ...byId(w.inboxItem),
        listed(
          'User.inbox of its owner',
          btoa(`User:${w.users.owner}`),
          docs.AccessUserInboxDocument,
        ),
      ],
    },
  ],
  threadVisibleTo: (w) => [
    {
      guards: 'Thread',
      // The invitee reads what they are invited to before answering.
      subject: w.thread,
      allowed: ['owner', 'member', 'party', 'token'],
      paths: byId(w.thread),
    },
  ],
  threadParticipantOf: (w) => [
    {
      guards: 'ThreadParticipant',
      subject: w.threadParticipant,
      allowed: PARTICIPANTS,
      paths: [
        ...byId(w.threadParticipant),
        listed('Thread.participants', w.thread, docs.AccessThreadParticipantsDocument),
      ],
    },
  ],
  threadOwnedBy: (w) => [
    {
      guards: 'Thread.invites',
      subject: w.invite,
      allowed: OWNER,
      paths: [listed('Thread.invites', w.thread, docs.AccessThreadInvitesDocument)],
    },
  ],
  inviteVisibleTo: (w) => [
    {
      guards: 'ThreadInvite',
      subject: w.invite,
      allowed: ['owner', 'party', 'token'],
      paths: byId(w.invite),
    },
  ],
  inviteEmailErrorVisibleTo: (w) => [
    {
      guards: 'ThreadInvite.emailError',
      subject: w.invite,
      allowed: OWNER,
      paths: [
        path({
          name: 'ThreadInvite.emailError',
          document: docs.AccessThreadInviteEmailErrorDocument,
          variables: { id: w.invite },
          seen: (data) => field(data, 'emailError') !== null,
        }),
      ],
    },
  ],
  messageVisibleTo: (w) => [
    {
      guards: 'ThreadMessage',
      subject: w.message,
      allowed: PARTICIPANTS,
      paths: [
        ...byId(w.message),
        listed('Thread.messages', w.thread, docs.AccessThreadMessagesDocument),
        searched(w.message, 'welcome', 'THREAD_MESSAGE'),
      ],
    },
  ],
  messageDeliveryVisibleTo: (w) => [
    {
      guards: 'ThreadMessage.deliveries',
      subject: w.message,
      allowed: PARTICIPANTS,
      paths: [
        path({
          name: 'ThreadMessage.deliveries',
          document: docs.AccessThreadMessageDeliveriesDocument,
          variables: { id: w.message },
          seen: (data) =>
            ((field(data, 'deliveries') as { totalCount?: number } | null)?.totalCount ?? 0) > 0,
        }),
      ],
    },
  ],
  apiTokenVisibleTo: (w) => [
    {
      guards: 'ApiToken',
      subject: w.apiToken,
      // Signed in as the user only: a token does not read tokens.
      allowed: ['owner'],
      paths: [
        ...byId(w.apiToken),
        listed(
          'User.apiTokens of its owner',
          btoa(`User:${w.users.owner}`),
          docs.AccessUserApiTokensDocument,
          // A token does not manage tokens: the field's scope refuses it.
          { forbidden: ['token'] },
        ),
      ],
    },
  ],
  webhookEndpointVisibleTo: (w) => [
    {
      guards: 'WebhookEndpoint',
      subject: w.webhookEndpoint,
      // The workspace's owner and admins (a plain member does not manage webhooks).
      allowed: OWNER,
      paths: [
        ...byId(w.webhookEndpoint),
        listed(
          'Workspace.webhookEndpoints',
          w.workspace,
          docs.AccessWorkspaceWebhookEndpointsDocument,
        ),
        listed(
          'User.webhookEndpoints of the viewer',
          btoa(`User:${w.users.owner}`),
          docs.AccessUserWebhookEndpointsDocument,
        ),
      ],
    },
    {
      guards: 'WebhookDelivery',
      subject: w.webhookDelivery,
      allowed: OWNER,
      paths: [
        ...byId(w.webhookDelivery),
        path({
          name: 'webhookDeliveries of its endpoint',
          document: docs.AccessWebhookDeliveriesDocument,
          variables: { endpointId: w.webhookEndpoint },
        }),
      ],
    },
  ],
  userVisibleTo: (w) => [
    {
      guards: 'User',
      subject: btoa(`User:${w.users.owner}`),
      allowed: ['owner', 'member', 'listMember', 'party', 'stranger', 'admin', 'token'],
      paths: [
        ...byId(btoa(`User:${w.users.owner}`)),
        searched(btoa(`User:${w.users.owner}`), 'owner', 'USER'),
      ],
    },
  ],
  ownRowsVisibleTo: (w) => {
    const user = (id: string) => btoa(`User:${id}`);
    // Only the viewer's own rows are listed, even to the other party of a row.
    return [
      {
        guards: 'User.outgoingRequests',
        subject: w.request,
        allowed: OWNER,
        paths: [
          listed('of the sender', user(w.users.owner), docs.AccessUserOutgoingRequestsDocument),
        ],
      },
      {
        guards: 'User.incomingRequests',
        subject: w.request,
        allowed: ['party'],
        paths: [
          listed('of the recipient', user(w.users.party), docs.AccessUserIncomingRequestsDocument),
        ],
      },
      {
        guards: 'User.threads',
        subject: w.thread,
        allowed: ['member'],
        paths: [listed('of a participant', user(w.users.member), docs.AccessUserThreadsDocument)],
      },
      {
        guards: 'User.threadInvites',
        subject: w.invite,
        allowed: ['party'],
        paths: [
          listed('of the invitee', user(w.users.party), docs.AccessUserThreadInvitesDocument),
        ],
      },
    ];
  },
  userPrivateFieldsVisibleTo: (w) => {
    const owner = btoa(`User:${w.users.owner}`);
    const private_ = (
      name: string,
      document: TypedDocumentString<unknown, { id: string }>,
    ): MatrixPath =>
      path({
        name: `User.${name}`,
        document,
        variables: { id: owner },
        seen: (data) => field(data, name) !== null,
      });
    return [
      {
        guards: 'User.email',
        subject: owner,
        allowed: OWNER,
        paths: [private_('email', docs.AccessUserEmailDocument)],
      },
      {
        guards: 'User.aiUsage',
        subject: owner,
        allowed: OWNER,
        paths: [private_('aiUsage', docs.AccessUserAiUsageDocument)],
      },
    ];
  },
};
