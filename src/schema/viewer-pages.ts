import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { selectedFieldCall, selectedFields } from './lookahead';

/** A User field's resolver that needs nothing of the user but its id (a connection's page). */
type ByIdResolver<Args, Result> = (
  user: { id: string },
  args: Args,
  ctx: Context,
  info: GraphQLResolveInfo,
) => Result;

const starters = new Map<string, ByIdResolver<Record<string, unknown>, unknown>>();

/**
 * Marks a User field (`resolve`, returned as is) as one the `viewer` field starts at once. The
 * viewer's row comes with the account check (round trip one), and graphql-js resolves no field of
 * the viewer before the row is there, so a page of the viewer's would wait for round trip two.
 * Its resolver needs only the viewer's id, known from the token: `viewer` calls it in the tick of
 * the check, its read joins that batch, and the field, resolved later, finds the page loader's
 * answer under the same key. A refused account drops the whole answer at the door, as it does for
 * a node refetch that starts beside the check.
 */
export function startedWithViewer<Args, Result>(
  name: string,
  resolve: ByIdResolver<Args, Result>,
): ByIdResolver<Args, Result> {
  starters.set(name, resolve as ByIdResolver<Record<string, unknown>, unknown>);
  return resolve;
}

/** Starts the marked fields the operation selects on the viewer (`startedWithViewer`). */
export function startViewerPages(ctx: Context, info: GraphQLResolveInfo, userId: string): void {
  const userType = info.schema.getType('User') as GraphQLObjectType;
  for (const node of selectedFields(info, (name) => starters.has(name))) {
    const start = starters.get(node.name.value);
    try {
      const call = selectedFieldCall(info, userType, node);
      if (!start || !call) continue;
      // Its failures are the field's, met again when graphql-js resolves it: dropped here.
      Promise.resolve(start({ id: userId }, call.args, ctx, call.info)).catch(() => undefined);
    } catch {
      // Arguments graphql-js refuses: the field reports them when it runs.
    }
  }
}
