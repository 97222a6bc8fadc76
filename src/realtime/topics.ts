import type { AppendedEvent } from '../db/d1-stats';

/**
 * A topic is what one hub (one Durable Object, `idFromName(topic)`) fans out: every event of
 * one thread, of one user (their inbox, their memberships), or of one workspace. Plain strings,
 * so a hub's name is its topic.
 */
export type Topic = `thread:${string}` | `user:${string}` | `workspace:${string}`;

export const threadTopic = (threadId: string): Topic => `thread:${threadId}`;
export const userTopic = (userId: string): Topic => `user:${userId}`;
export const workspaceTopic = (workspaceId: string): Topic => `workspace:${workspaceId}`;

/** The event's scope columns: enough to name its topics (a log row or what an INSERT returned). */
export type ScopedEvent = Pick<AppendedEvent, 'workspaceId' | 'threadId' | 'userId'>;

/** Every topic an event belongs to: one per scope column it has. */
export function topicsOfEvent(event: ScopedEvent): Topic[] {
  const topics: Topic[] = [];
  if (event.threadId) topics.push(threadTopic(event.threadId));
  if (event.userId) topics.push(userTopic(event.userId));
  if (event.workspaceId) topics.push(workspaceTopic(event.workspaceId));
  return topics;
}

const TOPIC = /^(thread|user|workspace):(.+)$/;

/** The topic's kind and id, or null for a string that is not a topic. */
export function parseTopic(
  value: string,
): { kind: 'thread' | 'user' | 'workspace'; id: string } | null {
  const match = TOPIC.exec(value);
  if (!match) return null;
  return { kind: match[1] as 'thread' | 'user' | 'workspace', id: match[2] as string };
}
