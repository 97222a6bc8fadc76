import { domainEvents } from '../db/tables';
import { retentionJob } from './retention';

/**
 * Days an event stays in the log. The log is for catching up, not history (the rows themselves
 * and the audit log are that): a subscriber offline longer than this reloads instead of
 * replaying. A week covers a client closed over a weekend, and keeps the table small.
 */
export const DOMAIN_EVENT_RETENTION_DAYS = 7;

export const pruneDomainEventsJob = retentionJob({
  name: 'prune-domain-events',
  table: domainEvents,
  column: domainEvents.createdAt,
  days: DOMAIN_EVENT_RETENTION_DAYS,
});
