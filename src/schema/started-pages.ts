import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { entryOf } from '../db/map-entry';
import { selectedFieldCall, selectedFields } from './lookahead';

/** A field's resolver that needs nothing of its parent but the id (a connection's page). */
type ByIdResolver<Args, Result> = (
  parent: { id: string },
  args: Args,
  ctx: Context,
  info: GraphQLResolveInfo,
) => Result;

const starters = new Map<string, Map<string, ByIdResolver<Record<string, unknown>, unknown>>>();

/**
 * Marks a field of `type` (`resolve`, returned as is) as one a field that knows its parent's id
 * before the parent's row is read starts at once: `viewer` (the id is the token's) and
 * `node(id:)` (the id is the argument's). graphql-js resolves no field of an object before its
 * row is there, so a page of the viewer's or of a refetched thread would wait a round trip for
 * the row. Its resolver needs only the id: it is called in the tick the row is asked for, its
 * read joins that batch, and the field, resolved later, finds the page loader's answer under the
 * same key. Its statement carries its own access rule; when the row turns out hidden (a node
 * answered null, an account refused at the door), what was read is never handed out.
 */
export function startedWithParent<Args, Result>(
  type: string,
  name: string,
  resolve: ByIdResolver<Args, Result>,
): ByIdResolver<Args, Result> {
  entryOf(starters, type, () => new Map()).set(
    name,
    resolve as ByIdResolver<Record<string, unknown>, unknown>,
  );
  return resolve;
}

/** Whether `type.name` is marked: its resolver reads nothing of its parent but the id. */
export const startsWithParent = (type: string, name: string): boolean =>
  starters.get(type)?.has(name) ?? false;

/** A User field that `viewer` starts with the account check (`startedWithParent`). */
export const startedWithViewer = <Args, Result>(
  name: string,
  resolve: ByIdResolver<Args, Result>,
) => startedWithParent('User', name, resolve);

/**
 * Starts the marked fields of `type` the operation selects on the value of the field being
 * resolved, for the row `id` (`startedWithParent`).
 */
export function startPages(ctx: Context, info: GraphQLResolveInfo, type: string, id: string): void {
  const fields = starters.get(type);
  if (!fields) return;
  const parentType = info.schema.getType(type) as GraphQLObjectType;
  for (const node of selectedFields(info, (name) => fields.has(name))) {
    const start = fields.get(node.name.value);
    try {
      const call = selectedFieldCall(info, parentType, node);
      if (!start || !call) continue;
      // Its failures are the field's, met again when graphql-js resolves it: dropped here.
      Promise.resolve(start({ id }, call.args, ctx, call.info)).catch(() => undefined);
    } catch {
      // Arguments graphql-js refuses: the field reports them when it runs.
    }
  }
}
