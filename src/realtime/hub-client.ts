import type { Topic } from './topics';

// The Worker's side of the hubs, apart from the Durable Object class (src/realtime/hub.ts) so
// that code the schema imports never loads `cloudflare:workers` (the SDL is printed in Node).

/** What a hub tells its listeners: the log of its topic holds events up to `lastId`. */
export interface HubNotice {
  lastId: number;
}

/** The hub of a topic: one Durable Object per topic, by name. */
export function hubOf(env: Env, topic: Topic) {
  return env.REALTIME_HUB.get(env.REALTIME_HUB.idFromName(topic));
}
