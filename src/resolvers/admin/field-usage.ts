import { type SQL, sql } from 'drizzle-orm';
import { type GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import { dayStartBefore } from '../../analytics/rollups';
import type { Context } from '../../context';
import { ValidationError } from '../errors';

export interface FieldClientUsage {
  clientName: string;
  requests: number;
  lastSeenAt: string;
}

/** One field coordinate's use over the window: by which clients, how often, when last. */
export interface FieldUsage {
  coordinate: string;
  days: number;
  since: string;
  requests: number;
  lastSeenAt: string | null;
  clients: FieldClientUsage[];
  /** Whether the served schema has this field (a removed field may still show old usage). */
  inSchema: boolean;
  deprecationReason: string | null;
}

const COORDINATE = /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;
export const DEFAULT_USAGE_DAYS = 30;
const MAX_USAGE_DAYS = 3650;

function checkDays(days: number | null | undefined): number {
  const value = days ?? DEFAULT_USAGE_DAYS;
  if (!Number.isInteger(value) || value < 1 || value > MAX_USAGE_DAYS) {
    throw ValidationError.of('days', `must be from 1 to ${MAX_USAGE_DAYS}.`);
  }
  return value;
}

/** Every field of the schema's object and interface types (introspection's own left out). */
export function schemaFields(schema: GraphQLSchema): Map<string, string | null> {
  const fields = new Map<string, string | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      fields.set(`${type.name}.${field.name}`, field.deprecationReason ?? null);
    }
  }
  return fields;
}

type Row = { coordinate: string; client_name: string; requests: number; last_seen_at: string };

/** Usage rows by coordinate and client since `since`, optionally for some coordinates only. */
async function usageRows(ctx: Context, since: string, coordinate?: string): Promise<Row[]> {
  const conditions: SQL[] = [sql`bucket_start >= ${since}`];
  if (coordinate !== undefined) conditions.push(sql`coordinate = ${coordinate}`);
  return ctx.db.all<Row>(sql`select coordinate, client_name, sum(requests) as requests,
        max(last_seen_at) as last_seen_at
      from analytics_field_rollups where ${sql.join(conditions, sql` and `)}
      group by coordinate, client_name
      order by coordinate, requests desc, client_name`);
}

function usageOf(
  coordinate: string,
  rows: readonly Row[],
  window: { days: number; since: string },
  fields: Map<string, string | null>,
): FieldUsage {
  const clients = rows.map((row) => ({
    clientName: row.client_name,
    requests: Number(row.requests),
    lastSeenAt: row.last_seen_at,
  }));
  return {
    coordinate,
    ...window,
    requests: clients.reduce((sum, client) => sum + client.requests, 0),
    lastSeenAt: clients.reduce<string | null>(
      (last, client) => (last === null || client.lastSeenAt > last ? client.lastSeenAt : last),
      null,
    ),
    clients,
    inSchema: fields.has(coordinate),
    deprecationReason: fields.get(coordinate) ?? null,
  };
}

/** All usage in the window, grouped by coordinate. */
async function usageByCoordinate(
  ctx: Context,
  days: number | null | undefined,
  coordinate?: string,
) {
  const window = { days: checkDays(days), since: '' };
  window.since = dayStartBefore(new Date(), window.days);
  const grouped = new Map<string, Row[]>();
  for (const row of await usageRows(ctx, window.since, coordinate)) {
    grouped.set(row.coordinate, [...(grouped.get(row.coordinate) ?? []), row]);
  }
  return { window, grouped };
}

/** One coordinate's usage over the last `days` days (since that UTC day's start). */
export async function fieldUsage(
  ctx: Context,
  schema: GraphQLSchema,
  coordinate: string,
  days: number | null | undefined,
): Promise<FieldUsage> {
  if (!COORDINATE.test(coordinate)) {
    throw ValidationError.of('coordinate', 'must be a field coordinate like "WorkItem.title".');
  }
  const { window, grouped } = await usageByCoordinate(ctx, days, coordinate);
  return usageOf(coordinate, grouped.get(coordinate) ?? [], window, schemaFields(schema));
}

/** Every coordinate used in the window, most requested first: the release gate's export. */
export async function usedFields(
  ctx: Context,
  schema: GraphQLSchema,
  days: number | null | undefined,
): Promise<FieldUsage[]> {
  const { window, grouped } = await usageByCoordinate(ctx, days);
  const fields = schemaFields(schema);
  return [...grouped]
    .map(([coordinate, rows]) => usageOf(coordinate, rows, window, fields))
    .sort((a, b) => b.requests - a.requests || a.coordinate.localeCompare(b.coordinate));
}

/** Fields of the schema no operation selected in the window, sorted by coordinate. */
export async function unusedFields(
  ctx: Context,
  schema: GraphQLSchema,
  days: number | null | undefined,
): Promise<FieldUsage[]> {
  const { window, grouped } = await usageByCoordinate(ctx, days);
  const fields = schemaFields(schema);
  return [...fields.keys()]
    .filter((coordinate) => !grouped.has(coordinate))
    .sort()
    .map((coordinate) => usageOf(coordinate, [], window, fields));
}

/** Every deprecated field of the schema with its usage in the window (unused ones too). */
export async function deprecatedFieldUsage(
  ctx: Context,
  schema: GraphQLSchema,
  days: number | null | undefined,
): Promise<FieldUsage[]> {
  const { window, grouped } = await usageByCoordinate(ctx, days);
  const fields = schemaFields(schema);
  return [...fields]
    .filter(([, reason]) => reason !== null)
    .map(([coordinate]) => usageOf(coordinate, grouped.get(coordinate) ?? [], window, fields))
    .sort((a, b) => b.requests - a.requests || a.coordinate.localeCompare(b.coordinate));
}
