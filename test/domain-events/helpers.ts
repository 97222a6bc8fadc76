import { env } from 'cloudflare:workers';

export interface EventRow {
  id: number;
  type: string;
  workspace_id: string | null;
  thread_id: string | null;
  user_id: string | null;
  subject_id: string;
  actor_id: string | null;
  payload: string;
  created_at: string;
}

/** The log's events about `subjectId` (a global ID), oldest first. */
export async function eventsOf(subjectId: string): Promise<EventRow[]> {
  const { results } = await env.DB.prepare(
    'SELECT * FROM domain_events WHERE subject_id = ? ORDER BY id',
  )
    .bind(subjectId)
    .all<EventRow>();
  return results;
}

/** The log's events by `actorId`, oldest first. */
export async function eventsBy(actorId: string): Promise<EventRow[]> {
  const { results } = await env.DB.prepare(
    'SELECT * FROM domain_events WHERE actor_id = ? ORDER BY id',
  )
    .bind(actorId)
    .all<EventRow>();
  return results;
}

/** Asserts the payload is small JSON (ids and field names, not rows) and returns it parsed. */
export function payloadOf(event: EventRow): Record<string, unknown> {
  if (event.payload.length > 300) throw new Error(`payload too large: ${event.payload}`);
  return JSON.parse(event.payload);
}

/**
 * Runs `body` while every insert into the log by `actorId` fails (a D1 trigger), as an insert
 * that breaks inside the batch would: the batch must then leave neither the change nor the event.
 */
export async function withFailingEvents<T>(actorId: string, body: () => Promise<T>): Promise<T> {
  const name = `fail_events_${actorId.replace(/\W/g, '_')}`;
  await env.DB.prepare(
    `CREATE TRIGGER ${name} BEFORE INSERT ON domain_events
     WHEN new.actor_id = '${actorId}' BEGIN SELECT RAISE(ABORT, 'forced failure'); END`,
  ).run();
  try {
    return await body();
  } finally {
    await env.DB.prepare(`DROP TRIGGER ${name}`).run();
  }
}
