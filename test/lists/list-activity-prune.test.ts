import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../src/index';
import { LIST_ACTIVITY_RETENTION_DAYS } from '../../src/jobs/list-activity-prune';
import { insertUser, insertWorkspace, uid } from '../helpers/seed';
import { insertList } from '../helpers/work-seed';

describe('pruning list activity', () => {
  it('the daily cron removes activity and digest records older than the retention, only those', async () => {
    const now = Date.parse('2030-06-10T00:15:00.000Z');
    const day = 86_400_000;
    const at = (ms: number) => new Date(ms).toISOString();
    const old = at(now - LIST_ACTIVITY_RETENTION_DAYS * day - 1);
    const recent = at(now - LIST_ACTIVITY_RETENTION_DAYS * day + 60_000);
    const owner = await insertUser();
    const listId = await insertList(await insertWorkspace(owner), owner);
    const itemId = uid('lit');
    await env.DB.batch([
      env.DB.prepare('INSERT INTO list_items (id, list_id, title) VALUES (?, ?, ?)').bind(
        itemId,
        listId,
        'Entry',
      ),
      ...[old, recent].map((createdAt) =>
        env.DB.prepare(
          "INSERT INTO list_activity (id, list_id, list_item_id, kind, created_at) VALUES (?, ?, ?, 'item_added', ?)",
        ).bind(uid('lac'), listId, itemId, createdAt),
      ),
      ...[
        ['2030-05-01', old],
        ['2030-06-09', recent],
      ].map(([digestDate, sentAt]) =>
        env.DB.prepare(
          'INSERT INTO list_activity_digests (id, user_id, digest_date, sent_at) VALUES (?, ?, ?, ?)',
        ).bind(uid('lad'), owner, digestDate, sentAt),
      ),
    ]);

    await worker.scheduled(
      createScheduledController({ scheduledTime: now, cron: '15 0 * * *' }),
      env,
    );

    const activity = await env.DB.prepare('SELECT created_at FROM list_activity WHERE list_id = ?')
      .bind(listId)
      .all<{ created_at: string }>();
    expect(activity.results.map((row) => row.created_at)).toEqual([recent]);
    const digests = await env.DB.prepare(
      'SELECT sent_at FROM list_activity_digests WHERE user_id = ?',
    )
      .bind(owner)
      .all<{ sent_at: string }>();
    expect(digests.results.map((row) => row.sent_at)).toEqual([recent]);
  });
});
