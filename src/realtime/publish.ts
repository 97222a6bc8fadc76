import { type AppendedEvent, countingD1, emptyStats } from '../db/d1-stats';
import { logEvent } from '../log';
import { hubOf } from './hub-client';
import { type Topic, topicsOfEvent } from './topics';

/** Hands a promise to the runtime to finish after the answer (`ctx.waitUntil`). */
export type WaitUntil = (promise: Promise<unknown>) => void;

/** The newest event id per topic among `events`: one publish per topic, whatever the count. */
export function lastIdByTopic(events: AppendedEvent[]): Map<Topic, number> {
  const last = new Map<Topic, number>();
  for (const event of events) {
    for (const topic of topicsOfEvent(event)) {
      last.set(topic, Math.max(last.get(topic) ?? 0, event.id));
    }
  }
  return last;
}

/** Tells each topic's hub how far its log has grown. */
export async function publishEvents(env: Env, events: AppendedEvent[]): Promise<void> {
  await Promise.all(
    [...lastIdByTopic(events)].map(async ([topic, lastId]) => {
      try {
        await hubOf(env, topic).publish(lastId, topic);
      } catch (error) {
        // Nothing is lost: listeners read the log after their cursor at the next notice, and a
        // reconnecting client resumes from its Last-Event-ID.
        logEvent('warn', 'realtime publish failed', {
          topic,
          lastId,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }),
  );
}

/**
 * THE point after a write committed: D1 answered the batch that appended `events` (the counted
 * binding reports them, src/db/d1-stats.ts). Everything that reacts to committed events starts
 * here, off the answer's path (`waitUntil`): today the real-time hubs; the webhook dispatcher
 * is meant to be added beside them. Each consumer must tolerate a lost call: the log holds the
 * events, this only says that there are new ones.
 */
export function afterCommit(env: Env, events: AppendedEvent[], waitUntil: WaitUntil): void {
  if (events.length === 0) return;
  waitUntil(publishEvents(env, events));
}

/**
 * A D1 binding for code outside a request (cron jobs, queue consumers) whose committed events
 * go through `afterCommit` like a request's.
 */
export function publishingD1(env: Env, waitUntil: WaitUntil): D1Database {
  return countingD1(env.DB, emptyStats(), (events) => afterCommit(env, events, waitUntil));
}

/**
 * The Worker's env for a cron or queue invocation, with a DB binding whose committed events go
 * through `afterCommit` (kept alive by the invocation's `waitUntil`): the jobs' code stays as
 * it is (`createDb(env.DB)`), and what it appends is published like a request's writes.
 * (`Object.create`: every other binding is read through to the original env.)
 */
export function publishingEnv(
  env: Env,
  execution: Pick<ExecutionContext, 'waitUntil'> | undefined,
): Env {
  // Tests may call the handlers without an execution context: nothing to keep alive with.
  if (!execution) return env;
  const DB = publishingD1(env, (promise) => execution.waitUntil(promise));
  return Object.create(env, { DB: { value: DB, enumerable: true } }) as Env;
}
