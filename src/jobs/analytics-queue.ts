import { parseRecord } from '../analytics/record';
import { type DeliveredRecord, foldStatements } from '../analytics/rollups';
import { logEvent } from '../log';
import { randomToken } from '../resolvers/ids';

/** The analytics queue of each environment (wrangler.toml): `api-analytics`, `api-analytics-staging`. */
export function isAnalyticsQueue(queue: string): boolean {
  return queue.startsWith('api-analytics');
}

/**
 * The analytics queue: folds a batch of records into the hourly rollups in one D1 batch, then
 * acks them all; if D1 fails, the whole batch is retried (the fold is idempotent per message id,
 * so a batch that did commit before failing adds nothing the second time). A message that is not
 * a record is logged and acked. The dead-letter queue only logs what it receives: losing a few
 * records of statistics is better than a retry storm.
 */
export async function foldAnalytics(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  if (batch.queue.endsWith('-dlq')) {
    logEvent('warn', 'analytics records dropped after retries', {
      queue: batch.queue,
      count: batch.messages.length,
    });
    batch.ackAll();
    return;
  }
  const delivered: DeliveredRecord[] = [];
  for (const message of batch.messages) {
    const record = parseRecord(message.body);
    if (record) delivered.push({ messageId: message.id, record });
    else logEvent('warn', 'analytics message is not a record; dropped', { messageId: message.id });
  }
  if (delivered.length > 0) {
    await env.DB.batch(foldStatements(env.DB, delivered, randomToken(16), new Date()));
  }
  batch.ackAll();
}
