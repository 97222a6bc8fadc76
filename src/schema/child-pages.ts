import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { FieldNode, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { type ConnectionArgs, parsePageArgs } from '../resolvers/pagination/args';
import {
  type ChildPages,
  type KeysetQuery,
  keysetPages,
  type Page,
} from '../resolvers/pagination/keyset';
import { loadPage, primePages } from '../resolvers/pagination/load-page';
import type { ParentsOf } from '../resolvers/pagination/page-statement';
import { fieldsOnNodes, selectedFieldCall, subfieldsOf } from './lookahead';

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

/**
 * Reads the marked connections of `type` (`readWithParents`) that `node` (a field of the
 * operation selecting a `type` row) selects, for the parents `parents` selects, in this tick;
 * each parent found gets its page primed into the loader its field will ask. A connection whose
 * arguments do not hold, or whose read fails, is left to its field. Not in the naive mode.
 */
export function readWithParentsIn(
  ctx: Context,
  info: GraphQLResolveInfo,
  node: FieldNode,
  type: string,
  parents: ParentsOf,
): void {
  if (ctx.loaderMode === 'naive') return;
  const parentType = info.schema.getType(type) as GraphQLObjectType;
  for (const field of subfieldsOf(info, node)) {
    const marked = markedPage(ctx, info, parentType, field);
    if (!marked) continue;
    keysetPages(ctx, marked.query, marked.page, parents)
      .then(marked.prime)
      // Its field reads it again and reports what went wrong.
      .catch(() => undefined);
  }
}

/**
 * The page a marked connection (`node`, selected on a `parentType` row) will ask its loader for:
 * its query and page as its field will build them, and how to hand that loader pages read early.
 * Null for a field not marked, or whose arguments do not hold (the field reports them itself).
 */
function markedPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  parentType: GraphQLObjectType,
  node: FieldNode,
) {
  const pageOf = readable.get(`${parentType.name}.${node.name.value}`);
  try {
    const call = pageOf && selectedFieldCall(info, parentType, node);
    if (!pageOf || !call) return null;
    const args = call.args as ConnectionArgs;
    const { name, query } = pageOf(ctx, args, call.info);
    const built = query();
    return {
      query: built,
      page: parsePageArgs(args, built.order.length),
      prime: (pages: Map<string, Page<Record<string, unknown>>>) =>
        primePages(ctx, name, args, () => built, pages),
    };
  } catch {
    return null;
  }
}

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
      const marked = markedPage(ctx, info, parentType, node);
      if (!marked) continue;
      children.push({
        query: marked.query,
        page: marked.page,
        parentKey,
        found: marked.prime,
      });
    }
  }
  return children.length > 0 ? children : undefined;
}
