import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { FREQUENT_CRON } from '../../src/jobs/scheduled';
import { INVITE_EMAIL_GIVE_UP_HOURS } from '../../src/resolvers/threads/invite-delivery';
import { RtInboxItemAddedDocument, RtSendRelationshipRequestDocument } from '../generated/graphql';
import { mutate } from '../helpers/client';
import { insertUser } from '../helpers/seed';
import { gid } from '../helpers/work-seed';
import { seedInvite, seedThread } from '../threads/helpers';
import { subscribe } from './sse';

describe('Subscription.inboxItemAdded over SSE', () => {
  it('delivers a new item of the viewer’s own inbox, and nobody else’s', async () => {
    const [sender, recipient, bystander] = [
      await insertUser(),
      await insertUser(),
      await insertUser(),
    ];
    const theirs = await subscribe(RtInboxItemAddedDocument, {}, { as: recipient });
    const other = await subscribe(RtInboxItemAddedDocument, {}, { as: bystander });
    await mutate(RtSendRelationshipRequestDocument, { toUserId: gid('User', recipient) }, sender);
    const got = await theirs.nextData();
    expect(got.data.inboxItemAdded.kind).toBe('RELATIONSHIP_REQUEST');
    // The bystander's stream got nothing: its next event is its own, later one.
    await mutate(RtSendRelationshipRequestDocument, { toUserId: gid('User', bystander) }, sender);
    const own = await other.nextData();
    expect(Number(own.id)).toBeGreaterThan(Number(got.id));
    await theirs.close();
    await other.close();
  });

  it('delivers the notice of an invite email the cron gave up on (its event, published from the cron)', async () => {
    const owner = await insertUser();
    const threadId = await seedThread(owner, { title: 'Unsent' });
    await seedInvite(threadId, { name: 'Nobody Reached' });
    const stream = await subscribe(RtInboxItemAddedDocument, {}, { as: owner });
    const execution = createExecutionContext();
    await worker.scheduled(
      createScheduledController({
        scheduledTime: new Date(Date.now() + (INVITE_EMAIL_GIVE_UP_HOURS * 60 + 1) * 60_000),
        cron: FREQUENT_CRON,
      }),
      env,
      execution,
    );
    await waitOnExecutionContext(execution);
    const got = await stream.nextData();
    expect(got.data.inboxItemAdded).toMatchObject({
      kind: 'SYSTEM',
      title: 'Your invite to Nobody Reached could not be emailed',
    });
    const event = await env.DB.prepare(
      "SELECT * FROM domain_events WHERE type = 'inbox_item.created' AND user_id = ?",
    )
      .bind(owner)
      .first<{ id: number; thread_id: string; payload: string }>();
    expect(event).toMatchObject({ id: Number(got.id), thread_id: threadId });
    expect(JSON.parse(event?.payload ?? '{}')).toEqual({ kind: 'invite_email_failed' });
    await stream.close();
  });
});
