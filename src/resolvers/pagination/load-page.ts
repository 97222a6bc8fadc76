import DataLoader from 'dataloader';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { type Context, perRequest } from '../../context';
import { loaderOptions, readKeys } from '../loader-options';
import { type ConnectionArgs, parsePageArgs } from './args';
import { type KeysetQuery, keysetPages, type Page, ROOT_PARENT } from './keyset';

/**
 * The page of a nested connection for one parent. Parents asking with the same arguments in the
 * same tick are paged together in one statement.
 */
export function loadPage<T extends SQLiteTable>(
  ctx: Context,
  name: string,
  args: ConnectionArgs & object,
  parentId: string,
  query: () => KeysetQuery<T>,
): Promise<Page<T['$inferSelect']>> {
  const key = `page:${name}:${JSON.stringify(args)}`;
  const loader = perRequest(ctx, key, () => {
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
      { ...loaderOptions },
    );
  });
  return loader.load(parentId);
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
