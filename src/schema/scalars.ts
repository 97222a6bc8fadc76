import { GraphQLError } from 'graphql';
import { canonicalDateTime, isDateTimeShaped } from '../resolvers/dates';
import { builder } from './builder';

/** Parses a client's date-time into the canonical UTC form stored in D1. */
export function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !isDateTimeShaped(value)) {
    throw new GraphQLError(
      'DateTime must be an ISO-8601 date and time with a zone, like 2026-01-31T09:30:00Z.',
    );
  }
  const canonical = canonicalDateTime(value);
  if (canonical === null) {
    throw new GraphQLError(
      `"${value}" is not a real date, or falls outside the years 0001 to 9999 (in UTC).`,
    );
  }
  return canonical;
}

builder.scalarType('DateTime', {
  description: 'A moment in time: an ISO-8601 string in UTC, like 2026-01-31T09:30:00.000Z.',
  serialize: (value) => String(value),
  parseValue: parseDateTime,
});
