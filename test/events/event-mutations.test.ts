import { describe, expect, it } from 'vitest';
import {
  CreateHostedEventDetailedDocument,
  type CreateHostedEventInput,
  type EventParticipantStatus,
  EventsOfWorkspaceDocument,
  JoinHostedEventDetailedDocument,
  LeaveHostedEventDetailedDocument,
  NodeSeenDocument,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { addMember, insertUser, insertWorkspace } from '../helpers/seed';
import { count, gid, insertEvent, insertParticipant } from '../helpers/social-seed';

const create = (as: string, input: CreateHostedEventInput) =>
  mutate(CreateHostedEventDetailedDocument, input, as);

const join = (as: string, eventId: string, status?: EventParticipantStatus) =>
  mutate(JoinHostedEventDetailedDocument, { eventId: gid('HostedEvent', eventId), status }, as);

const going = (eventId: string) =>
  count(
    "SELECT count(*) AS n FROM event_participants WHERE event_id = ? AND status = 'going'",
    eventId,
  );

describe('createHostedEvent', () => {
  it('creates an event in a workspace, hosted by the viewer', async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const result = await create(owner, {
      workspaceId: gid('Workspace', workspaceId),
      title: ' Launch party ',
      startsAt: '2030-05-01T18:00:00+02:00',
      endsAt: '2030-05-01T22:00:00Z',
      capacity: 30,
    });
    expect(result).toMatchObject({
      __typename: 'CreateHostedEventSuccess',
      data: {
        title: 'Launch party',
        startsAt: '2030-05-01T16:00:00.000Z',
        endsAt: '2030-05-01T22:00:00.000Z',
        capacity: 30,
        status: 'SCHEDULED',
        host: { id: gid('User', owner) },
        workspace: { id: gid('Workspace', workspaceId) },
      },
    });
  });

  it('creates an unlisted event without a workspace', async () => {
    const host = await insertUser();
    const result = await create(host, { title: 'Picnic', startsAt: '2030-06-01T12:00:00Z' });
    expect(result).toMatchObject({ data: { workspace: null, capacity: null, endsAt: null } });
  });

  it('validates startsAt < endsAt and capacity > 0, all issues at once, writing nothing', async () => {
    const host = await insertUser();
    const result = await create(host, {
      title: '',
      startsAt: '2030-06-01T12:00:00Z',
      endsAt: '2030-06-01T12:00:00Z',
      capacity: 0,
    });
    expect(
      variant(result, 'ValidationError')
        .issues.map((issue) => issue.field)
        .sort(),
    ).toEqual(['input.capacity', 'input.endsAt', 'input.title']);
    expect(await count('SELECT count(*) AS n FROM hosted_events WHERE host_id = ?', host)).toBe(0);
  });

  it('refuses a workspace the viewer is not in (NotFound) or only views (Forbidden)', async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const [viewer, stranger] = [await insertUser(), await insertUser()];
    await addMember(workspaceId, viewer, 'viewer');
    const input = {
      workspaceId: gid('Workspace', workspaceId),
      title: 'x',
      startsAt: '2030-01-01T00:00:00Z',
    };
    expect(await create(viewer, input)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await create(stranger, input)).toMatchObject({ __typename: 'NotFoundError' });
    expect(
      await count('SELECT count(*) AS n FROM hosted_events WHERE workspace_id = ?', workspaceId),
    ).toBe(0);
  });
});

describe('joinHostedEvent and leaveHostedEvent', () => {
  it('joins, changes the answer, and leaves', async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const member = await insertUser();
    await addMember(workspaceId, member);
    const eventId = await insertEvent(owner, { workspaceId });
    expect(await join(member, eventId)).toMatchObject({
      __typename: 'JoinHostedEventSuccess',
      data: {
        status: 'GOING',
        user: { id: gid('User', member) },
        event: { participants: { totalCount: 1 } },
      },
    });
    expect(await join(member, eventId, 'MAYBE')).toMatchObject({ data: { status: 'MAYBE' } });
    expect(
      await count('SELECT count(*) AS n FROM event_participants WHERE event_id = ?', eventId),
    ).toBe(1);
    const event = { eventId: gid('HostedEvent', eventId) };
    const left = await mutate(LeaveHostedEventDetailedDocument, event, member);
    expect(atob(variant(left, 'LeaveHostedEventSuccess').data)).toMatch(/^EventParticipant:evp_/);
    const again = await mutate(LeaveHostedEventDetailedDocument, event, member);
    // It says what is missing (the participation), naming the event's row id.
    expect(again).toMatchObject({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      message: `You are not taking part in event "${eventId}" (or it does not exist).`,
    });
  });

  it('returns EventFullError past capacity, and MAYBE still fits', async () => {
    const host = await insertUser();
    const eventId = await insertEvent(host, { capacity: 1 });
    const [a, b] = [await insertUser(), await insertUser()];
    expect((await join(a, eventId)).__typename).toBe('JoinHostedEventSuccess');
    expect(await join(b, eventId)).toMatchObject({
      __typename: 'EventFullError',
      capacity: 1,
      code: 'EVENT_FULL',
    });
    expect(await join(b, eventId, 'MAYBE')).toMatchObject({ data: { status: 'MAYBE' } });
    // b cannot upgrade to GOING while full; a re-answering GOING keeps their own place.
    expect((await join(b, eventId)).__typename).toBe('EventFullError');
    expect((await join(a, eventId)).__typename).toBe('JoinHostedEventSuccess');
    expect(await going(eventId)).toBe(1);
  });

  it('never overfills under 10 concurrent joins', async () => {
    const host = await insertUser();
    const eventId = await insertEvent(host, { capacity: 3 });
    const users = await Promise.all(Array.from({ length: 10 }, () => insertUser()));
    const results = await Promise.all(users.map((user) => join(user, eventId)));
    const kinds = results.map((result) => result.__typename);
    expect(kinds.filter((kind) => kind === 'JoinHostedEventSuccess')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'EventFullError')).toHaveLength(7);
    expect(await going(eventId)).toBe(3);
  });

  it('refuses cancelled events (Conflict) and events of a workspace the viewer is not in (NotFound)', async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const cancelled = await insertEvent(owner, { status: 'cancelled' });
    const inWorkspace = await insertEvent(owner, { workspaceId });
    const stranger = await insertUser();
    expect(await join(stranger, cancelled)).toMatchObject({ __typename: 'ConflictError' });
    expect(await join(stranger, inWorkspace)).toMatchObject({ __typename: 'NotFoundError' });
    expect(
      await count('SELECT count(*) AS n FROM event_participants WHERE user_id = ?', stranger),
    ).toBe(0);
  });
});

describe('event visibility and Workspace.events', () => {
  it('shows an unlisted event to its host and participants only', async () => {
    const [host, guest, stranger] = [await insertUser(), await insertUser(), await insertUser()];
    const eventId = await insertEvent(host);
    await insertParticipant(eventId, guest);
    const sees = async (as: string) => {
      const result = await gql(NodeSeenDocument, { id: gid('HostedEvent', eventId) }, { as });
      return result.data?.node !== null;
    };
    expect([await sees(host), await sees(guest), await sees(stranger)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('lists workspace events by start time, within [from, to)', async () => {
    const owner = await insertUser();
    const workspaceId = await insertWorkspace(owner);
    const late = await insertEvent(owner, { workspaceId, startsAt: '2030-03-01T00:00:00.000Z' });
    const early = await insertEvent(owner, { workspaceId, startsAt: '2030-01-01T00:00:00.000Z' });
    const middle = await insertEvent(owner, { workspaceId, startsAt: '2030-02-01T00:00:00.000Z' });
    const ids = async (from?: string, to?: string) => {
      const result = await gql(
        EventsOfWorkspaceDocument,
        { id: gid('Workspace', workspaceId), from, to },
        { as: owner },
      );
      return variant(result.data?.node, 'Workspace').events.edges.map(
        (edge) => atob(edge.node.id).split(':')[1],
      );
    };
    expect(await ids()).toEqual([early, middle, late]);
    expect(await ids('2030-02-01T00:00:00Z', '2030-03-01T00:00:00Z')).toEqual([middle]);
    const outsider = await insertUser();
    const hidden = await gql(
      EventsOfWorkspaceDocument,
      { id: gid('Workspace', workspaceId) },
      { as: outsider },
    );
    expect(hidden.data?.node).toBeNull();
  });
});
