import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../src/index';
import {
  ArchiveThreadDetailedDocument,
  DeleteThreadDetailedDocument,
  EvAcceptInviteDocument,
  EvDeclineInviteDocument,
  EvMarkThreadMessagesDeliveredDocument,
  EvMarkThreadReadDocument,
  EvSendThreadMessageDocument,
} from '../generated/graphql';
import { gql, mutate, variant } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { globalId, seedInvite, seedThread, threadWithMember } from '../threads/helpers';
import { eventsBy, eventsOf, payloadOf, withFailingEvents } from './helpers';

const send = (threadId: string, body: string, as: string) =>
  mutate(EvSendThreadMessageDocument, { threadId: globalId('Thread', threadId), body }, as);

describe('thread events', () => {
  it('a sent message has one thread_message.sent event in its thread', async () => {
    const { owner, threadId } = await threadWithMember();
    const message = variant(await send(threadId, 'Hello', owner), 'SendThreadMessageSuccess').data;
    const events = await eventsOf(message.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'thread_message.sent',
      thread_id: threadId,
      actor_id: owner,
    });
    // Never the message's body.
    expect(events[0].payload).not.toContain('Hello');
  });

  it('delivery and read receipts append one event each, for the reader; none when nothing changed', async () => {
    const { owner, member, threadId } = await threadWithMember();
    const message = variant(await send(threadId, 'Hi', owner), 'SendThreadMessageSuccess').data;
    const thread = globalId('Thread', threadId);
    await mutate(
      EvMarkThreadMessagesDeliveredDocument,
      { threadId: thread, messageIds: [message.id] },
      member,
    );
    await mutate(EvMarkThreadReadDocument, { threadId: thread }, member);
    // Nothing left to mark: no change, no event.
    await mutate(EvMarkThreadReadDocument, { threadId: thread }, member);
    const events = await eventsBy(member);
    expect(events.map((event) => event.type)).toEqual([
      'thread_message.delivered',
      'thread_message.read',
    ]);
    for (const event of events) {
      expect(event).toMatchObject({ thread_id: threadId, user_id: member, subject_id: thread });
    }
    expect(payloadOf(events[0])).toEqual({ messageIds: [message.id] });
  });

  it('refused thread writes leave no event: not a participant, empty body, closed thread', async () => {
    const { owner, threadId } = await threadWithMember();
    const stranger = await insertUser();
    expect((await send(threadId, 'Let me in', stranger)).__typename).toBe('NotFoundError');
    expect((await send(threadId, '', owner)).__typename).toBe('ValidationError');
    await mutate(EvMarkThreadReadDocument, { threadId: globalId('Thread', threadId) }, stranger);
    const closed = await seedThread(owner, { status: 'archived' });
    expect((await send(closed, 'Anyone?', owner)).__typename).toBe('ConflictError');
    expect(await eventsBy(stranger)).toEqual([]);
    expect(await eventsBy(owner)).toEqual([]);
  });

  it('a failing batch leaves neither the message nor its event', async () => {
    const { owner, threadId } = await threadWithMember();
    const result = await withFailingEvents(owner, () =>
      gql(
        EvSendThreadMessageDocument,
        { input: { threadId: globalId('Thread', threadId), body: 'Doomed' } },
        { as: owner },
      ),
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    const left = await env.DB.prepare(
      'SELECT count(*) AS n FROM thread_messages WHERE thread_id = ?',
    )
      .bind(threadId)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
    expect(await eventsBy(owner)).toEqual([]);
  });
});

describe('invite events', () => {
  it('accepting: invite.accepted, the owner\u2019s inbox_item.created, and the others expire (taken)', async () => {
    const owner = await insertUser();
    const invitee = await insertUser();
    const other = await insertUser();
    const threadId = await seedThread(owner);
    const invite = await seedInvite(threadId, { userId: invitee });
    const sibling = await seedInvite(threadId, { userId: other });
    const inviteId = globalId('ThreadInvite', invite.id);
    variant(await mutate(EvAcceptInviteDocument, { inviteId }, invitee), 'AcceptInviteSuccess');

    // The subject is computed in SQL: it must be the very global ID the schema gives.
    const accepted = await eventsOf(inviteId);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({
      type: 'invite.accepted',
      thread_id: threadId,
      user_id: invitee,
      actor_id: invitee,
    });
    const inbox = await eventsOf(globalId('InboxItem', `inb_${invite.id.slice(4)}`));
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ type: 'inbox_item.created', user_id: owner });
    const expired = await eventsOf(globalId('ThreadInvite', sibling.id));
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ type: 'invite.expired', user_id: other, actor_id: null });
    expect(payloadOf(expired[0])).toEqual({ reason: 'taken' });

    // A second answer is refused and appends nothing.
    const again = await mutate(EvAcceptInviteDocument, { inviteId }, invitee);
    expect(again.__typename).not.toBe('AcceptInviteSuccess');
    const declined = await mutate(EvDeclineInviteDocument, { inviteId }, invitee);
    expect(declined.__typename).not.toBe('DeclineInviteSuccess');
    expect(await eventsOf(inviteId)).toHaveLength(1);
  });

  it('declining appends invite.declined; a hidden invite appends nothing', async () => {
    const owner = await insertUser();
    const invitee = await insertUser();
    const stranger = await insertUser();
    const threadId = await seedThread(owner);
    const invite = await seedInvite(threadId, { userId: invitee });
    const inviteId = globalId('ThreadInvite', invite.id);
    expect((await mutate(EvDeclineInviteDocument, { inviteId }, stranger)).__typename).toBe(
      'NotFoundError',
    );
    expect(await eventsOf(inviteId)).toEqual([]);
    variant(await mutate(EvDeclineInviteDocument, { inviteId }, invitee), 'DeclineInviteSuccess');
    const events = await eventsOf(inviteId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'invite.declined',
      user_id: invitee,
      actor_id: invitee,
    });
  });

  it('the cron expiring an overdue invite appends invite.expired (time), once', async () => {
    const owner = await insertUser();
    const threadId = await seedThread(owner);
    const now = Date.now();
    const overdue = await seedInvite(threadId, { expiresAt: new Date(now - 60_000).toISOString() });
    const open = await seedInvite(threadId, { expiresAt: new Date(now + 3600_000).toISOString() });
    const run = () =>
      worker.scheduled(
        createScheduledController({ scheduledTime: new Date(now), cron: '15 0 * * *' }),
        env,
      );
    await run();
    await run();
    const events = await eventsOf(globalId('ThreadInvite', overdue.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'invite.expired',
      thread_id: threadId,
      actor_id: null,
    });
    expect(payloadOf(events[0])).toEqual({ reason: 'time' });
    expect(await eventsOf(globalId('ThreadInvite', open.id))).toEqual([]);
  });

  it('archiving or deleting a thread appends invite.expired (closed) for each pending invite it closes', async () => {
    const owner = await insertUser();
    const invitee = await insertUser();
    const stranger = await insertUser();
    const threadId = await seedThread(owner);
    const pending = await seedInvite(threadId, { userId: invitee });
    const byEmail = await seedInvite(threadId, { email: 'someone@example.test' });
    const declined = await seedInvite(threadId, { userId: stranger, status: 'declined' });
    const id = globalId('Thread', threadId);

    // Refused (not the owner): nothing closes, nothing is appended.
    const refused = await gql(ArchiveThreadDetailedDocument, { id }, { as: stranger });
    expect(refused.data?.archiveThread.__typename).not.toBe('ArchiveThreadSuccess');
    expect(await eventsOf(globalId('ThreadInvite', pending.id))).toEqual([]);

    const archived = await gql(ArchiveThreadDetailedDocument, { id }, { as: owner });
    expect(archived.data?.archiveThread.__typename).toBe('ArchiveThreadSuccess');
    const forInvitee = await eventsOf(globalId('ThreadInvite', pending.id));
    expect(forInvitee).toHaveLength(1);
    expect(forInvitee[0]).toMatchObject({
      type: 'invite.expired',
      thread_id: threadId,
      user_id: invitee,
      actor_id: owner,
    });
    expect(payloadOf(forInvitee[0])).toEqual({ reason: 'closed' });
    const forEmail = await eventsOf(globalId('ThreadInvite', byEmail.id));
    expect(forEmail).toHaveLength(1);
    expect(forEmail[0]).toMatchObject({ type: 'invite.expired', user_id: null });
    // An invite already answered was not closed by it.
    expect(await eventsOf(globalId('ThreadInvite', declined.id))).toEqual([]);

    // Deleting the archived thread closes nothing more: no second event.
    const deleted = await gql(DeleteThreadDetailedDocument, { id }, { as: owner });
    expect(deleted.data?.deleteThread.__typename).toBe('DeleteThreadSuccess');
    expect(await eventsOf(globalId('ThreadInvite', pending.id))).toHaveLength(1);
  });

  it('deleting an active thread appends invite.expired (closed) for its pending invites', async () => {
    const owner = await insertUser();
    const invitee = await insertUser();
    const threadId = await seedThread(owner);
    const pending = await seedInvite(threadId, { userId: invitee });
    const deleted = await gql(
      DeleteThreadDetailedDocument,
      { id: globalId('Thread', threadId) },
      { as: owner },
    );
    expect(deleted.data?.deleteThread.__typename).toBe('DeleteThreadSuccess');
    const events = await eventsOf(globalId('ThreadInvite', pending.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'invite.expired', user_id: invitee, actor_id: owner });
    expect(payloadOf(events[0])).toEqual({ reason: 'closed' });
  });
});
