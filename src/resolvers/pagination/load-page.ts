import DataLoader from 'dataloader';
import type { SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { type Context, perRequest } from '../../context';
import { MAX_KEYS_PER_STATEMENT, readKeys } from '../loader-options';
import { primeSettled, settledLoad } from '../settled-loads';
import { type ConnectionArgs, parsePageArgs } from './args';
import { type KeysetQuery, keysetPages, type Page, ROOT_PARENT } from './keyset';
import { writtenSql } from './page-statement';

/** D1's cap on bound parameters per statement. */
const D1_MAX_PARAMETERS = 100;

/**
 * How many parents one statement may page: D1's 100 bound parameters, less what the filter
 * (visibility, the client's `where`) and the cursor spend, at most the usual 80.
 */
export function parentsPerStatement(where: SQL | undefined, cursorWidth: number): number {
  const spent = (where ? writtenSql(where).params.length : 0) + 2 * cursorWidth;
  return Math.max(1, Math.min(MAX_KEYS_PER_STATEMENT, D1_MAX_PARAMETERS - spent));
}

/**
 * The page of a nested connection for one parent. Parents asking with the same arguments in the
 * same tick are paged together in one statement; a page read with its parents' page is handed
 * over as it is (no promise).
 */
export function loadPage<T extends SQLiteTable>(
  ctx: Context,
  name: string,
  args: ConnectionArgs & object,
  parentId: string,
  query: () => KeysetQuery<T>,
): Page<T['$inferSelect']> | Promise<Page<T['$inferSelect']>> {
  return settledLoad(pageLoader(ctx, name, args, query), parentId);
}

/**
 * Hands a connection's pages, read with their parents' page (KeysetQuery `children`), to the
 * loader `loadPage` asks for the same name and arguments: its fields find them there.
 */
export function primePages<T extends SQLiteTable>(
  ctx: Context,
  name: string,
  args: ConnectionArgs & object,
  query: () => KeysetQuery<T>,
  pages: Map<string, Page<Record<string, unknown>>>,
): void {
  const loader = pageLoader(ctx, name, args, query);
  for (const [parentId, page] of pages) {
    primeSettled(loader, parentId, page as Page<T['$inferSelect']>);
  }
}

const writtenArguments = new WeakMap<object, string>();

/**
 * A connection's arguments as text, written once for arguments that cannot change: the
 * executor shares one frozen object among every item of a list that asks the same field
 * (src/http/executor/execute.ts `argumentsOf`), so a message's deliveries ask fifty times.
 */
function argumentsKey(args: object): string {
  if (!Object.isFrozen(args)) return JSON.stringify(args);
  let text = writtenArguments.get(args);
  if (text === undefined) {
    text = JSON.stringify(args);
    writtenArguments.set(args, text);
  }
  return text;
}

/** The loader of a connection's pages for this request, name and arguments. */
function pageLoader<T extends SQLiteTable>(
  ctx: Context,
  name: string,
  args: ConnectionArgs & object,
  query: () => KeysetQuery<T>,
): DataLoader<string, Page<T['$inferSelect']>> {
  const key = `page:${name}:${argumentsKey(args)}`;
  return perRequest(ctx, key, () => {
    const built = query();
    const page = parsePageArgs(args, built.order.length);
    return new DataLoader<string, Page<T['$inferSelect']>>(
      async (ids) => {
        const entries = await readKeys(ctx, ids, async (keys) => [
          ...(await keysetPages(ctx, built, page, keys)),
        ]);
        const pages = new Map(entries);
        return ids.map((id) => pages.get(id) as Page<T['$inferSelect']>);
      },
      // Fewer parents per statement when the filter spends many parameters (D1's cap).
      { maxBatchSize: parentsPerStatement(built.where, built.order.length) },
    );
  });
}

/** The page of a root connection (no parent). */
export async function loadRootPage<T extends SQLiteTable>(
  ctx: Context,
  args: ConnectionArgs,
  query: KeysetQuery<T>,
): Promise<Page<T['$inferSelect']>> {
  const page = parsePageArgs(args, query.order.length);
  const pages = await keysetPages(ctx, query, page, null);
  return pages.get(ROOT_PARENT) as Page<T['$inferSelect']>;
}
