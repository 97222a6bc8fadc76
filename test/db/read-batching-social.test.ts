import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetCachedSettings } from '../../src/resolvers/admin/settings';
import {
  ReadBatchingEventParticipantsDocument,
  ReadBatchingListChildrenDocument,
  ReadBatchingNodeIdsDocument,
  ReadBatchingUserConnectionsDocument,
  ReadBatchingViewerSocialDocument,
  ReadBatchingWorkspaceListsEventsDocument,
} from '../generated/graphql';
import { type GraphQLResponse, gql } from '../helpers/client';
import { uid } from '../helpers/seed';
import { gid, insertRows } from '../helpers/social-seed';

/**
 * Every connection and relation of inbox, relationships, lists and events, run over 5 and over
 * 60 parents (or nodes): the D1 statement count must not grow with the list.
 */

interface World {
  viewer: string;
  home: string;
  users: string[];
  ids: Record<
    | 'inbox'
    | 'requests'
    | 'relationships'
    | 'lists'
    | 'items'
    | 'members'
    | 'events'
    | 'participants',
    string[]
  >;
}

type Row = { table: string; values: Record<string, unknown> };

async function buildWorld(n: number): Promise<World> {
  const viewer = uid('usr');
  const home = uid('wsp');
  const rows: Row[] = [];
  const add = (table: string, values: Record<string, unknown>) => {
    rows.push({ table, values });
    return values.id as string;
  };
  const ids: World['ids'] = {
    inbox: [],
    requests: [],
    relationships: [],
    lists: [],
    items: [],
    members: [],
    events: [],
    participants: [],
  };
  add('users', { id: viewer, email: `${viewer}@example.test`, display_name: 'Viewer' });
  add('workspaces', { id: home, name: 'Home', slug: home, owner_id: viewer });
  add('workspace_members', { id: uid('wsm'), workspace_id: home, user_id: viewer, role: 'owner' });
  const users: string[] = [];
  for (let i = 0; i < n; i++) {
    const user = add('users', {
      id: uid('usr'),
      email: `${uid('e')}@example.test`,
      display_name: `U${i}`,
    });
    users.push(user);
    add('workspace_members', { id: uid('wsm'), workspace_id: home, user_id: user });
    // Another workspace of the viewer, with a list and an event.
    const workspace = add('workspaces', {
      id: uid('wsp'),
      name: `W${i}`,
      slug: uid('slug'),
      owner_id: viewer,
    });
    add('workspace_members', {
      id: uid('wsm'),
      workspace_id: workspace,
      user_id: viewer,
      role: 'owner',
    });
    add('lists', { id: uid('lst'), workspace_id: workspace, owner_id: viewer, name: 'L' });
    add('hosted_events', {
      id: uid('evt'),
      workspace_id: workspace,
      host_id: viewer,
      title: 'E',
      starts_at: '2030-01-01T00:00:00.000Z',
    });
    // A list of the home workspace with two items, one member, one work item.
    const list = add('lists', {
      id: uid('lst'),
      workspace_id: home,
      owner_id: viewer,
      name: `List ${i}`,
    });
    ids.lists.push(list);
    ids.items.push(
      add('list_items', {
        id: uid('lsi'),
        list_id: list,
        title: 'a',
        position: 0,
        created_by: user,
        is_completed: 1,
        completed_by: user,
      }),
    );
    ids.items.push(
      add('list_items', {
        id: uid('lsi'),
        list_id: list,
        title: 'b',
        position: 1,
        created_by: viewer,
      }),
    );
    ids.members.push(
      add('list_members', { id: uid('lsm'), list_id: list, user_id: user, role: 'editor' }),
    );
    add('work_items', {
      id: uid('wki'),
      workspace_id: home,
      owner_id: viewer,
      title: 'w',
      visibility_scope: 'squad',
      list_id: list,
    });
    // An event of the home workspace with one participant.
    const event = add('hosted_events', {
      id: uid('evt'),
      workspace_id: home,
      host_id: viewer,
      title: `Event ${i}`,
      starts_at: `2030-02-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
    });
    ids.events.push(event);
    ids.participants.push(
      add('event_participants', { id: uid('evp'), event_id: event, user_id: user }),
    );
    // Relationships, requests both ways, an inbox item.
    ids.relationships.push(
      add('relationships', { id: uid('rel'), user_id: viewer, related_user_id: user }),
    );
    add('relationships', { id: uid('rel'), user_id: user, related_user_id: viewer });
    ids.requests.push(
      add('relationship_requests', { id: uid('rrq'), from_user_id: user, to_user_id: viewer }),
    );
    ids.requests.push(
      add('relationship_requests', {
        id: uid('rrq'),
        from_user_id: viewer,
        to_user_id: user,
        status: 'declined',
      }),
    );
    ids.inbox.push(add('inbox_items', { id: uid('inb'), user_id: viewer, title: `Inbox ${i}` }));
  }
  for (let i = 0; i < rows.length; i += 100) await insertRows(rows.slice(i, i + 100));
  return { viewer, home, users, ids };
}

interface Operation {
  name: string;
  /** Sends the operation's typed document, with its variables, as the world's viewer. */
  send: (world: World) => Promise<GraphQLResponse<unknown>>;
  /** Checks the operation really reached every parent (so a constant count means something). */
  check: (data: Record<string, unknown>, n: number) => void;
}

const edges = (connection: unknown) =>
  (connection as { edges: { node: Record<string, unknown> }[] }).edges;

const operations: Operation[] = [
  {
    name: 'Workspace.lists, Workspace.events (+ List.owner/workspace, HostedEvent.host/workspace)',
    send: (world) => gql(ReadBatchingWorkspaceListsEventsDocument, {}, { as: world.viewer }),
    check: (data, n) => {
      const memberships = edges((data.viewer as Record<string, unknown>).workspaceMemberships);
      expect(memberships).toHaveLength(n + 1);
      for (const { node } of memberships) {
        const workspace = node.workspace as Record<string, { totalCount: number }>;
        expect(workspace.lists?.totalCount).toBeGreaterThan(0);
        expect(workspace.events?.totalCount).toBeGreaterThan(0);
      }
    },
  },
  {
    name: 'List.items, List.members(role), List.workItems (+ ListItem.list/createdBy/completedBy, ListMember.user/list)',
    send: (world) =>
      gql(
        ReadBatchingListChildrenDocument,
        { id: gid('Workspace', world.home) },
        { as: world.viewer },
      ),
    check: (data, n) => {
      const lists = edges((data.node as Record<string, unknown>).lists);
      expect(lists).toHaveLength(n);
      for (const { node } of lists) {
        expect(node.items).toMatchObject({ totalCount: 2 });
        expect(node.members).toMatchObject({ totalCount: 1 });
        expect(node.workItems).toMatchObject({ totalCount: 1 });
        expect(edges(node.workItems)[0]?.node.list).toEqual({ id: node.id });
      }
    },
  },
  {
    name: 'HostedEvent.participants (+ EventParticipant.user/event)',
    send: (world) =>
      gql(
        ReadBatchingEventParticipantsDocument,
        { id: gid('Workspace', world.home) },
        { as: world.viewer },
      ),
    check: (data, n) => {
      const events = edges((data.node as Record<string, unknown>).events);
      expect(events).toHaveLength(n);
      for (const { node } of events) expect(node.participants).toMatchObject({ totalCount: 1 });
    },
  },
  {
    name: 'User.relationships, incomingRequests, outgoingRequests, inbox, listMemberships, hostedEvents, eventParticipations',
    send: (world) =>
      gql(
        ReadBatchingUserConnectionsDocument,
        { ids: world.users.map((user) => gid('User', user)) },
        { as: world.viewer },
      ),
    check: (data, n) => {
      const users = data.nodes as Record<string, { totalCount: number }>[];
      expect(users).toHaveLength(n);
      for (const user of users) {
        expect(user.relationships?.totalCount).toBe(1);
        expect(user.listMemberships?.totalCount).toBe(1);
        expect(user.eventParticipations?.totalCount).toBe(1);
        // The viewer-only connections are empty on other users.
        expect(user.inbox?.totalCount).toBe(0);
        expect(user.incomingRequests?.totalCount).toBe(0);
      }
    },
  },
  {
    name: "the viewer's inbox, requests and relationships (+ InboxItem.user, RelationshipRequest.fromUser/toUser, Relationship.relatedUser)",
    send: (world) => gql(ReadBatchingViewerSocialDocument, {}, { as: world.viewer }),
    check: (data, n) => {
      const viewer = data.viewer as Record<string, unknown>;
      for (const field of ['inbox', 'incomingRequests', 'outgoingRequests', 'relationships']) {
        expect(edges(viewer[field])).toHaveLength(n);
      }
    },
  },
  ...(
    [
      ['inbox', 'InboxItem'],
      ['requests', 'RelationshipRequest'],
      ['relationships', 'Relationship'],
      ['lists', 'List'],
      ['items', 'ListItem'],
      ['members', 'ListMember'],
      ['events', 'HostedEvent'],
      ['participants', 'EventParticipant'],
    ] as const
  ).map(
    ([key, type]): Operation => ({
      name: `nodes(ids:) of ${type}`,
      // Exactly n ids of the type (requests and items have 2n: take n).
      send: (world) =>
        gql(
          ReadBatchingNodeIdsDocument,
          { ids: world.ids[key].slice(0, world.users.length).map((id) => gid(type, id)) },
          { as: world.viewer },
        ),
      check: (data, n) => {
        const nodes = data.nodes as ({ id: string } | null)[];
        expect(nodes).toHaveLength(n);
        expect(nodes.every((node) => node !== null)).toBe(true);
      },
    }),
  ),
];

const worlds = new Map<number, World>();
const measured: string[] = [];

beforeAll(async () => {
  for (const n of [5, 60]) worlds.set(n, await buildWorld(n));
}, 60_000);

afterAll(() => {
  console.log(`D1 statements per operation (5 parents = 60 parents):\n${measured.join('\n')}`);
});

describe('batching: statements do not grow with the number of parents', () => {
  for (const operation of operations) {
    it(operation.name, async () => {
      const statements: number[] = [];
      for (const n of [5, 60]) {
        const world = worlds.get(n) as World;
        // Each request reads the settings (the isolate's copy dropped): the same fixed cost for both.
        forgetCachedSettings();
        const result = await operation.send(world);
        expect(result.errors).toBeUndefined();
        operation.check(result.data as Record<string, unknown>, n);
        statements.push(result.extensions?.d1?.statements ?? -1);
      }
      measured.push(`${statements[0]} = ${statements[1]}  ${operation.name}`);
      expect(statements[0]).toBeGreaterThan(0);
      expect(statements[1]).toBe(statements[0]);
    }, 30_000);
  }
});
