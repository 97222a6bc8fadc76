import { GraphQLError } from 'graphql';
import { builder } from './builder';

// ISO-8601 with a time and an explicit zone: what D1 stores, in UTC.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a client's date-time into the canonical UTC form stored in D1. */
export function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || value.length > 40 || !ISO_DATE_TIME.test(value)) {
    throw new GraphQLError(
      'DateTime must be an ISO-8601 date and time with a zone, like 2026-01-31T09:30:00Z.',
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`"${value}" is not a real date.`);
  return date.toISOString();
}

builder.scalarType('DateTime', {
  description: 'A moment in time: an ISO-8601 string in UTC, like 2026-01-31T09:30:00.000Z.',
  serialize: (value) => String(value),
  parseValue: parseDateTime,
});
