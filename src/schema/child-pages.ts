import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { type ConnectionArgs, parsePageArgs } from '../resolvers/pagination/args';
import type { ChildPages, KeysetQuery } from '../resolvers/pagination/keyset';
import { loadPage, primePages } from '../resolvers/pagination/load-page';
import { fieldsOnNodes, selectedFieldCall } from './lookahead';

/** A nested connection's page loader: its name (its joins' key included) and its query. */
export interface ConnectionPage<T extends SQLiteTable = SQLiteTable> {
  name: string;
  query: () => KeysetQuery<T>;
}

/** What a connection field's resolver reads: from its arguments and its field's selection. */
export type PageOf<Args, T extends SQLiteTable = SQLiteTable> = (
  ctx: Context,
  args: Args,
  info: GraphQLResolveInfo,
) => ConnectionPage<T>;

const readable = new Map<string, PageOf<ConnectionArgs>>();

/**
 * Marks `type.field`, a connection paged by its parent's id, as one that a page of its parents
 * reads in its own batch (`childPagesOnPage`); returns `pageOf`, which the field's resolver
 * loads through (`loadConnection`), so both ask the same loader for the same pages.
 */
export function readWithParents<Args extends ConnectionArgs, T extends SQLiteTable>(
  type: string,
  field: string,
  pageOf: PageOf<Args, T>,
): PageOf<Args, T> {
  readable.set(`${type}.${field}`, pageOf as unknown as PageOf<ConnectionArgs>);
  return pageOf;
}

/** Whether `type.field` is marked: a connection paged by its parent's id alone. */
export const readsWithParents = (type: string, field: string): boolean =>
  readable.has(`${type}.${field}`);

/** A connection's page for one parent, through the loader `pageOf` names. */
export function loadConnection<Args extends ConnectionArgs, T extends SQLiteTable>(
  ctx: Context,
  page: ConnectionPage<T>,
  args: Args,
  parentId: string,
) {
  return loadPage(ctx, page.name, args, parentId, page.query);
}

/**
 * The `children` of the page being resolved (KeysetQuery `children`): the marked connections the
 * operation selects on its nodes (of type `nodeType`), and on the rows they point to (`through`:
 * node field -> [the page's column holding that row's id, its type]). Each is read beside the
 * page, its parents a subquery of the page's statement, and its pages primed into the loader its
 * field will ask: one round trip fewer per depth. A connection whose arguments do not hold is
 * left to its field, which reports them.
 */
export function childPagesOnPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  nodeType: string,
  through: Record<string, readonly [parentKey: string, type: string]> = {},
): ChildPages[] | undefined {
  const children: ChildPages[] = [];
  const reach: [string[], string, string][] = [[[], 'id', nodeType]];
  for (const [field, [parentKey, type]] of Object.entries(through)) {
    reach.push([[field], parentKey, type]);
  }
  for (const [path, parentKey, type] of reach) {
    const parentType = info.schema.getType(type) as GraphQLObjectType;
    for (const node of fieldsOnNodes(info, path, (name) => readable.has(`${type}.${name}`))) {
      const pageOf = readable.get(`${type}.${node.name.value}`);
      try {
        const call = selectedFieldCall(info, parentType, node);
        if (!pageOf || !call) continue;
        const args = call.args as ConnectionArgs;
        const { name, query } = pageOf(ctx, args, call.info);
        const built = query();
        children.push({
          query: built,
          page: parsePageArgs(args, built.order.length),
          parentKey,
          found: (pages) => primePages(ctx, name, args, () => built, pages),
        });
      } catch {
        // Arguments that do not hold: the field reports them when it runs.
      }
    }
  }
  return children.length > 0 ? children : undefined;
}
