import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client';
import worker from '../../src/index';
import { DOMAIN_EVENT_RETENTION_DAYS } from '../../src/jobs/domain-events-prune';
import { subjectSql } from '../../src/resolvers/domain-events';
import { uid } from '../helpers/seed';

describe('subjectSql', () => {
  it('computes in SQL the global ID the schema gives, whatever the padding', async () => {
    const db = createDb(env.DB);
    // Lengths covering each remainder mod 3 (padding '', '=', '=='), and a non-ASCII id.
    for (const id of ['a', 'ab', 'abc', 'thi_mx3paj4x5kymn', 'inb_0123456789abcdefghij', 'é-ü']) {
      const [row] = await db.all<{ g: string }>(
        sql`select ${subjectSql('ThreadInvite', sql`${id}`)} as g`,
      );
      expect(row.g).toBe(encodeGlobalID('ThreadInvite', id));
    }
  });
});

describe('pruning the log', () => {
  it('the daily cron removes events older than the retention, and only those', async () => {
    const now = Date.parse('2030-06-10T00:15:00.000Z');
    const day = 86_400_000;
    const subject = uid('prune');
    const at = (ms: number) => new Date(ms).toISOString();
    const insert = (createdAt: string) =>
      env.DB.prepare(
        "INSERT INTO domain_events (type, subject_id, payload, created_at) VALUES ('work_item.created', ?, '{}', ?)",
      ).bind(subject, createdAt);
    await env.DB.batch([
      insert(at(now - DOMAIN_EVENT_RETENTION_DAYS * day - 1)),
      insert(at(now - 30 * day)),
      insert(at(now - DOMAIN_EVENT_RETENTION_DAYS * day + 60_000)),
      insert(at(now - 1000)),
    ]);
    await worker.scheduled(
      createScheduledController({ scheduledTime: now, cron: '15 0 * * *' }),
      env,
    );
    const { results } = await env.DB.prepare(
      'SELECT created_at FROM domain_events WHERE subject_id = ? ORDER BY created_at',
    )
      .bind(subject)
      .all<{ created_at: string }>();
    expect(results.map((row) => row.created_at)).toEqual([
      at(now - DOMAIN_EVENT_RETENTION_DAYS * day + 60_000),
      at(now - 1000),
    ]);
  });
});
