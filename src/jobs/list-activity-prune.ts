import { listActivity, listActivityDigests } from '../db/tables';
import { retentionJob } from './retention';

/**
 * Days list activity and the record of digests sent are kept. Instant emails read activity as it
 * is written and digests read the previous UTC day, so a week leaves a margin for a cron that
 * missed days, and stops the tables from growing with every list change forever.
 */
export const LIST_ACTIVITY_RETENTION_DAYS = 7;

export const pruneListActivityJob = retentionJob({
  name: 'prune-list-activity',
  table: listActivity,
  column: listActivity.createdAt,
  days: LIST_ACTIVITY_RETENTION_DAYS,
});

export const pruneListActivityDigestsJob = retentionJob({
  name: 'prune-list-activity-digests',
  table: listActivityDigests,
  column: listActivityDigests.sentAt,
  days: LIST_ACTIVITY_RETENTION_DAYS,
});
