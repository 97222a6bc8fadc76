import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
  unwrapOutputFieldType,
} from '@pothos/core';
import type DataLoader from 'dataloader';
import type { GraphQLFieldResolver } from 'graphql';
import { partialValue, settledValue } from '../resolvers/settled-loads';

/**
 * A field whose type is loadable (User, Workspace...) returns an id, and the dataloader plugin
 * turns it into `loader.load(id)`: a promise even when the row came with the page that holds the
 * field (`pageWithJoins`). Placed after the dataloader plugin, this one runs inside it: an id
 * whose row the loader already holds settled (`primeSettled`), or that a page read for this very
 * selection with the columns it needs (`keepPartial`), becomes the row itself, which the
 * dataloader plugin passes on as it is, so graphql-js completes the object without waiting.
 */
export class PothosSettledLoadsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    // Lists of ids keep the dataloader plugin's loadMany.
    if (fieldConfig.type.kind === 'List') return resolver;
    const config = this.buildCache.getTypeConfig(unwrapOutputFieldType(fieldConfig.type));
    const getDataloader = config.extensions?.getDataloader as
      | ((ctx: Types['Context']) => DataLoader<unknown, unknown>)
      | undefined;
    if (!getDataloader) return resolver;
    return (parent, args, ctx, info) => {
      const result = resolver(parent, args, ctx, info);
      if (typeof result !== 'string') return result;
      const loader = getDataloader(ctx);
      // A row a page read with only the columns this selection needs comes first (pageWithJoins).
      const row = partialValue(loader, info.fieldNodes[0], result) ?? settledValue(loader, result);
      return row === undefined ? result : row;
    };
  }
}

SchemaBuilder.registerPlugin('settledLoads', PothosSettledLoadsPlugin);

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      settledLoads: PothosSettledLoadsPlugin<Types>;
    }
  }
}

export default 'settledLoads' as const;
