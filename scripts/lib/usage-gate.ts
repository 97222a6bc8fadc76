// The usage gate of `npm run schema:release -- --usage <file>`: a field may leave the schema only
// when the exported usage (the JSON answer of `usedFields`, `fieldUsage` or
// `deprecatedFieldUsage`, see docs/admins.md) shows no client selecting it in the last N days.
import { type GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';

export interface ClientUse {
  clientName: string;
  requests: number;
  lastSeenAt: string;
}

export interface UsageEntry {
  coordinate: string;
  /** The window the export covered, when it says (FieldUsage.days). */
  days: number | null;
  clients: ClientUse[];
}

/** Every FieldUsage object anywhere in the export (under data, aliases, lists). */
export function usageEntries(json: unknown): UsageEntry[] {
  const entries: UsageEntry[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    if (typeof object.coordinate === 'string' && Array.isArray(object.clients)) {
      entries.push({
        coordinate: object.coordinate,
        days: typeof object.days === 'number' ? object.days : null,
        clients: (object.clients as Record<string, unknown>[]).map((client) => ({
          clientName: String(client.clientName ?? ''),
          requests: Number(client.requests ?? 0),
          lastSeenAt: String(client.lastSeenAt ?? ''),
        })),
      });
      return;
    }
    for (const child of Object.values(object)) walk(child);
  };
  walk(json);
  return entries;
}

/** `Type.field` of every object or interface field of `before` that `after` no longer has. */
export function removedFields(before: GraphQLSchema, after: GraphQLSchema): string[] {
  const removed: string[] = [];
  for (const type of Object.values(before.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    const kept = after.getType(type.name);
    const keptFields =
      kept && (isObjectType(kept) || isInterfaceType(kept)) ? kept.getFields() : {};
    for (const field of Object.keys(type.getFields())) {
      if (!(field in keptFields)) removed.push(`${type.name}.${field}`);
    }
  }
  return removed.sort();
}

export interface StillUsed {
  coordinate: string;
  /** Client names ("(unnamed client)" for ''), busiest first, with their last use. */
  clients: ClientUse[];
}

/**
 * The removed fields some client selected within `days` days before `now`, and the problems
 * with the export itself (it covers fewer days than asked, or holds no usage at all).
 */
export function usageGate(
  before: GraphQLSchema,
  after: GraphQLSchema,
  usage: unknown,
  days: number,
  now: Date,
): { stillUsed: StillUsed[]; problems: string[] } {
  const entries = usageEntries(usage);
  const problems: string[] = [];
  if (entries.length === 0) {
    problems.push(
      'The usage file holds no field usage (expected the JSON answer of usedFields or fieldUsage).',
    );
  }
  const windows = entries.map((entry) => entry.days).filter((d): d is number => d !== null);
  if (windows.length > 0 && Math.min(...windows) < days) {
    problems.push(
      `The usage file covers ${Math.min(...windows)} days; the gate needs ${days}: export it with days: ${days}.`,
    );
  }
  const since = now.getTime() - days * 86_400_000;
  const byCoordinate = new Map<string, ClientUse[]>();
  for (const entry of entries) {
    const recent = entry.clients.filter(
      (client) => client.requests > 0 && Date.parse(client.lastSeenAt) >= since,
    );
    byCoordinate.set(entry.coordinate, [...(byCoordinate.get(entry.coordinate) ?? []), ...recent]);
  }
  const stillUsed = removedFields(before, after)
    .map((coordinate) => ({
      coordinate,
      clients: (byCoordinate.get(coordinate) ?? []).sort((a, b) => b.requests - a.requests),
    }))
    .filter((use) => use.clients.length > 0);
  return { stillUsed, problems };
}

/** The gate's refusal, one line per field and client. */
export function describeStillUsed(stillUsed: readonly StillUsed[], days: number): string {
  return [
    `Fields removed but still used in the last ${days} days (keep them deprecated until their clients move):`,
    ...stillUsed.flatMap((use) => [
      `  ${use.coordinate}`,
      ...use.clients.map(
        (client) =>
          `    ${client.clientName || '(unnamed client)'}: ${client.requests} requests, last ${client.lastSeenAt}`,
      ),
    ]),
  ].join('\n');
}
