import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';

export type Db = DrizzleD1Database;

/** A drizzle client over the (counted) D1 binding of one request. */
export function createDb(d1: D1Database): Db {
  return drizzle(d1);
}
