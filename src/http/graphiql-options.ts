import type { Context } from '../context';
import type { GraphiQLPageOptions } from './graphiql';
import { signInFor } from './graphiql-sign-in';
import { graphiqlTabs } from './graphiql-tabs';

/** GraphiQL's options for one page request: the sign-in bar depends on the environment. */
export async function graphiqlOptions(ctx: Context): Promise<GraphiQLPageOptions> {
  return {
    title: 'Gateway GraphiQL',
    defaultTabs: graphiqlTabs,
    // Headers a person types into a tab survive a reload, as its query does.
    shouldPersistHeaders: true,
    signIn: await signInFor(ctx),
  };
}
