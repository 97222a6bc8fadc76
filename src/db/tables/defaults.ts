import { sql } from 'drizzle-orm';

/** The migrations' default for timestamps: ISO-8601 UTC with milliseconds, as TEXT. */
export const isoNow = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** `updated_at` on every drizzle update, in the same format. */
export const touch = () => new Date().toISOString();
