import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import worker from '../../src/index';
import { insertUser } from '../helpers/seed';
import { seedInvite, seedThread } from './helpers';

async function statusOf(id: string) {
  const row = await env.DB.prepare('SELECT status FROM thread_invites WHERE id = ?')
    .bind(id)
    .first<{ status: string }>();
  return row?.status;
}

it('the scheduled sweep marks overdue pending invites expired and leaves the rest', async () => {
  const owner = await insertUser();
  const thread = await seedThread(owner);
  const now = Date.now();
  const overdue = await seedInvite(thread, { expiresAt: new Date(now - 60_000).toISOString() });
  const open = await seedInvite(thread, { expiresAt: new Date(now + 3600_000).toISOString() });
  const declined = await seedInvite(thread, {
    status: 'declined',
    expiresAt: new Date(now - 60_000).toISOString(),
  });
  const accepted = await seedInvite(thread, {
    status: 'accepted',
    expiresAt: new Date(now - 60_000).toISOString(),
  });

  await worker.scheduled(
    createScheduledController({ scheduledTime: new Date(now), cron: '15 0 * * *' }),
    env,
  );

  expect(await statusOf(overdue.id)).toBe('expired');
  expect(await statusOf(open.id)).toBe('pending');
  expect(await statusOf(declined.id)).toBe('declined');
  expect(await statusOf(accepted.id)).toBe('accepted');
});
