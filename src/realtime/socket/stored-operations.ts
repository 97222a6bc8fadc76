import type { DocumentNode } from 'graphql';
import { parseWithLimits } from '../../hardening/operation-checks';

/** What a subscription runs for each event, kept in the object's storage (not the attachment). */
export interface StoredOperation {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  args: Record<string, unknown>;
}

const key = (id: string) => `operation:${id}`;

export function storeOperation(
  storage: DurableObjectStorage,
  id: string,
  operation: StoredOperation,
): Promise<void> {
  const { query, operationName, variables, args } = operation;
  return storage.put(key(id), { query, operationName, variables, args });
}

export function storedOperation(
  storage: DurableObjectStorage,
  id: string,
): Promise<StoredOperation | undefined> {
  return storage.get<StoredOperation>(key(id));
}

export async function dropOperation(storage: DurableObjectStorage, id: string): Promise<void> {
  await storage.delete(key(id));
}

/**
 * Parsed documents by text, shared by the isolate's sockets: a pure function of the text (it was
 * checked when subscribed), so no viewer's state is kept. Bounded: the oldest entry goes first.
 */
const parsed = new Map<string, DocumentNode>();
const PARSED_CACHE_SIZE = 200;

export function documentOf(query: string): DocumentNode {
  const cached = parsed.get(query);
  if (cached) return cached;
  const document = parseWithLimits(query);
  if (parsed.size >= PARSED_CACHE_SIZE) {
    const oldest = parsed.keys().next().value;
    if (oldest !== undefined) parsed.delete(oldest);
  }
  parsed.set(query, document);
  return document;
}
